import { maxClosure } from "./closure.js";
import { deferredAcceptance, type Marriage } from "./marriage.js";

/**
 * The rotations of a `Marriage` and their precedence (Irving and Leather 1986; Gusfield and
 * Irving 1989): from the men-optimal stable matching, eliminating exposed rotations one by one
 * reaches the women-optimal one, and every stable matching is the men-optimal one with a set of
 * rotations eliminated that is closed under precedence.
 *
 * @example
 * const r = rotationsOf(sm); r.rotations.length; r.precedes; // [[before, after], ...]
 */
export interface Rotations {
  /** Per man: his pair in the men-optimal stable matching, or -1 (unmatched in every one). */
  readonly start: Int32Array;
  /** In elimination order (a linear extension of precedence): the pairs left and entered. */
  readonly rotations: readonly {
    readonly from: readonly number[];
    readonly to: readonly number[];
  }[];
  readonly precedes: readonly (readonly [number, number])[];
}

/**
 * Finds every rotation of a `Marriage` and a precedence graph whose transitive closure is the
 * rotation poset: rotations that move one man follow each other, and a rotation that removes a
 * pair (m, w) from the table (w gets a man she prefers to m) precedes the rotation that moves m
 * past w. O(pairs + men × rotations).
 *
 * @example
 * const { rotations, precedes } = rotationsOf(marriageOf(acc, orders, places, free));
 */
export function rotationsOf(sm: Marriage): Rotations {
  const first = deferredAcceptance(sm, "men");
  const last = deferredAcceptance(sm, "women");
  const womanFirst = new Int32Array(sm.women).fill(-1);
  const womanLast = new Int32Array(sm.women).fill(-1);
  first.forEach((pid) => {
    if (pid >= 0) womanFirst[sm.pairWoman[pid]!] = pid;
  });
  last.forEach((pid) => {
    if (pid >= 0) womanLast[sm.pairWoman[pid]!] = pid;
  });
  // Where each pair stands in its woman's list.
  const womanPos = new Int32Array(sm.pairMan.length);
  for (let i = 0; i < sm.womanPairs.length; i++) womanPos[sm.womanPairs[i]!] = i;
  // The table: pairs between each man's best and worst stable partner, and each woman's.
  const inTable = new Uint8Array(sm.pairMan.length);
  for (let a = 0; a < sm.men; a++) {
    if (first[a]! < 0) continue;
    for (let pid = first[a]!; pid <= last[a]!; pid++) {
      const w = sm.pairWoman[pid]!;
      if (womanFirst[w]! < 0) continue;
      const rank = sm.pairWomanRank[pid]!;
      if (rank >= sm.pairWomanRank[womanLast[w]!]! && rank <= sm.pairWomanRank[womanFirst[w]!]!)
        inTable[pid] = 1;
    }
  }
  const manCur = Int32Array.from(first);
  const womanCur = Int32Array.from(womanFirst);
  // Per woman: the last position of her list still in the table (her partner's).
  const womanEnd = new Int32Array(sm.women).fill(-1);
  for (let w = 0; w < sm.women; w++)
    if (womanFirst[w]! >= 0) womanEnd[w] = womanPos[womanFirst[w]!]!;
  const scan = Int32Array.from(first, (pid) => pid + 1);
  const alive = (pid: number) =>
    inTable[pid] === 1 && womanPos[pid]! <= womanEnd[sm.pairWoman[pid]!]!;
  /** The man's second choice in the current table (its pair). */
  const second = (a: number): number => {
    if (scan[a]! <= manCur[a]!) scan[a] = manCur[a]! + 1;
    while (scan[a]! <= last[a]! && !alive(scan[a]!)) scan[a]!++;
    if (scan[a]! > last[a]!) throw new Error("rotationsOf: internal error, no second choice");
    return scan[a]!;
  };

  const rotations: { from: number[]; to: number[] }[] = [];
  const moves: { from: number; to: number; rotation: number }[][] = Array.from(
    { length: sm.men },
    () => [],
  );
  const removed: { man: number; pid: number; rotation: number }[] = [];
  const onStack = new Int32Array(sm.men).fill(-1);
  for (let start = 0; start < sm.men; start++) {
    while (first[start]! >= 0 && manCur[start] !== last[start]) {
      const stack: number[] = [];
      let x = start;
      while (onStack[x]! < 0) {
        onStack[x] = stack.length;
        stack.push(x);
        x = sm.pairMan[womanCur[sm.pairWoman[second(x)]!]!]!;
      }
      const cycle = stack.slice(onStack[x]!);
      for (const y of stack) onStack[y] = -1;
      const r = rotations.length;
      const from = cycle.map((y) => manCur[y]!);
      const to = cycle.map((y) => second(y));
      rotations.push({ from, to });
      cycle.forEach((y, i) => {
        moves[y]!.push({ from: from[i]!, to: to[i]!, rotation: r });
        manCur[y] = to[i]!;
      });
      for (let i = 0; i < cycle.length; i++) {
        const w = sm.pairWoman[to[i]!]!;
        const old = womanCur[w]!;
        womanCur[w] = to[i]!;
        // Every man she likes less than her new partner leaves her list.
        for (let pos = womanPos[to[i]!]! + 1; pos <= womanEnd[w]!; pos++) {
          const pid = sm.womanPairs[pos]!;
          if (inTable[pid] === 1 && pid !== old)
            removed.push({ man: sm.pairMan[pid]!, pid, rotation: r });
        }
        womanEnd[w] = womanPos[to[i]!]!;
      }
    }
  }
  const precedes: [number, number][] = [];
  for (const list of moves)
    for (let j = 1; j < list.length; j++) precedes.push([list[j - 1]!.rotation, list[j]!.rotation]);
  for (const { man, pid, rotation } of removed) {
    const past = moves[man]!.find((mv) => mv.from < pid && pid < mv.to);
    if (past === undefined)
      throw new Error("rotationsOf: internal error, a removed pair is never passed");
    if (past.rotation !== rotation) precedes.push([rotation, past.rotation]);
  }
  return { start: first, rotations, precedes };
}

/**
 * The stable matching of a `Marriage` with the highest total `pairWeight` (whole numbers): the
 * men-optimal one with the maximum-weight closed set of rotations eliminated. Returns per man
 * his pair, or -1.
 *
 * @example
 * const best = bestStableMatching(sm, (pid) => units[sm.pairEdge[pid]!]!);
 */
export function bestStableMatching(sm: Marriage, pairWeight: (pid: number) => number): Int32Array {
  const { start, rotations, precedes } = rotationsOf(sm);
  const gain = rotations.map(({ from, to }) =>
    to.reduce((s, pid, i) => s + pairWeight(pid) - pairWeight(from[i]!), 0),
  );
  const chosen = maxClosure(gain, precedes);
  const manPair = Int32Array.from(start);
  rotations.forEach(({ to }, r) => {
    if (chosen[r] === 1) for (const pid of to) manPair[sm.pairMan[pid]!] = pid;
  });
  return manPair;
}
