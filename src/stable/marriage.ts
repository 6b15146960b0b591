import { rowOfEdges } from "../solve/edges.js";
import type { Acceptable } from "../stability/acceptable.js";
import type { StrictOrders } from "../stability/orders.js";

/**
 * The one-to-one stable marriage instance behind a cohort's stable plans: every free adept is a
 * "man", every free place of a mentor a "woman" (a clone of the mentor, cloned once per place).
 * An adept lists a mentor's clones one after another where it ranks the mentor; each clone lists
 * the free adepts in the mentor's order. A stable plan of the clones fills a mentor's clones in
 * its order, so stable plans of the two correspond one to one. Pairs are numbered along the
 * adepts' lists: adept a's pairs, best first, are `manStart[a] .. manStart[a + 1] - 1`.
 *
 * @example
 * const sm = marriageOf(acc, orders, places, free);
 * sm.pairWoman[sm.manStart[a]!] // the clone adept a likes best
 */
export interface Marriage {
  readonly men: number;
  readonly women: number;
  /** Per clone: its mentor. */
  readonly cloneMentor: Int32Array;
  readonly manStart: Int32Array;
  /** Per pair: the adept, the clone, the acceptable pair (of `Acceptable`) it stands for. */
  readonly pairMan: Int32Array;
  readonly pairWoman: Int32Array;
  readonly pairEdge: Int32Array;
  /** Per pair: the adept's rank by the clone (lower is better). */
  readonly pairWomanRank: Int32Array;
  /** Per clone: its pairs, best adept first. */
  readonly womanStart: Int32Array;
  readonly womanPairs: Int32Array;
}

/**
 * Builds the `Marriage` of the acceptable pairs, with `places[m]` free places per mentor and
 * `free[a]` 1 for an adept not locked; `mentorOfEdge` is each pair's mentor
 * (`rowOfEdges(acc.rowStart)`, made here unless the caller has it).
 *
 * @example
 * const sm = marriageOf(inst.acc, inst.orders, places, free);
 */
export function marriageOf(
  acc: Acceptable,
  orders: StrictOrders,
  places: Int32Array,
  free: Uint8Array,
  mentorOfEdge: Int32Array = rowOfEdges(acc.rowStart),
): Marriage {
  const cloneStart = new Int32Array(acc.mentors + 1);
  for (let m = 0; m < acc.mentors; m++) cloneStart[m + 1] = cloneStart[m]! + places[m]!;
  const women = cloneStart[acc.mentors]!;
  const cloneMentor = rowOfEdges(cloneStart);

  const manStart = new Int32Array(acc.adepts + 1);
  const pairMan: number[] = [];
  const pairWoman: number[] = [];
  const pairEdge: number[] = [];
  const pairWomanRank: number[] = [];
  // Per acceptable pair: the number of its mentor's first clone in the adept's list.
  const firstPair = new Int32Array(acc.adept.length).fill(-1);
  for (let a = 0; a < acc.adepts; a++) {
    if (free[a] === 1) {
      for (let i = orders.adeptStart[a]!; i < orders.adeptStart[a + 1]!; i++) {
        const e = orders.adeptEdge[i]!;
        const m = mentorOfEdge[e]!;
        if (places[m]! <= 0) continue;
        firstPair[e] = pairMan.length;
        for (let c = cloneStart[m]!; c < cloneStart[m + 1]!; c++) {
          pairMan.push(a);
          pairWoman.push(c);
          pairEdge.push(e);
          pairWomanRank.push(orders.mentorRank[e]!);
        }
      }
    }
    manStart[a + 1] = pairMan.length;
  }
  const womanStart = new Int32Array(women + 1);
  const womanPairs: number[] = [];
  for (let m = 0; m < acc.mentors; m++) {
    const row: number[] = [];
    for (let e = acc.rowStart[m]!; e < acc.rowStart[m + 1]!; e++)
      if (firstPair[e]! >= 0) row.push(e);
    row.sort((e, f) => orders.mentorRank[e]! - orders.mentorRank[f]!);
    for (let c = cloneStart[m]!, k = 0; c < cloneStart[m + 1]!; c++, k++) {
      for (const e of row) womanPairs.push(firstPair[e]! + k);
      womanStart[c + 1] = womanPairs.length;
    }
  }
  return {
    men: acc.adepts,
    women,
    cloneMentor,
    manStart,
    pairMan: Int32Array.from(pairMan),
    pairWoman: Int32Array.from(pairWoman),
    pairEdge: Int32Array.from(pairEdge),
    pairWomanRank: Int32Array.from(pairWomanRank),
    womanStart,
    womanPairs: Int32Array.from(womanPairs),
  };
}

/**
 * Deferred acceptance on a `Marriage`: the men-optimal stable matching when `side` is "men",
 * the women-optimal one when it is "women". Returns per man his pair, or -1.
 *
 * @example
 * const best = deferredAcceptance(sm, "men"); // each adept's best stable clone
 */
export function deferredAcceptance(sm: Marriage, side: "men" | "women"): Int32Array {
  const manPair = new Int32Array(sm.men).fill(-1);
  const womanPair = new Int32Array(sm.women).fill(-1);
  if (side === "men") {
    const next = Int32Array.from(sm.manStart.subarray(0, sm.men));
    const queue: number[] = [];
    for (let a = 0; a < sm.men; a++) queue.push(a);
    while (queue.length > 0) {
      const a = queue.pop()!;
      while (manPair[a] === -1 && next[a]! < sm.manStart[a + 1]!) {
        const pid = next[a]!++;
        const w = sm.pairWoman[pid]!;
        const held = womanPair[w]!;
        if (held >= 0 && sm.pairWomanRank[held]! <= sm.pairWomanRank[pid]!) continue;
        if (held >= 0) {
          manPair[sm.pairMan[held]!] = -1;
          queue.push(sm.pairMan[held]!);
        }
        womanPair[w] = pid;
        manPair[a] = pid;
      }
    }
  } else {
    const next = Int32Array.from(sm.womanStart.subarray(0, sm.women));
    const queue: number[] = [];
    for (let w = 0; w < sm.women; w++) queue.push(w);
    while (queue.length > 0) {
      const w = queue.pop()!;
      while (womanPair[w] === -1 && next[w]! < sm.womanStart[w + 1]!) {
        const pid = sm.womanPairs[next[w]!++]!;
        const a = sm.pairMan[pid]!;
        const held = manPair[a]!;
        // A man's rank of a pair is its place in his list: a lower number is better.
        if (held >= 0 && held <= pid) continue;
        if (held >= 0) {
          womanPair[sm.pairWoman[held]!] = -1;
          queue.push(sm.pairWoman[held]!);
        }
        manPair[a] = pid;
        womanPair[w] = pid;
      }
    }
  }
  return manPair;
}
