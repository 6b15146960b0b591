import type { ScoredProblem } from "../plan/runSolver.js";
import {
  explainBlocked,
  isAllowed,
  type Prepared,
  RULE_BIT,
  ruleBits,
} from "../prepare/prepare.js";
import { PAIR_RULES } from "../rules/pairRules.js";
import type { AssignmentProblem } from "../solve/assignment.js";
import type { Fix, PairRule, ShortGroup } from "../types.js";

/** The solved residual problem and how its rows and columns map to people. */
export interface SolvedResidual {
  readonly scored: ScoredProblem;
  readonly rowOf: Int32Array;
  readonly rowMentor: readonly number[];
  readonly colAdept: readonly number[];
}

/** A short group in row and column indices: adepts with fewer places than adepts. */
export interface GroupIndices {
  readonly cols: number[];
  readonly rows: number[];
  readonly places: number;
}

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
 * Why unmatched adepts are unmatched, for one solved residual problem: short groups (Hall
 * violators), the reasons that cut their options, and single fixes. Built once per `match` and
 * shared by every adept it diagnoses, so each question costs one pass over the pair graph or
 * less, never a solve.
 *
 * A fix is a single change after which some plan matches everyone the optimal plan M matches
 * and this adept too. For a change that only adds pairs or places, that is exactly an
 * augmenting path for M from this adept: an alternating path (a pair, then an adept the mentor
 * holds, then another of that adept's mentors, ...) to a mentor with a free place. Augmenting
 * along it keeps every matched adept matched; conversely, comparing M with such a plan leaves
 * a path from this adept that can only end at a free place. So each fix is decided by reaching
 * free places backwards once per graph ("which mentors lead to a free place"), not by solving;
 * a test holds the answers to exact solves of every changed problem.
 */
export class Diagnosis {
  private readonly problem: AssignmentProblem;
  /** Rows adjacent to each column, and the columns each row holds in the plan. */
  private readonly rowsOf: number[][];
  private readonly onRow: number[][];
  /** Rows from which an alternating path reaches a row with a free place (lazy). */
  private toRoom: Uint8Array | null = null;
  /** Per hard rule turned off: that cohort, and the rows that then lead to a free place (lazy). */
  private readonly relaxed = new Map<PairRule, { p: Prepared; toRoom: Uint8Array }>();
  /** Per adept (canonical index): options removed, by reason, in first-seen order (lazy). */
  private readonly removed = new Map<number, Map<string, number>>();

  constructor(
    private readonly p: Prepared,
    private readonly s: SolvedResidual,
  ) {
    this.problem = s.scored.problem;
    this.rowsOf = columnsToRows(this.problem);
    this.onRow = Array.from({ length: this.problem.rows }, () => []);
    s.rowOf.forEach((r, c) => {
      if (r >= 0) this.onRow[r]!.push(c);
    });
  }

  /**
   * A Hall violator around unmatched column `u`: the adepts reachable from `u` by alternating
   * paths (every mentor reached is full, or the plan would not be maximum), shrunk greedily to
   * an inclusion-minimal group that still has fewer places than adepts. The shrinking keeps, per
   * row, how many group adepts can use it, so each step costs the dropped adept's degree.
   */
  group(u: number): GroupIndices {
    const { rowsOf, onRow } = this;
    const { capacity, rows, cols } = this.problem;
    const seenCol = new Uint8Array(cols);
    const seenRow = new Uint8Array(rows);
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
    // users[r]: adepts of the group that can use row r; places: capacity of rows with users.
    const users = new Int32Array(rows);
    let places = 0;
    for (const c of order) {
      for (const r of rowsOf[c]!) {
        if (users[r] === 0) places += capacity[r]!;
        users[r]! += 1;
      }
    }
    const inGroup = new Uint8Array(cols);
    for (const c of order) inGroup[c] = 1;
    let size = order.length;
    for (let i = order.length - 1; i >= 1; i--) {
      const c = order[i]!;
      let without = places;
      for (const r of rowsOf[c]!) if (users[r] === 1) without -= capacity[r]!;
      if (without < size - 1) {
        for (const r of rowsOf[c]!) users[r]! -= 1;
        places = without;
        size--;
        inGroup[c] = 0;
      }
    }
    const group = order.filter((c) => inGroup[c] === 1);
    const groupRows: number[] = [];
    for (let r = 0; r < rows; r++) if (users[r]! > 0) groupRows.push(r);
    return { cols: group, rows: groupRows, places };
  }

  /** The short group in ids, with what cut its adepts' options. */
  describe(group: GroupIndices): ShortGroup {
    const { p, s } = this;
    const adepts = group.cols.map((c) => s.colAdept[c]!);
    return {
      adepts: adepts.map((a) => p.adepts[a]!.id),
      mentors: group.rows.map((r) => p.mentors[s.rowMentor[r]!]!.id),
      places: group.places,
      cutBy: this.cutBy(adepts),
    };
  }

  /**
   * Single changes after which this adept (unmatched column `u`) can be matched together with
   * everyone matched now: drop one of its exclusions or history entries, give one mentor of its
   * short group one more place, or turn one hard rule off. See the class notes.
   */
  fixes(u: number, groupRows: readonly number[]): Fix[] {
    const { p, s } = this;
    const fixes: Fix[] = [];
    const adept = s.colAdept[u]!;
    const adeptId = p.adepts[adept]!.id;

    const toRoom = this.leadsToRoom();
    for (const [mentor, row] of p.banned) {
      const bans = row.get(adept);
      // Only a pair with a single ban can be opened by one change.
      if (bans?.length !== 1 || p.mentorIneligible[mentor] !== undefined) continue;
      // Dropping the ban adds the pair only if the hard rules allow it; a path from u that
      // M did not have must start with it.
      if ((ruleBits(p, mentor, adept) & p.hardMask) !== 0) continue;
      if (toRoom[s.rowMentor.indexOf(mentor)] !== 1) continue;
      const why = bans[0]!;
      const mentorId = p.mentors[mentor]!.id;
      const history = why.startsWith("paired before");
      fixes.push({
        kind: history ? "drop-history" : "drop-exclusion",
        mentorId,
        message: history
          ? `allow ${mentorId} and ${adeptId} to pair again (drop the history entry)`
          : `drop the exclusion of ${mentorId} and ${adeptId}`,
      });
    }

    for (const r of groupRows) {
      // Every row of u's group is reached from u by an alternating path (the group is part of
      // what u reaches), so one more place on any of them completes a path from u.
      const mentorId = p.mentors[s.rowMentor[r]!]!.id;
      fixes.push({ kind: "raise-capacity", mentorId, message: `give ${mentorId} one more place` });
    }

    for (const rule of PAIR_RULES) {
      const bit = RULE_BIT[rule as PairRule];
      if ((p.hardMask & bit) === 0) continue;
      const relaxed = this.withoutRule(rule as PairRule, bit);
      // A path from u in the relaxed graph starts with one of u's pairs there.
      const opens = s.rowMentor.some(
        (m, r) => relaxed.toRoom[r] === 1 && isAllowed(relaxed.p, m, adept),
      );
      if (opens) {
        fixes.push({ kind: "relax-rule", rule, message: `make the rule ${rule} soft or off` });
      }
    }
    return fixes;
  }

  /**
   * Rows from which an alternating path (an adept the row holds, then another of that adept's
   * mentors, ...) reaches a row with a free place, itself included: a search backwards from the
   * free places over `colsOf(x)`, the columns paired with row x in the graph at hand.
   */
  private roomReach(colsOf: (x: number) => ArrayLike<number>): Uint8Array {
    const { capacity, rows } = this.problem;
    const rowOf = this.s.rowOf;
    const mark = new Uint8Array(rows);
    const queue: number[] = [];
    for (let r = 0; r < rows; r++) {
      if (this.onRow[r]!.length < capacity[r]!) {
        mark[r] = 1;
        queue.push(r);
      }
    }
    for (let i = 0; i < queue.length; i++) {
      const x = queue[i]!;
      // A row y holding an adept that may also go to x can pass its place on.
      const cols = colsOf(x);
      for (let k = 0; k < cols.length; k++) {
        const y = rowOf[cols[k]!]!;
        if (y >= 0 && y !== x && mark[y] === 0) {
          mark[y] = 1;
          queue.push(y);
        }
      }
    }
    return mark;
  }

  /** `roomReach` in the residual graph itself (cached). */
  private leadsToRoom(): Uint8Array {
    if (this.toRoom === null) {
      const { rowStart, colIndex } = this.problem;
      this.toRoom = this.roomReach((x) => colIndex.subarray(rowStart[x]!, rowStart[x + 1]!));
    }
    return this.toRoom;
  }

  /** `roomReach` in the graph with one hard rule off (same rows and columns; cached). */
  private withoutRule(rule: PairRule, bit: number): { p: Prepared; toRoom: Uint8Array } {
    const cached = this.relaxed.get(rule);
    if (cached !== undefined) return cached;
    const { s } = this;
    const p = { ...this.p, hardMask: this.p.hardMask & ~bit };
    const colsOf: number[][] = s.rowMentor.map((m) => {
      const cols: number[] = [];
      s.colAdept.forEach((a, c) => {
        if (isAllowed(p, m, a)) cols.push(c);
      });
      return cols;
    });
    const variant = { p, toRoom: this.roomReach((x) => colsOf[x]!) };
    this.relaxed.set(rule, variant);
    return variant;
  }

  /** Counts, over the group's adepts, how many mentor options each reason removed. */
  private cutBy(adepts: readonly number[]): string {
    const counts = new Map<string, number>();
    for (const a of adepts) {
      for (const [key, n] of this.removedFor(a)) counts.set(key, (counts.get(key) ?? 0) + n);
    }
    const parts = [...counts].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`);
    return parts.length === 0
      ? "no rule removed any option: the mentors are simply full"
      : `options removed: ${parts.join(", ")}`;
  }

  /** One adept's removed options by reason, over every mentor in order (cached). */
  private removedFor(a: number): Map<string, number> {
    const known = this.removed.get(a);
    if (known !== undefined) return known;
    const { p } = this;
    const counts = new Map<string, number>();
    p.mentors.forEach((_, m) => {
      for (const why of explainBlocked(p, m, a)) {
        const key = why.startsWith("both in")
          ? why === `both in ${p.adepts[a]!.municipality}`
            ? "same municipality"
            : "same sector"
          : why.startsWith("mentor ineligible")
            ? "mentor ineligible"
            : why.startsWith("excluded")
              ? "exclusion"
              : why.startsWith("paired before")
                ? "history"
                : why;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    });
    this.removed.set(a, counts);
    return counts;
  }
}
