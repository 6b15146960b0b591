/**
 * The diagnosis as first written (session 1), kept as the oracle the fast `Diagnosis` must agree
 * with: every fix checked by an exact solve of the changed problem, groups shrunk by recounting
 * places from scratch. Too slow for large cohorts (minutes at 500 adepts for 250 places). One
 * change since: a fix must keep everyone matched now (the documented promise), so `lets` solves
 * the changed problem restricted to the matched adepts plus this one.
 */

import type { SolvedResidual as Residual } from "../../src/match/diagnose.js";
import { buildProblem } from "../../src/plan/buildProblem.js";

/** The residual plus what rebuilding a changed problem needs (the locks). */
export interface SolvedResidual extends Residual {
  readonly adeptLocked: Uint8Array;
  readonly load: Int32Array;
}

import { type Prepared, pairBlocks, RULE_BIT } from "../../src/prepare/prepare.js";
import { PAIR_RULES } from "../../src/rules/pairRules.js";
import { type AssignmentProblem, solveAssignment } from "../../src/solve/assignment.js";
import type { Block, Fix, PairRule, RuleCut, ShortGroup } from "../../src/types.js";

/** Mentor rows adjacent to each column (the CSR transposed). */
function columnsToRows(problem: AssignmentProblem): number[][] {
  const rowsOf: number[][] = Array.from({ length: problem.cols }, () => []);
  for (let r = 0; r < problem.rows; r++) {
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++)
      rowsOf[problem.colIndex[e]!]!.push(r);
  }
  return rowsOf;
}

/**
 * A Hall violator around unmatched column `u`: the adepts reachable from `u` by alternating
 * paths (every mentor reached is full, or the plan would not be maximum), shrunk greedily to an
 * inclusion-minimal group that still has fewer places than adepts.
 */
export function shortGroup(
  s: SolvedResidual,
  u: number,
  rowsOf: readonly number[][],
): { cols: number[]; rows: number[]; places: number } {
  const { problem } = s.scored;
  const onRow: number[][] = Array.from({ length: problem.rows }, () => []);
  s.rowOf.forEach((r, c) => {
    if (r >= 0) onRow[r]!.push(c);
  });
  const seenCol = new Uint8Array(problem.cols);
  const seenRow = new Uint8Array(problem.rows);
  const order: number[] = [u];
  seenCol[u] = 1;
  for (let i = 0; i < order.length; i++) {
    for (const r of rowsOf[order[i]!]!) {
      if (seenRow[r]) continue;
      seenRow[r] = 1;
      for (const c of onRow[r]!) {
        if (!seenCol[c]) {
          seenCol[c] = 1;
          order.push(c);
        }
      }
    }
  }
  const places = (cols: readonly number[]) => {
    const rows = new Set<number>();
    for (const c of cols) for (const r of rowsOf[c]!) rows.add(r);
    let total = 0;
    for (const r of rows) total += problem.capacity[r]!;
    return { rows: [...rows].sort((a, b) => a - b), total };
  };
  let group = order;
  for (let i = order.length - 1; i >= 1; i--) {
    const without = group.filter((c) => c !== order[i]);
    if (places(without).total < without.length) group = without;
  }
  const final = places(group);
  return { cols: group, rows: final.rows, places: final.total };
}

/** The words of each rule in a short group's `cutBy`, as the library has always written them. */
const CUT_WORDS: Readonly<Record<Block["rule"], string>> = {
  mentorIneligible: "mentor ineligible",
  adeptIneligible: "adept ineligible",
  differentMunicipality: "same municipality",
  differentSector: "same sector",
  differentWorkBackground: "largely the same work background",
  exclusion: "exclusion",
  history: "history",
};

/** Counts, over the group's adepts, how many mentor options each rule removed, in words too. */
function cutOf(p: Prepared, adepts: readonly number[]): { cutBy: string; cut: RuleCut[] } {
  const counts = new Map<Block["rule"], number>();
  for (const a of adepts) {
    p.mentors.forEach((_, m) => {
      for (const b of pairBlocks(p, m, a)) counts.set(b.rule, (counts.get(b.rule) ?? 0) + 1);
    });
  }
  const cut = [...counts].sort((x, y) => y[1] - x[1]).map(([rule, removed]) => ({ rule, removed }));
  const parts = cut.map((c) => `${CUT_WORDS[c.rule]} ${c.removed}`);
  return {
    cutBy:
      parts.length === 0
        ? "no rule removed any option: the mentors are simply full"
        : `options removed: ${parts.join(", ")}`,
    cut,
  };
}

/**
 * Whether, in `problem` (a variant of the residual problem with the same rows and columns),
 * some plan matches every column `rowOf` matches and `u` too: keep only those columns' pairs,
 * solve exactly, and see whether all of them are matched.
 */
function lets(problem: AssignmentProblem, u: number, rowOf: Int32Array): boolean {
  const keep = (c: number) => c === u || rowOf[c]! >= 0;
  const rowStart = new Int32Array(problem.rows + 1);
  const colIndex: number[] = [];
  for (let r = 0; r < problem.rows; r++) {
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
      if (keep(problem.colIndex[e]!)) colIndex.push(problem.colIndex[e]!);
    }
    rowStart[r + 1] = colIndex.length;
  }
  const wanted = rowOf.reduce((n, r) => n + (r >= 0 ? 1 : 0), 0) + 1;
  const plan = solveAssignment({
    ...problem,
    rowStart,
    colIndex: Int32Array.from(colIndex),
    weight: new Float64Array(colIndex.length),
  });
  return plan.matched === wanted;
}

/**
 * Single changes that would let unmatched adept column `u` be matched without unmatching
 * anyone: drop one of its exclusions or history entries, give one mentor of its short group
 * one more place, or turn one hard rule off. Each candidate is checked with an exact solve.
 */
export function singleFixes(
  p: Prepared,
  s: SolvedResidual,
  u: number,
  groupRows: readonly number[],
): Fix[] {
  const fixes: Fix[] = [];
  const adept = s.colAdept[u]!;
  const adeptId = p.adepts[adept]!.id;

  for (const [mentor, row] of p.banned) {
    const bans = row.get(adept);
    // Only a pair with a single ban can be opened by one change.
    if (bans?.length !== 1 || p.mentorIneligible[mentor] !== undefined) continue;
    const relaxed = new Map(p.banned);
    const rest = new Map(row);
    rest.delete(adept);
    relaxed.set(mentor, rest);
    const variant = buildProblem({ ...p, banned: relaxed }, s.adeptLocked, s.load);
    if (lets(variant.problem, variant.colAdept.indexOf(adept), s.rowOf)) {
      const mentorId = p.mentors[mentor]!.id;
      const history = bans[0]!.rule === "history";
      fixes.push({
        kind: history ? "drop-history" : "drop-exclusion",
        mentorId,
        message: history
          ? `allow ${mentorId} and ${adeptId} to pair again (drop the history entry)`
          : `drop the exclusion of ${mentorId} and ${adeptId}`,
      });
    }
  }

  for (const r of groupRows) {
    const capacity = Int32Array.from(s.scored.problem.capacity);
    capacity[r]!++;
    if (lets({ ...s.scored.problem, capacity }, u, s.rowOf)) {
      const mentorId = p.mentors[s.rowMentor[r]!]!.id;
      fixes.push({ kind: "raise-capacity", mentorId, message: `give ${mentorId} one more place` });
    }
  }

  for (const rule of PAIR_RULES) {
    const bit = RULE_BIT[rule as PairRule];
    if ((p.hardMask & bit) === 0) continue;
    const variant = buildProblem({ ...p, hardMask: p.hardMask & ~bit }, s.adeptLocked, s.load);
    if (lets(variant.problem, variant.colAdept.indexOf(adept), s.rowOf)) {
      fixes.push({ kind: "relax-rule", rule, message: `make the rule ${rule} soft or off` });
    }
  }
  return fixes;
}

/** The short group of an unmatched adept, in ids. */
export function describeGroup(
  p: Prepared,
  s: SolvedResidual,
  group: { cols: number[]; rows: number[]; places: number },
): ShortGroup {
  const adepts = group.cols.map((c) => s.colAdept[c]!);
  return {
    adepts: adepts.map((a) => p.adepts[a]!.id),
    mentors: group.rows.map((r) => p.mentors[s.rowMentor[r]!]!.id),
    places: group.places,
    ...cutOf(p, adepts),
  };
}

export { columnsToRows };
