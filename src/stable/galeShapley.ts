import { rowOfEdges } from "../solve/edges.js";
import type { Acceptable } from "../stability/acceptable.js";
import type { StablePlan } from "../stability/blocking.js";
import type { StrictOrders } from "../stability/orders.js";

/**
 * Deferred acceptance (Gale and Shapley; Roth's hospitals/residents form for capacities) on the
 * acceptable pairs, with locked pairs kept: a locked adept stays with its mentor and holds one
 * of its places, and the others are matched by proposals from `side`. The answer is stable:
 * adept-proposing gives every adept its best stable mentor, mentor-proposing the reverse.
 * Returns each adept's mentor, or -1.
 *
 * @example
 * const mentorOf = galeShapley(acc, orders, plan, "adepts");
 */
export function galeShapley(
  acc: Acceptable,
  orders: StrictOrders,
  plan: Pick<StablePlan, "lockedMentorOf" | "capacity">,
  side: "adepts" | "mentors",
): Int32Array {
  const { lockedMentorOf, capacity } = plan;
  const mentorOf = Int32Array.from(lockedMentorOf);
  const places = Int32Array.from(capacity);
  for (const m of lockedMentorOf) if (m >= 0) places[m]!--;
  // Per mentor: the pairs of its unlocked adepts, best first (by its own ranks).
  const rows: number[][] = [];
  for (let m = 0; m < acc.mentors; m++) {
    const row: number[] = [];
    for (let e = acc.rowStart[m]!; e < acc.rowStart[m + 1]!; e++)
      if (lockedMentorOf[acc.adept[e]!]! < 0) row.push(e);
    rows.push(row.sort((e, f) => orders.mentorRank[e]! - orders.mentorRank[f]!));
  }
  // The pair that holds each adept, and each mentor's held pairs.
  const heldBy = new Int32Array(acc.adepts).fill(-1);
  const held: number[][] = Array.from({ length: acc.mentors }, () => []);
  const mentorOfEdge = rowOfEdges(acc.rowStart);

  if (side === "adepts") {
    const next = Int32Array.from(orders.adeptStart.subarray(0, acc.adepts));
    const queue: number[] = [];
    for (let a = 0; a < acc.adepts; a++) if (lockedMentorOf[a]! < 0) queue.push(a);
    while (queue.length > 0) {
      const a = queue.pop()!;
      if (next[a]! >= orders.adeptStart[a + 1]!) continue;
      const e = orders.adeptEdge[next[a]!++]!;
      const m = mentorOfEdge[e]!;
      if (places[m]! <= 0) {
        queue.push(a);
        continue;
      }
      const list = held[m]!;
      list.push(e);
      heldBy[a] = e;
      if (list.length > places[m]!) {
        // Reject the mentor's worst held adept.
        let w = 0;
        for (let i = 1; i < list.length; i++)
          if (orders.mentorRank[list[i]!]! > orders.mentorRank[list[w]!]!) w = i;
        const out = list[w]!;
        list.splice(w, 1);
        heldBy[acc.adept[out]!] = -1;
        queue.push(acc.adept[out]!);
      }
    }
  } else {
    const next = new Int32Array(acc.mentors);
    const queue: number[] = [];
    for (let m = 0; m < acc.mentors; m++) queue.push(m);
    while (queue.length > 0) {
      const m = queue.pop()!;
      const row = rows[m]!;
      while (held[m]!.length < places[m]! && next[m]! < row.length) {
        const e = row[next[m]!++]!;
        const a = acc.adept[e]!;
        const current = heldBy[a]!;
        if (current >= 0 && orders.adeptRank[current]! <= orders.adeptRank[e]!) continue;
        if (current >= 0) {
          const other = mentorOfEdge[current]!;
          held[other] = held[other]!.filter((f) => f !== current);
          queue.push(other);
        }
        heldBy[a] = e;
        held[m]!.push(e);
      }
    }
  }
  heldBy.forEach((e, a) => {
    if (e >= 0) mentorOf[a] = mentorOfEdge[e]!;
  });
  return mentorOf;
}
