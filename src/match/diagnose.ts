import { EN_REASONS } from "../phrasebook/reasons.en.js";
import { FORBIDDEN, rowCodes } from "../plan/buildProblem.js";
import type { ScoredProblem } from "../plan/runSolver.js";
import {
  allowedAmong,
  isAllowed,
  markAllowed,
  type Prepared,
  pairBlocks,
  RULE_BIT,
  ruleBits,
} from "../prepare/prepare.js";
import { PAIR_RULES } from "../rules/pairRules.js";
import type { AssignmentProblem } from "../solve/assignment.js";
import { type GroupIndices, hallViolator, rowsReachingRoom } from "../solve/reachability.js";
import type { Block, Fix, FixKind, PairRule, RuleCut, ShortGroup } from "../types.js";

/** The solved residual problem and how its rows and columns map to people. */
export interface SolvedResidual {
  readonly scored: ScoredProblem;
  readonly rowOf: Int32Array;
  readonly rowMentor: readonly number[];
  readonly colAdept: readonly number[];
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
  /**
   * The rows of each column's allowed pairs, asked from the rules column by column (cached): a
   * national cohort's problem holds only some pairs (plan/sparse.ts), and a diagnosis reaches
   * few columns. Then the columns each row holds in the plan.
   */
  private readonly rowsOf: (c: number) => readonly number[];
  private readonly onRow: number[][];
  /** Rows from which an alternating path reaches a row with a free place (lazy). */
  private toRoom: Uint8Array | null = null;
  /** Per hard rule turned off: that cohort, and the rows that then lead to a free place (lazy). */
  private readonly relaxed = new Map<PairRule, { p: Prepared; toRoom: Uint8Array }>();
  /** Per adept (canonical index): options removed, by rule, in first-seen order (lazy). */
  private readonly removed = new Map<number, Map<Block["rule"], number>>();

  constructor(
    private readonly p: Prepared,
    private readonly s: SolvedResidual,
  ) {
    this.problem = s.scored.problem;
    const known = new Map<number, number[]>();
    this.rowsOf = (c) => {
      let rows = known.get(c);
      if (rows === undefined) {
        rows = allowedAmong(p, s.colAdept[c]!, s.rowMentor);
        known.set(c, rows);
      }
      return rows;
    };
    this.onRow = Array.from({ length: this.problem.rows }, () => []);
    s.rowOf.forEach((r, c) => {
      if (r >= 0) this.onRow[r]!.push(c);
    });
  }

  /**
   * The short group around unmatched column `u`: the adepts `u` reaches by alternating paths,
   * a Hall violator that no single adept can leave (see `hallViolator`).
   */
  group(u: number): GroupIndices {
    return hallViolator(this.problem, this.rowsOf, this.onRow, u);
  }

  /** The short group in ids, with what cut its adepts' options. */
  describe(group: GroupIndices): ShortGroup {
    const { p, s } = this;
    const adepts = group.cols.map((c) => s.colAdept[c]!);
    const cut = this.cut(adepts);
    return {
      adepts: adepts.map((a) => p.adepts[a]!.id),
      mentors: group.rows.map((r) => p.mentors[s.rowMentor[r]!]!.id),
      places: group.places,
      cutBy: EN_REASONS.cut(cut),
      cut,
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

    for (const [mentor, row] of p.banned) {
      const bans = row.get(adept);
      // Only a pair with a single ban can be opened by one change.
      if (bans?.length !== 1 || p.mentorIneligible[mentor] !== undefined) continue;
      // Dropping the ban adds the pair only if the hard rules allow it; a path from u that
      // M did not have must start with it.
      if ((ruleBits(p, mentor, adept) & p.hardMask) !== 0) continue;
      if (this.leadsToRoom()[s.rowMentor.indexOf(mentor)] !== 1) continue;
      const kind: FixKind = bans[0]!.rule === "history" ? "drop-history" : "drop-exclusion";
      const mentorId = p.mentors[mentor]!.id;
      fixes.push({ kind, mentorId, message: EN_REASONS.fix({ kind, mentorId }, adeptId) });
    }

    for (const r of groupRows) {
      // Every row of u's group is reached from u by an alternating path (the group is part of
      // what u reaches), so one more place on any of them completes a path from u.
      const mentorId = p.mentors[s.rowMentor[r]!]!.id;
      const kind = "raise-capacity";
      fixes.push({ kind, mentorId, message: EN_REASONS.fix({ kind, mentorId }, adeptId) });
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
        const kind = "relax-rule";
        fixes.push({ kind, rule, message: EN_REASONS.fix({ kind, rule }, adeptId) });
      }
    }
    return fixes;
  }

  /**
   * `rowsReachingRoom` for the plan in the graph of the pairs `p` allows (the cohort's own, or
   * one with a hard rule off: same rows and columns), each row's pairs asked when reached.
   */
  private roomReach(p: Prepared): Uint8Array {
    const { s } = this;
    // A row's allowed columns from its rule codes (the residual's people are all eligible), in
    // one buffer that each row reuses: `rowsReachingRoom` reads a row's columns before asking
    // for the next row's.
    const adeptOf = Int32Array.from(s.colAdept);
    const colOf = new Int32Array(p.adepts.length).fill(-1);
    adeptOf.forEach((a, c) => {
      colOf[a] = c;
    });
    const codes = new Uint8Array(adeptOf.length);
    const cols = new Int32Array(adeptOf.length);
    return rowsReachingRoom(this.problem.capacity, this.onRow, s.rowOf, (x) => {
      rowCodes(p, s.rowMentor[x]!, adeptOf, colOf, codes);
      let n = 0;
      for (let c = 0; c < codes.length; c++) if (codes[c] !== FORBIDDEN) cols[n++] = c;
      return cols.subarray(0, n);
    });
  }

  /** `roomReach` in the graph of allowed pairs itself (cached). */
  private leadsToRoom(): Uint8Array {
    this.toRoom ??= this.roomReach(this.p);
    return this.toRoom;
  }

  /** `roomReach` in the graph with one hard rule off (cached). */
  private withoutRule(rule: PairRule, bit: number): { p: Prepared; toRoom: Uint8Array } {
    const cached = this.relaxed.get(rule);
    if (cached !== undefined) return cached;
    const p = { ...this.p, hardMask: this.p.hardMask & ~bit };
    const variant = { p, toRoom: this.roomReach(p) };
    this.relaxed.set(rule, variant);
    return variant;
  }

  /** Counts, over the group's adepts, how many mentor options each rule removed, most first. */
  private cut(adepts: readonly number[]): RuleCut[] {
    const counts = new Map<Block["rule"], number>();
    for (const a of adepts) {
      for (const [rule, n] of this.removedFor(a)) counts.set(rule, (counts.get(rule) ?? 0) + n);
    }
    return [...counts].sort((x, y) => y[1] - x[1]).map(([rule, removed]) => ({ rule, removed }));
  }

  /** One adept's removed options by rule, over every mentor in order (cached). */
  private removedFor(a: number): Map<Block["rule"], number> {
    const known = this.removed.get(a);
    if (known !== undefined) return known;
    const { p } = this;
    const counts = new Map<Block["rule"], number>();
    // Most pairs are allowed, and an allowed pair has no block: only the others are listed.
    const allowed = new Uint8Array(p.mentors.length);
    markAllowed(p, a, allowed);
    for (let m = 0; m < allowed.length; m++) {
      if (allowed[m] === 1) continue;
      for (const b of pairBlocks(p, m, a)) counts.set(b.rule, (counts.get(b.rule) ?? 0) + 1);
    }
    this.removed.set(a, counts);
    return counts;
  }
}
