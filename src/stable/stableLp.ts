import { type Constraints, solveLpModel, type Variables } from "../solve/lp.js";
import type { Acceptable } from "../stability/acceptable.js";
import type { StrictOrders } from "../stability/orders.js";

/** What the LP returned, before `stableOptimum` checks it. */
export type StableLpOutcome =
  | { readonly status: "solved"; readonly mentorOf: Int32Array }
  | { readonly status: "failed"; readonly reason: string };

const INTEGRAL = 1e-6;
/** Slack on phase 1's optimum in phase 2: far below one violation. */
const FACE_SLACK = 1e-7;

/**
 * The best stable plan by linear programming over the stable-matching polytope. Each mentor
 * with `places[m]` free places is cloned into that many one-place mentors, its adepts' orders
 * listing the clones one after another (a stable plan of the clones fills them in the mentor's
 * order, so stable plans of the two correspond one to one). The LP (Vande Vate 1989; Rothblum
 * 1992, for incomplete lists) has per acceptable clone/adept pair `x` in [0, 1], each clone and
 * adept in at most one pair, and for each acceptable pair `(c, a)` the stability constraint
 * `x(c, a) + Σ x(c, a' better for c) + Σ x(c' better for a, a) >= 1`; with strict orders its
 * vertices are integral. Phase 1 minimises `penalty` (soft-rule violations); phase 2 maximises
 * `units` on phase 1's optimal face (an optimal face of an integral polytope keeps integral
 * vertices). Locked adepts are left out (`free[a]` is 0); `places` is after locked pairs.
 * The answer is checked to be integral here; its stability is the caller's to check.
 *
 * @example
 * const out = stableLp(acc, orders, places, free, penalty);
 * out.status === "solved" && out.mentorOf[a] // the adept's mentor, or -1
 */
export function stableLp(
  acc: Acceptable,
  orders: StrictOrders,
  places: Int32Array,
  free: Uint8Array,
  penalty: Uint8Array,
): StableLpOutcome {
  // Clone edges: per mentor m, per place k, the pairs of m with free adepts.
  const cloneOf: number[] = [];
  const edgeOf: number[] = [];
  const cloneMentor: number[] = [];
  const cloneStart: number[] = [0];
  for (let m = 0; m < acc.mentors; m++) {
    for (let k = 0; k < places[m]!; k++) {
      const clone = cloneMentor.length;
      cloneMentor.push(m);
      for (let e = acc.rowStart[m]!; e < acc.rowStart[m + 1]!; e++) {
        if (free[acc.adept[e]!] !== 1) continue;
        cloneOf.push(clone);
        edgeOf.push(e);
      }
      cloneStart.push(cloneOf.length);
    }
  }
  const n = edgeOf.length;
  const mentorOf = new Int32Array(acc.adepts).fill(-1);
  if (n === 0) return { status: "solved", mentorOf };
  // The clone's place within its mentor, for the adepts' order over clones.
  const place = new Int32Array(cloneMentor.length);
  cloneMentor.forEach((m, c) => {
    place[c] = c > 0 && cloneMentor[c - 1] === m ? place[c - 1]! + 1 : 0;
  });
  // An adept's rank of a clone: its rank of the mentor, then the clone's place.
  const adeptKey = (k: number) => orders.adeptRank[edgeOf[k]!]! * 1001 + place[cloneOf[k]!]!;
  const byAdept: number[][] = Array.from({ length: acc.adepts }, () => []);
  for (let k = 0; k < n; k++) byAdept[acc.adept[edgeOf[k]!]!]!.push(k);

  let maxPenalty = 0;
  const variables: Variables = {};
  for (let k = 0; k < n; k++) {
    const e = edgeOf[k]!;
    maxPenalty = Math.max(maxPenalty, penalty[e]!);
    variables[`x${k}`] = {
      z: acc.units[e]! / 10_000,
      pen: -penalty[e]!,
      [`c${cloneOf[k]!}`]: 1,
      [`a${acc.adept[e]!}`]: 1,
    };
  }
  const constraints: Constraints = {};
  for (let c = 0; c < cloneMentor.length; c++) constraints[`c${c}`] = { max: 1 };
  for (let a = 0; a < acc.adepts; a++)
    if (byAdept[a]!.length > 0) constraints[`a${a}`] = { max: 1 };
  // Stability of pair k: x_k, the clone's better pairs, and the adept's better clones.
  for (let k = 0; k < n; k++) {
    const name = `s${k}`;
    constraints[name] = { min: 1 };
    const rank = orders.mentorRank[edgeOf[k]!]!;
    const clone = cloneOf[k]!;
    for (let j = cloneStart[clone]!; j < cloneStart[clone + 1]!; j++)
      if (orders.mentorRank[edgeOf[j]!]! <= rank) variables[`x${j}`]![name] = 1;
    const key = adeptKey(k);
    for (const j of byAdept[acc.adept[edgeOf[k]!]!]!)
      if (adeptKey(j) < key) variables[`x${j}`]![name] = 1;
  }

  let faced = constraints;
  if (maxPenalty > 0) {
    const first = solveLpModel("pen", constraints, variables);
    if (!first.feasible)
      return { status: "failed", reason: "the LP solver reported phase 1 infeasible" };
    faced = { ...constraints, pen: { min: Math.round(first.result) - FACE_SLACK } };
  }
  const solution = solveLpModel("z", faced, variables);
  if (!solution.feasible)
    return { status: "failed", reason: "the LP solver reported the stable polytope empty" };
  for (let k = 0; k < n; k++) {
    const x = solution.values[`x${k}`] ?? 0;
    if (Math.abs(x) <= INTEGRAL) continue;
    if (Math.abs(x - 1) > INTEGRAL)
      return { status: "failed", reason: `the LP solver returned a fractional value ${x}` };
    const a = acc.adept[edgeOf[k]!]!;
    if (mentorOf[a] !== -1) return { status: "failed", reason: "the LP matched an adept twice" };
    mentorOf[a] = cloneMentor[cloneOf[k]!]!;
  }
  return { status: "solved", mentorOf };
}
