import type { ExperienceFacts } from "../criterionFacts.js";
import type { Person } from "../schema/cohort.js";
import { normalizeKey } from "../util/normalize.js";
import { type CriteriaContext, NEUTRAL, type PairScorer } from "./context.js";
import {
  gather,
  jointClasses,
  type RowClasses,
  type ValueClasses,
  valueClasses,
} from "./groups.js";
import { countKeys, hasKey, keyList, memoNormalizeKey, pickSpellings } from "./keys.js";
import { CrossIndex, jaccard } from "./sets.js";

/**
 * The fields experience reads.
 *
 * @example
 * const p: ExperiencePerson = { managerYears: 12, sector: "Äldreomsorg", sectorExperience: ["Förskola"] };
 */
export type ExperiencePerson = Pick<Person, "managerYears" | "sector" | "sectorExperience">;

/**
 * Shares of the manager-years gap and of the work-life background within experience.
 *
 * @example
 * EXPERIENCE_SHARES.gap + EXPERIENCE_SHARES.background // 1
 */
export const EXPERIENCE_SHARES = Object.freeze({ gap: 0.7, background: 0.3 });

/**
 * The gap part: `clamp((mentorYears - adeptYears) / gapYears, 0, 1)`.
 *
 * @example
 * experienceGapPart(12, 3, 10) // 0.9
 */
export function experienceGapPart(
  mentorYears: number,
  adeptYears: number,
  gapYears: number,
): number {
  const gap = mentorYears - adeptYears;
  if (!(gap > 0)) return 0;
  if (!(gap < gapYears)) return 1;
  return gap / gapYears;
}

/**
 * Experience from its parts: `0.7 * gap + 0.3 * background`.
 *
 * @example
 * experienceFromParts(0.9, 0.5) // 0.78
 */
export function experienceFromParts(gap: number, background: number): number {
  return EXPERIENCE_SHARES.gap * gap + EXPERIENCE_SHARES.background * background;
}

/**
 * A person's sectors as keys (`sectorExperience` plus the current `sector`, normalised, the first
 * of equal keys kept): for profiles, no map per person.
 *
 * @example
 * sectorKeys({ sector: "Förskola", sectorExperience: ["Grundskola"] }) // ["grundskola", "förskola"]
 */
export function sectorKeys(
  person: Pick<Person, "sector" | "sectorExperience">,
  key?: (value: string) => string,
): string[] {
  return keyList(person.sectorExperience, key, person.sector);
}

/**
 * True when the person listed at least one sector in `sectorExperience`.
 *
 * @example
 * hasSectorExperience({ sectorExperience: [] }) // false
 */
export function hasSectorExperience(
  person: Pick<Person, "sectorExperience">,
  key?: (value: string) => string,
): boolean {
  return hasKey(person.sectorExperience, key);
}

/**
 * The facts behind experience for one pair (see `experienceScore`).
 *
 * @example
 * experienceFacts(mentor, adept, ctx).yearGap // 9
 */
export function experienceFacts(
  mentor: ExperiencePerson,
  adept: ExperiencePerson,
  ctx: CriteriaContext,
): ExperienceFacts {
  const gapPart = experienceGapPart(
    mentor.managerYears,
    adept.managerYears,
    ctx.criteria.experienceGapYears,
  );
  // Each person's sectors (`sectorExperience` then `sector`, as `sectorKeys` reads them) counted
  // and compared in place (keys.ts): no keyed list per person and pair.
  const key = ctx.key ?? normalizeKey;
  const sharedSectors = pickSpellings(
    adept.sectorExperience,
    adept.sector,
    undefined,
    mentor.sectorExperience,
    mentor.sector,
    true,
    key,
  );
  const missing: string[] = [];
  if (!hasSectorExperience(mentor, key)) missing.push("mentor.sectorExperience");
  if (!hasSectorExperience(adept, key)) missing.push("adept.sectorExperience");
  const backgroundPart =
    missing.length > 0
      ? NEUTRAL
      : 1 -
        jaccard(
          sharedSectors.length,
          countKeys(mentor.sectorExperience, key, mentor.sector),
          countKeys(adept.sectorExperience, key, adept.sector),
        );
  return {
    mentorYears: mentor.managerYears,
    adeptYears: adept.managerYears,
    yearGap: mentor.managerYears - adept.managerYears,
    gapPart,
    sharedSectors,
    backgroundPart,
    missing,
    score: experienceFromParts(gapPart, backgroundPart),
  };
}

/**
 * Experience: the mentor is clearly more experienced as a manager, and comes from a different
 * work-life background. `0.7 * gap + 0.3 * background`, where gap =
 * `clamp((mentor.managerYears - adept.managerYears) / experienceGapYears, 0, 1)` (default 10
 * years) and background = `1 - Jaccard` of the two people's sectors (`sectorExperience` plus the
 * current `sector`, normalised), or 0.5 when either has no `sectorExperience`.
 *
 * @example
 * experienceScore({ managerYears: 12, sector: "Skola" }, { managerYears: 3, sector: "Vård" }, ctx) // 0.78
 */
export function experienceScore(
  mentor: ExperiencePerson,
  adept: ExperiencePerson,
  ctx: CriteriaContext,
): number {
  return experienceFacts(mentor, adept, ctx).score;
}

/**
 * Experience for every pair of two lists, on precomputed profiles; scores are identical to
 * `experienceScore`.
 *
 * @example
 * new ExperienceProfiles(mentors, adepts, ctx).score(0, 1) === experienceScore(mentors[0], adepts[1], ctx) // true
 */
export class ExperienceProfiles implements PairScorer {
  private readonly gapYears: number;
  private readonly mentorYears: Float64Array;
  private readonly adeptYears: ValueClasses;
  /** 1 when the person has `sectorExperience`. */
  private readonly mentorKnown: Uint8Array;
  private readonly adeptKnown: Uint8Array;
  private readonly sectors: CrossIndex;
  readonly rowClasses: RowClasses;
  /**
   * Per row class its years' place in `gapByYears` and its place in `backgroundByClass`: its
   * class of sectors, or the one slot past them (neutral) for adepts without
   * `sectorExperience`.
   */
  private readonly classYears: Int32Array;
  private readonly classBackground: Int32Array;
  /** Scratch for `fillClasses`: the gap part per distinct adept years, the background per class. */
  private readonly gapByYears: Float64Array;
  private readonly backgroundByClass: Float64Array;

  constructor(
    mentors: readonly ExperiencePerson[],
    adepts: readonly ExperiencePerson[],
    ctx: CriteriaContext,
  ) {
    const key = ctx.key ?? memoNormalizeKey();
    this.gapYears = ctx.criteria.experienceGapYears;
    // Filled by loops: a helper taking any typed array and a callback made every store and call
    // there the slow generic kind (1.8 % of a 500 + 500 match).
    this.mentorYears = new Float64Array(mentors.length);
    for (let i = 0; i < mentors.length; i++) this.mentorYears[i] = mentors[i]!.managerYears;
    this.adeptYears = valueClasses(adepts.map((a) => a.managerYears));
    this.gapByYears = new Float64Array(this.adeptYears.values.length);
    this.mentorKnown = new Uint8Array(mentors.length);
    for (let i = 0; i < mentors.length; i++)
      this.mentorKnown[i] = hasSectorExperience(mentors[i]!, key) ? 1 : 0;
    this.adeptKnown = new Uint8Array(adepts.length);
    for (let j = 0; j < adepts.length; j++)
      this.adeptKnown[j] = hasSectorExperience(adepts[j]!, key) ? 1 : 0;
    this.sectors = new CrossIndex(
      mentors.map((m) => sectorKeys(m, key)),
      adepts.map((a) => sectorKeys(a, key)),
    );
    const sectorClasses = this.sectors.classAdept.length;
    const adeptClass = this.sectors.adeptClass;
    const background = new Int32Array(adepts.length);
    for (let j = 0; j < adepts.length; j++) {
      background[j] = this.adeptKnown[j] === 1 ? adeptClass[j]! : sectorClasses;
    }
    this.backgroundByClass = new Float64Array(sectorClasses + 1);
    const joint = jointClasses(
      adepts.length,
      [this.adeptYears.of, background],
      [this.adeptYears.values.length, sectorClasses + 1],
    );
    const first = joint.first;
    this.rowClasses = { of: joint.of, count: first.length };
    this.classYears = gather(this.adeptYears.of, first);
    this.classBackground = gather(background, first);
  }

  /**
   * `weight * score` per row class (see `PairScorer.fillClasses`): the gap once per distinct
   * adept years, the background once per class of adepts with the same sectors.
   */
  fillClasses(mentor: number, weight: number, table: Float64Array): void {
    const years = this.mentorYears[mentor]!;
    const gapByYears = this.gapByYears;
    const adeptYears = this.adeptYears.values;
    for (let c = 0; c < adeptYears.length; c++) {
      gapByYears[c] = experienceGapPart(years, adeptYears[c]!, this.gapYears);
    }
    const s = this.sectors;
    const byClass = this.backgroundByClass;
    // `background` per class: neutral without the mentor's sectorExperience, else 1 - Jaccard;
    // the last slot, for adepts without theirs, neutral.
    if (this.mentorKnown[mentor] !== 1) byClass.fill(+NEUTRAL);
    else {
      const covered = s.coverClasses(mentor);
      const ms = s.mentorSize[mentor]!;
      const sizes = s.classSize;
      const classes = byClass.length - 1;
      for (let c = 0; c < classes; c++) byClass[c] = 1 - jaccard(covered[c]!, ms, sizes[c]!);
      byClass[classes] = +NEUTRAL;
    }
    const classYears = this.classYears;
    const classBackground = this.classBackground;
    for (let k = 0; k < classYears.length; k++) {
      const gap = gapByYears[classYears[k]!]!;
      table[k] = weight * experienceFromParts(gap, byClass[classBackground[k]!]!);
    }
  }

  /** The background part: neutral unless both gave their `sectorExperience`. */
  private background(mentor: number, adept: number): number {
    if (this.mentorKnown[mentor] !== 1 || this.adeptKnown[adept] !== 1) return +NEUTRAL;
    const s = this.sectors;
    return 1 - jaccard(s.covered(mentor, adept), s.mentorSize[mentor]!, s.adeptSize[adept]!);
  }

  score(mentor: number, adept: number): number {
    const adeptYears = this.adeptYears.values[this.adeptYears.of[adept]!]!;
    const gap = experienceGapPart(this.mentorYears[mentor]!, adeptYears, this.gapYears);
    return experienceFromParts(gap, this.background(mentor, adept));
  }
}
