import type { LeadershipFacts } from "../criterionFacts.js";
import type { Person } from "../schema/cohort.js";
import { LEADERSHIP_LEVELS } from "../schema/cohort.js";
import type { LeadershipLevel } from "../types.js";
import { normalizeKey } from "../util/normalize.js";
import { type CriteriaContext, NEUTRAL, type PairScorer } from "./context.js";
import {
  gather,
  jointClasses,
  type RowClasses,
  type ValueClasses,
  valueClasses,
} from "./groups.js";
import { countKeys, keyList, memoNormalizeKey, pickSpellings } from "./keys.js";
import { CrossIndex } from "./sets.js";

/**
 * The fields leadership reads.
 *
 * @example
 * const p: LeadershipPerson = { leadership: { level: "second-line", staffCount: 40, areas: ["change"] } };
 */
export type LeadershipPerson = Pick<Person, "leadership">;

/**
 * Index of a level in `LEADERSHIP_LEVELS` (0 = first-line, 1 = second-line, 2 = senior), or -1
 * when missing or unknown.
 *
 * @example
 * leadershipLevelIndex("senior") // 2
 */
export function leadershipLevelIndex(level: LeadershipLevel | undefined): number {
  return level === undefined ? -1 : LEADERSHIP_LEVELS.indexOf(level);
}

/**
 * The level part: 1 when the mentor has led at the adept's level or higher, else
 * `1 - gap / 2` (gap in `LEADERSHIP_LEVELS` steps); 0.5 when either index is -1.
 *
 * @example
 * leadershipLevelPart(0, 1) // 0.5
 */
export function leadershipLevelPart(mentorIndex: number, adeptIndex: number): number {
  if (mentorIndex < 0 || adeptIndex < 0) return +NEUTRAL;
  if (mentorIndex >= adeptIndex) return 1;
  return 1 - (adeptIndex - mentorIndex) / (LEADERSHIP_LEVELS.length - 1);
}

/**
 * The staff part: 1 when the mentor has led at least as many staff as the adept (so always for
 * an adept with 0 staff), else `mentorStaff / adeptStaff`; 0.5 when either count is missing
 * (`undefined` or negative).
 *
 * @example
 * leadershipStaffPart(10, 40) // 0.25
 */
export function leadershipStaffPart(
  mentorStaff: number | undefined,
  adeptStaff: number | undefined,
): number {
  const missing = mentorStaff === undefined || adeptStaff === undefined;
  if (missing || mentorStaff < 0 || adeptStaff < 0) return +NEUTRAL;
  if (mentorStaff >= adeptStaff) return 1;
  return mentorStaff / adeptStaff;
}

/**
 * The areas part: the share of the areas the adept wants to develop that the mentor has
 * experience of, `|A ∩ M| / |A|`; 0.5 when either side has no areas.
 *
 * @example
 * leadershipAreasPart(1, 3, 2) // 0.5
 */
export function leadershipAreasPart(
  covered: number,
  mentorSize: number,
  adeptSize: number,
): number {
  if (mentorSize === 0 || adeptSize === 0) return +NEUTRAL;
  return covered / adeptSize;
}

/**
 * Leadership from its parts: their mean.
 *
 * @example
 * leadershipFromParts(1, 0.25, 0.5) // 0.5833333333333334
 */
export function leadershipFromParts(level: number, staff: number, areas: number): number {
  return (level + staff + areas) / 3;
}

/**
 * The facts behind leadership for one pair (see `leadershipScore`).
 *
 * @example
 * leadershipFacts(mentor, adept, ctx).sharedAreas // ["conflict"]
 */
export function leadershipFacts(
  mentor: LeadershipPerson,
  adept: LeadershipPerson,
  ctx: CriteriaContext,
): LeadershipFacts {
  const ml = mentor.leadership;
  const al = adept.leadership;
  const mi = leadershipLevelIndex(ml?.level);
  const ai = leadershipLevelIndex(al?.level);
  // Counted and compared in place (keys.ts): no keyed list per person and pair.
  const key = ctx.key ?? normalizeKey;
  const mentorAreas = countKeys(ml?.areas, key);
  const adeptAreas = countKeys(al?.areas, key);
  const sharedAreas = pickSpellings(
    al?.areas,
    undefined,
    undefined,
    ml?.areas,
    undefined,
    true,
    key,
  );
  const missing: string[] = [];
  if (mi < 0) missing.push("mentor.leadership.level");
  if (ai < 0) missing.push("adept.leadership.level");
  if (ml?.staffCount === undefined) missing.push("mentor.leadership.staffCount");
  if (al?.staffCount === undefined) missing.push("adept.leadership.staffCount");
  if (mentorAreas === 0) missing.push("mentor.leadership.areas");
  if (adeptAreas === 0) missing.push("adept.leadership.areas");
  const levelPart = leadershipLevelPart(mi, ai);
  const staffPart = leadershipStaffPart(ml?.staffCount, al?.staffCount);
  const areasPart = leadershipAreasPart(sharedAreas.length, mentorAreas, adeptAreas);
  return {
    mentorLevel: ml?.level ?? null,
    adeptLevel: al?.level ?? null,
    levelPart,
    mentorStaff: ml?.staffCount ?? null,
    adeptStaff: al?.staffCount ?? null,
    staffPart,
    sharedAreas,
    missingAreas:
      mentorAreas === 0
        ? []
        : pickSpellings(al?.areas, undefined, undefined, ml?.areas, undefined, false, key),
    areasPart,
    missing,
    score: leadershipFromParts(levelPart, staffPart, areasPart),
  };
}

/**
 * Leadership: the mentor has led at a comparable or higher level, at least as many staff, and in
 * the areas the adept wants to develop. The mean of three parts, each 0.5 when a side lacks the
 * field: level (1 if the mentor's `LEADERSHIP_LEVELS` index is at least the adept's, else
 * `1 - gap / 2`), staff (1 if `mentor.staffCount >= adept.staffCount`, else their ratio) and
 * areas (`|adept areas ∩ mentor areas| / |adept areas|`, normalised).
 *
 * @example
 * leadershipScore({ leadership: { level: "senior" } }, { leadership: { level: "first-line" } }, ctx) // 2 / 3
 */
export function leadershipScore(
  mentor: LeadershipPerson,
  adept: LeadershipPerson,
  ctx: CriteriaContext,
): number {
  return leadershipFacts(mentor, adept, ctx).score;
}

/**
 * Leadership for every pair of two lists, on precomputed profiles; scores are identical to
 * `leadershipScore`.
 *
 * @example
 * new LeadershipProfiles(mentors, adepts, ctx).score(0, 1) === leadershipScore(mentors[0], adepts[1], ctx) // true
 */
export class LeadershipProfiles implements PairScorer {
  private readonly mentorLevel: Int8Array;
  private readonly adeptLevel: Int8Array;
  /** Staff led, -1 when missing (counts are >= 0). */
  private readonly mentorStaff: Float64Array;
  private readonly adeptStaff: ValueClasses;
  private readonly areas: CrossIndex;
  /** Scratch for `fillClasses`: the level part by adept level index + 1, the areas part by class. */
  private readonly levelByIndex = new Float64Array(LEADERSHIP_LEVELS.length + 1);
  private readonly areasByClass: Float64Array;
  /** Scratch for `fillClasses`: the staff part per distinct adept staff count. */
  private readonly staffByCount: Float64Array;
  readonly rowClasses: RowClasses;
  /** Per row class its level's place in `levelByIndex`, its staff count's and its areas' class. */
  private readonly classLevel: Int32Array;
  private readonly classStaff: Int32Array;
  private readonly classAreas: Int32Array;

  constructor(
    mentors: readonly LeadershipPerson[],
    adepts: readonly LeadershipPerson[],
    ctx: CriteriaContext,
  ) {
    const key = ctx.key ?? memoNormalizeKey();
    // Filled by loops: a helper taking any typed array and a callback made every store and call
    // there the slow generic kind (1.8 % of a 500 + 500 match).
    this.mentorLevel = new Int8Array(mentors.length);
    this.mentorStaff = new Float64Array(mentors.length);
    for (let i = 0; i < mentors.length; i++) {
      const l = mentors[i]!.leadership;
      this.mentorLevel[i] = leadershipLevelIndex(l?.level);
      this.mentorStaff[i] = l?.staffCount ?? -1;
    }
    this.adeptLevel = new Int8Array(adepts.length);
    for (let j = 0; j < adepts.length; j++)
      this.adeptLevel[j] = leadershipLevelIndex(adepts[j]!.leadership?.level);
    this.adeptStaff = valueClasses(adepts.map((a) => a.leadership?.staffCount ?? -1));
    this.staffByCount = new Float64Array(this.adeptStaff.values.length);
    this.areas = new CrossIndex(
      mentors.map((m) => keyList(m.leadership?.areas, key)),
      adepts.map((a) => keyList(a.leadership?.areas, key)),
    );
    this.areasByClass = new Float64Array(this.areas.classAdept.length);
    const levelOf = new Int32Array(adepts.length);
    for (let j = 0; j < adepts.length; j++) levelOf[j] = this.adeptLevel[j]! + 1;
    const joint = jointClasses(
      adepts.length,
      [levelOf, this.adeptStaff.of, this.areas.adeptClass],
      [this.levelByIndex.length, this.adeptStaff.values.length, this.areas.classAdept.length],
    );
    const first = joint.first;
    this.rowClasses = { of: joint.of, count: first.length };
    this.classLevel = gather(levelOf, first);
    this.classStaff = gather(this.adeptStaff.of, first);
    this.classAreas = gather(this.areas.adeptClass, first);
  }

  /**
   * `weight * score` per row class (see `PairScorer.fillClasses`): the level part once per
   * level, the staff part once per distinct staff count and the areas part once per class of
   * adepts with the same areas.
   */
  fillClasses(mentor: number, weight: number, table: Float64Array): void {
    const byLevel = this.levelByIndex;
    const ml = this.mentorLevel[mentor]!;
    for (let i = 0; i < byLevel.length; i++) byLevel[i] = leadershipLevelPart(ml, i - 1);
    const byClass = this.areasByClass;
    // `areasPart` per class.
    const ms = this.areas.mentorSize[mentor]!;
    const covered = this.areas.coverClasses(mentor);
    const sizes = this.areas.classSize;
    for (let c = 0; c < byClass.length; c++) {
      byClass[c] = leadershipAreasPart(covered[c]!, ms, sizes[c]!);
    }
    const staff = this.mentorStaff[mentor]!;
    const byCount = this.staffByCount;
    const counts = this.adeptStaff.values;
    for (let c = 0; c < counts.length; c++) byCount[c] = leadershipStaffPart(staff, counts[c]!);
    const classLevel = this.classLevel;
    const classStaff = this.classStaff;
    const classAreas = this.classAreas;
    for (let k = 0; k < classLevel.length; k++) {
      const score = leadershipFromParts(
        byLevel[classLevel[k]!]!,
        byCount[classStaff[k]!]!,
        byClass[classAreas[k]!]!,
      );
      table[k] = weight * score;
    }
  }

  private areasPart(mentor: number, adept: number): number {
    const a = this.areas;
    return leadershipAreasPart(
      a.covered(mentor, adept),
      a.mentorSize[mentor]!,
      a.adeptSize[adept]!,
    );
  }

  score(mentor: number, adept: number): number {
    return leadershipFromParts(
      leadershipLevelPart(this.mentorLevel[mentor]!, this.adeptLevel[adept]!),
      leadershipStaffPart(
        this.mentorStaff[mentor]!,
        this.adeptStaff.values[this.adeptStaff.of[adept]!]!,
      ),
      this.areasPart(mentor, adept),
    );
  }
}
