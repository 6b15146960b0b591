import type { EducationFacts } from "../criterionFacts.js";
import type { Person } from "../schema/cohort.js";
import { EDUCATION_LEVELS } from "../schema/cohort.js";
import type { EducationLevel, ResolvedCriteriaOptions } from "../types.js";
import { normalizeKey } from "../util/normalize.js";
import { type CriteriaContext, NEUTRAL, type PairScorer } from "./context.js";
import { gather, jointClasses, type RowClasses } from "./groups.js";
import { countKeys, keyList, memoNormalizeKey, pickSpellings } from "./keys.js";
import { CrossIndex, jaccard } from "./sets.js";

/**
 * The fields education reads.
 *
 * @example
 * const p: EducationPerson = { education: { level: "master", fields: ["social work"] } };
 */
export type EducationPerson = Pick<Person, "education">;

type Direction = ResolvedCriteriaOptions["educationDirection"];

/**
 * Index of a level in `EDUCATION_LEVELS` (0 = upper-secondary ... 4 = doctorate), or -1 when
 * missing or unknown.
 *
 * @example
 * educationLevelIndex("master") // 3
 */
export function educationLevelIndex(level: EducationLevel | undefined): number {
  return level === undefined ? -1 : EDUCATION_LEVELS.indexOf(level);
}

/**
 * The level part: `1 - |levelIndex difference| / 4`, or 0.5 when either index is -1.
 *
 * @example
 * educationLevelPart(3, 2) // 0.75
 */
export function educationLevelPart(mentorIndex: number, adeptIndex: number): number {
  if (mentorIndex < 0 || adeptIndex < 0) return +NEUTRAL;
  return 1 - Math.abs(mentorIndex - adeptIndex) / (EDUCATION_LEVELS.length - 1);
}

/**
 * The fields part: Jaccard of the two sets of fields for `"similar"`, `1 - Jaccard` for
 * `"complementary"`; 0.5 when either set is empty.
 *
 * @example
 * educationFieldsPart(1, 2, 1, "similar") // 0.5
 */
export function educationFieldsPart(
  intersection: number,
  mentorSize: number,
  adeptSize: number,
  direction: Direction,
): number {
  if (mentorSize === 0 || adeptSize === 0) return +NEUTRAL;
  const similarity = jaccard(intersection, mentorSize, adeptSize);
  return direction === "complementary" ? 1 - similarity : similarity;
}

/**
 * Education from its parts: their mean.
 *
 * @example
 * educationFromParts(0.75, 0.5) // 0.625
 */
export function educationFromParts(level: number, fields: number): number {
  return (level + fields) / 2;
}

/**
 * The facts behind education for one pair (see `educationScore`).
 *
 * @example
 * educationFacts(mentor, adept, ctx).sharedFields // ["social work"]
 */
export function educationFacts(
  mentor: EducationPerson,
  adept: EducationPerson,
  ctx: CriteriaContext,
): EducationFacts {
  const mi = educationLevelIndex(mentor.education?.level);
  const ai = educationLevelIndex(adept.education?.level);
  // Counted and compared in place (keys.ts): no keyed list per person and pair.
  const key = ctx.key ?? normalizeKey;
  const mentorFields = mentor.education?.fields;
  const adeptFields = adept.education?.fields;
  const mentorCount = countKeys(mentorFields, key);
  const adeptCount = countKeys(adeptFields, key);
  const sharedFields = pickSpellings(
    adeptFields,
    undefined,
    undefined,
    mentorFields,
    undefined,
    true,
    key,
  );
  const direction = ctx.criteria.educationDirection;
  const missing: string[] = [];
  if (mi < 0) missing.push("mentor.education.level");
  if (ai < 0) missing.push("adept.education.level");
  if (mentorCount === 0) missing.push("mentor.education.fields");
  if (adeptCount === 0) missing.push("adept.education.fields");
  const levelPart = educationLevelPart(mi, ai);
  const fieldsPart = educationFieldsPart(sharedFields.length, mentorCount, adeptCount, direction);
  return {
    mentorLevel: mentor.education?.level ?? null,
    adeptLevel: adept.education?.level ?? null,
    levelGap: mi < 0 || ai < 0 ? null : mi - ai,
    levelPart,
    sharedFields,
    direction,
    fieldsPart,
    missing,
    score: educationFromParts(levelPart, fieldsPart),
  };
}

/**
 * Education: fit of level and fields. The mean of a level part, `1 - |level index difference| / 4`
 * on `EDUCATION_LEVELS` (0.5 if either level is missing), and a fields part, the Jaccard
 * similarity of the normalised fields for `educationDirection: "similar"` (the default) or
 * `1 - Jaccard` for `"complementary"` (0.5 if either side has no fields).
 *
 * @example
 * educationScore({ education: { level: "master" } }, { education: { level: "bachelor" } }, ctx) // 0.625
 */
export function educationScore(
  mentor: EducationPerson,
  adept: EducationPerson,
  ctx: CriteriaContext,
): number {
  return educationFacts(mentor, adept, ctx).score;
}

/**
 * Education for every pair of two lists, on precomputed profiles; scores are identical to
 * `educationScore`.
 *
 * @example
 * new EducationProfiles(mentors, adepts, ctx).score(0, 1) === educationScore(mentors[0], adepts[1], ctx) // true
 */
export class EducationProfiles implements PairScorer {
  private readonly direction: Direction;
  private readonly mentorLevel: Int8Array;
  private readonly adeptLevel: Int8Array;
  private readonly fields: CrossIndex;
  /** Scratch for `fillClasses`: the level part by adept level index + 1, the fields part by class. */
  private readonly levelByIndex = new Float64Array(EDUCATION_LEVELS.length + 1);
  private readonly fieldsByClass: Float64Array;
  readonly rowClasses: RowClasses;
  /** Per row class its level's place in `levelByIndex` and its class of fields. */
  private readonly classLevel: Int32Array;
  private readonly classFields: Int32Array;

  constructor(
    mentors: readonly EducationPerson[],
    adepts: readonly EducationPerson[],
    ctx: CriteriaContext,
  ) {
    const key = ctx.key ?? memoNormalizeKey();
    this.direction = ctx.criteria.educationDirection;
    // Filled by loops: a helper taking any typed array and a callback made every store and call
    // there the slow generic kind (1.8 % of a 500 + 500 match).
    this.mentorLevel = new Int8Array(mentors.length);
    for (let i = 0; i < mentors.length; i++)
      this.mentorLevel[i] = educationLevelIndex(mentors[i]!.education?.level);
    this.adeptLevel = new Int8Array(adepts.length);
    for (let j = 0; j < adepts.length; j++)
      this.adeptLevel[j] = educationLevelIndex(adepts[j]!.education?.level);
    this.fields = new CrossIndex(
      mentors.map((m) => keyList(m.education?.fields, key)),
      adepts.map((a) => keyList(a.education?.fields, key)),
    );
    this.fieldsByClass = new Float64Array(this.fields.classAdept.length);
    const levelOf = new Int32Array(adepts.length);
    for (let j = 0; j < adepts.length; j++) levelOf[j] = this.adeptLevel[j]! + 1;
    const joint = jointClasses(
      adepts.length,
      [levelOf, this.fields.adeptClass],
      [this.levelByIndex.length, this.fields.classAdept.length],
    );
    const first = joint.first;
    this.rowClasses = { of: joint.of, count: first.length };
    this.classLevel = gather(levelOf, first);
    this.classFields = gather(this.fields.adeptClass, first);
  }

  /**
   * `weight * score` per row class (see `PairScorer.fillClasses`), scoring each part once per
   * level and once per class of adepts with the same fields.
   */
  fillClasses(mentor: number, weight: number, table: Float64Array): void {
    const byLevel = this.levelByIndex;
    const ml = this.mentorLevel[mentor]!;
    for (let i = 0; i < byLevel.length; i++) byLevel[i] = educationLevelPart(ml, i - 1);
    const byClass = this.fieldsByClass;
    // `fieldsPart` per class.
    const ms = this.fields.mentorSize[mentor]!;
    const covered = this.fields.coverClasses(mentor);
    const sizes = this.fields.classSize;
    for (let c = 0; c < byClass.length; c++) {
      byClass[c] = educationFieldsPart(covered[c]!, ms, sizes[c]!, this.direction);
    }
    const classLevel = this.classLevel;
    const classFields = this.classFields;
    for (let k = 0; k < classLevel.length; k++) {
      table[k] = weight * educationFromParts(byLevel[classLevel[k]!]!, byClass[classFields[k]!]!);
    }
  }

  private fieldsPart(mentor: number, adept: number): number {
    const f = this.fields;
    const covered = f.covered(mentor, adept);
    return educationFieldsPart(covered, f.mentorSize[mentor]!, f.adeptSize[adept]!, this.direction);
  }

  score(mentor: number, adept: number): number {
    const level = educationLevelPart(this.mentorLevel[mentor]!, this.adeptLevel[adept]!);
    return educationFromParts(level, this.fieldsPart(mentor, adept));
  }
}
