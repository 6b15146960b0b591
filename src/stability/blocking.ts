import type { Acceptable } from "./acceptable.js";
import type { StrictOrders } from "./orders.js";

/**
 * A plan in canonical indices, as stability reads it: each adept's mentor and whether the adept
 * is locked, and each mentor's places.
 *
 * @example
 * const plan: StablePlan = { mentorOf, lockedMentorOf, capacity: Int32Array.from(p.mentors, (m) => m.capacity) };
 */
export interface StablePlan {
  /** Per adept: its mentor in the plan, or -1. */
  readonly mentorOf: Int32Array;
  /** Per adept: the mentor it is locked to, or -1. */
  readonly lockedMentorOf: Int32Array;
  /** Per mentor: its places. */
  readonly capacity: Int32Array;
}

/**
 * The acceptable pairs (as indices into `acc`, ascending: by mentor, then adept) that block a
 * plan. `(m, a)` blocks when it is acceptable, not in the plan, `a` is unmatched or prefers `m`
 * to its mentor, and `m` has a free place or prefers `a` to one of its adepts. Locked adepts
 * never block, and a mentor can only give up adepts that are not locked. O(pairs).
 *
 * @example
 * blockingEdges(acc, orders, plan).map((e) => [mentorOfEdge(e), acc.adept[e]])
 */
export function blockingEdges(acc: Acceptable, orders: StrictOrders, plan: StablePlan): number[] {
  const { mentorOf, lockedMentorOf, capacity } = plan;
  const load = new Int32Array(acc.mentors);
  for (const m of mentorOf) if (m >= 0) load[m]!++;
  // Per adept: the rank of its mentor in its own order (unmatched: worse than any).
  const currentRank = new Int32Array(acc.adepts).fill(0x7fffffff);
  // Per mentor: the rank of its worst adept that is not locked (-1: none it could give up).
  const worst = new Int32Array(acc.mentors).fill(-1);
  for (let m = 0; m < acc.mentors; m++) {
    for (let e = acc.rowStart[m]!; e < acc.rowStart[m + 1]!; e++) {
      const a = acc.adept[e]!;
      if (mentorOf[a] !== m) continue;
      currentRank[a] = orders.adeptRank[e]!;
      if (lockedMentorOf[a] !== m) worst[m] = Math.max(worst[m]!, orders.mentorRank[e]!);
    }
  }
  const out: number[] = [];
  for (let m = 0; m < acc.mentors; m++) {
    const free = load[m]! < capacity[m]!;
    for (let e = acc.rowStart[m]!; e < acc.rowStart[m + 1]!; e++) {
      const a = acc.adept[e]!;
      if (lockedMentorOf[a]! >= 0 || mentorOf[a] === m) continue;
      if (orders.adeptRank[e]! >= currentRank[a]!) continue;
      if (free || orders.mentorRank[e]! < worst[m]!) out.push(e);
    }
  }
  return out;
}
