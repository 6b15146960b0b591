import type { OptimalPlan } from "../plan/plan.js";
import type { Prepared } from "../prepare/prepare.js";
import { rowOfEdges } from "../solve/edges.js";
import type { SolverInfo, Stability } from "../types.js";
import { type Acceptable, acceptablePairs } from "./acceptable.js";
import { blockingEdges, type StablePlan } from "./blocking.js";
import { type StrictOrders, strictOrders } from "./orders.js";
import { blockingPairsStreamed } from "./streamed.js";

/**
 * What stability needs of a prepared cohort, built once: the acceptable pairs, both sides'
 * strict orders, and each pair's mentor.
 *
 * @example
 * const inst = stableInstance(p);
 * blockingEdges(inst.acc, inst.orders, plan);
 */
export interface StableInstance {
  readonly acc: Acceptable;
  readonly orders: StrictOrders;
  /** Per acceptable pair: its mentor (canonical index). */
  readonly mentorOfEdge: Int32Array;
}

/**
 * Builds the `StableInstance` of a prepared cohort (every allowed pair scored once).
 *
 * @example
 * const inst = stableInstance(prepare("match", cohort, options));
 */
export function stableInstance(p: Prepared): StableInstance {
  const acc = acceptablePairs(p);
  const mentorOfEdge = rowOfEdges(acc.rowStart);
  return { acc, orders: strictOrders(p, acc, mentorOfEdge), mentorOfEdge };
}

/**
 * A plan of a prepared cohort (per canonical adept: its mentor or -1, and the mentor it is
 * locked to or -1) as stability reads it.
 *
 * @example
 * const plan = stablePlan(p, mentorOf, lockedMentorOf);
 */
export function stablePlan(
  p: Prepared,
  mentorOf: Int32Array,
  lockedMentorOf: Int32Array,
): StablePlan {
  return {
    mentorOf,
    lockedMentorOf,
    capacity: Int32Array.from(p.mentors, (m) => m.capacity),
  };
}

/**
 * The `stability` block of a result: every blocking pair of the plan by id (by mentor, then
 * adept, in canonical order), and the price of stability when it is given.
 *
 * @example
 * stabilityOf(p, inst, plan) // { blockingPairs: [{ mentorId: "M02", adeptId: "A04" }] }
 */
export function stabilityOf(
  p: Prepared,
  inst: StableInstance,
  plan: StablePlan,
  priceOfStability?: number,
): Stability {
  const blockingPairs = blockingEdges(inst.acc, inst.orders, plan).map((e) => ({
    mentorId: p.mentors[inst.mentorOfEdge[e]!]!.id,
    adeptId: p.adepts[inst.acc.adept[e]!]!.id,
  }));
  return priceOfStability === undefined ? { blockingPairs } : { blockingPairs, priceOfStability };
}

/**
 * The `stability` block of a plan from the plan step: its blocking pairs, found pair by pair on
 * the scorer's row path without the cohort's `stableInstance` (which holds every acceptable
 * pair: a national cohort's hundreds of millions), the same pairs in the same order.
 *
 * @example
 * const stability = stabilityOfPlan(optimalPlan(p));
 */
export function stabilityOfPlan(plan: {
  readonly p: Prepared;
  readonly mentorOf: Int32Array;
  readonly lockedMentorOf: Int32Array;
}): Stability {
  const { p } = plan;
  const found = blockingPairsStreamed(p, stablePlan(p, plan.mentorOf, plan.lockedMentorOf));
  return {
    blockingPairs: found.map(({ mentor, adept }) => ({
      mentorId: p.mentors[mentor]!.id,
      adeptId: p.adepts[adept]!.id,
    })),
  };
}

/**
 * A stable plan as the result step reads it: the plan, the solver, no certificate (the
 * certificate proves plans of the default objectives), and the stability block with the price
 * of stability and the blocking pairs of the default plan.
 *
 * @example
 * const plan: StablePlanResult = stableOptimum(p);
 */
export type StablePlanResult = OptimalPlan & {
  readonly solver: SolverInfo;
  readonly stability: Stability;
};
