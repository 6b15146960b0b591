import type { SectorFacts } from "../criterionFacts.js";
import type { Person } from "../schema/cohort.js";
import { normalizeKey } from "../util/normalize.js";
import { type CriteriaContext, NEUTRAL, type PairScorer } from "./context.js";
import { hasSectorExperience, sectorKeys } from "./experience.js";
import { gather, jointClasses, type RowClasses } from "./groups.js";
import { countKeys, hasEntryKey, keyList, memoNormalizeKey, pickSpellings } from "./keys.js";
import { CrossIndex } from "./sets.js";

/**
 * The fields sector reads.
 *
 * @example
 * const p: SectorPerson = { sector: "Förskola", sectorExperience: ["Grundskola"] };
 */
export type SectorPerson = Pick<Person, "sector" | "sectorExperience">;

/**
 * The score when the mentor knows the adept's earlier sectors but not their current one.
 *
 * @example
 * sectorFromParts(false, true, 2, 2) === SECTOR_EARLIER_SHARE // true
 */
export const SECTOR_EARLIER_SHARE = 0.5;

/**
 * Sector from its parts: 1 when the mentor has worked in the adept's current sector; else 0.5 when
 * the mentor has no `sectorExperience`; else `0.5 * covered / earlier` (the share of the adept's
 * earlier sectors the mentor has worked in; 0 when the adept lists none).
 *
 * @example
 * sectorFromParts(false, true, 1, 2) // 0.25
 */
export function sectorFromParts(
  currentKnown: boolean,
  mentorHasExperience: boolean,
  earlierCovered: number,
  earlier: number,
): number {
  if (currentKnown) return 1;
  if (!mentorHasExperience) return +NEUTRAL;
  if (earlier === 0) return 0;
  return SECTOR_EARLIER_SHARE * (earlierCovered / earlier);
}

/**
 * The facts behind sector for one pair (see `sectorScore`).
 *
 * @example
 * sectorFacts({ sector: "Skola", sectorExperience: ["Vård"] }, { sector: "Vård" }, ctx).knowsCurrentSector // true
 */
export function sectorFacts(
  mentor: SectorPerson,
  adept: SectorPerson,
  ctx: CriteriaContext,
): SectorFacts {
  const key = ctx.key ?? normalizeKey;
  // The mentor's sectors (`sectorExperience` then `sector`) and the adept's earlier ones (their
  // `sectorExperience` without the current `sector`), counted and compared in place (keys.ts).
  const current = key(adept.sector);
  const knowsCurrentSector = hasEntryKey(mentor.sectorExperience, mentor.sector, current, key);
  const mentorHasExperience = hasSectorExperience(mentor, key);
  const sharedEarlierSectors = pickSpellings(
    adept.sectorExperience,
    undefined,
    current,
    mentor.sectorExperience,
    mentor.sector,
    true,
    key,
  );
  return {
    knowsCurrentSector,
    sharedEarlierSectors,
    missing: knowsCurrentSector || mentorHasExperience ? [] : ["mentor.sectorExperience"],
    score: sectorFromParts(
      knowsCurrentSector,
      mentorHasExperience,
      sharedEarlierSectors.length,
      countKeys(adept.sectorExperience, key, undefined, current),
    ),
  };
}

/**
 * Sector: the mentor's sector experience relates to the adept's current sector (they work in
 * different sectors now, so this rewards relevant background). The mentor's sectors are their
 * `sectorExperience` plus their current `sector`, normalised. 1 when they include the adept's
 * current sector; otherwise 0.5 when the mentor has no `sectorExperience`; otherwise half the
 * share of the adept's earlier sectors (`sectorExperience` without the current one) that the
 * mentor has worked in, 0 when the adept lists no earlier sector.
 *
 * @example
 * sectorScore({ sector: "Skola", sectorExperience: ["Vård"] }, { sector: "vård " }, ctx) // 1
 */
export function sectorScore(
  mentor: SectorPerson,
  adept: SectorPerson,
  ctx: CriteriaContext,
): number {
  return sectorFacts(mentor, adept, ctx).score;
}

/**
 * Sector for every pair of two lists, on precomputed profiles; scores are identical to
 * `sectorScore`.
 *
 * @example
 * new SectorProfiles(mentors, adepts, ctx).score(0, 1) === sectorScore(mentors[0], adepts[1], ctx) // true
 */
export class SectorProfiles implements PairScorer {
  /** 1 when the mentor has `sectorExperience`. */
  private readonly mentorKnown: Uint8Array;
  /** Whether the mentor's sectors hold the adept's current sector (an index of one item). */
  private readonly current: CrossIndex;
  private readonly earlier: CrossIndex;
  /** Scratch for `fillClasses`: the score per class of earlier sectors when the current is not known. */
  private readonly earlierByClass: Float64Array;
  readonly rowClasses: RowClasses;
  /** Per row class its class of current sector and of earlier sectors. */
  private readonly classCurrent: Int32Array;
  private readonly classEarlier: Int32Array;

  constructor(
    mentors: readonly SectorPerson[],
    adepts: readonly SectorPerson[],
    ctx: CriteriaContext,
  ) {
    const key = ctx.key ?? memoNormalizeKey();
    const mentorKeys = mentors.map((m) => sectorKeys(m, key));
    this.mentorKnown = new Uint8Array(mentors.length);
    for (let i = 0; i < mentors.length; i++)
      this.mentorKnown[i] = hasSectorExperience(mentors[i]!, key) ? 1 : 0;
    this.current = new CrossIndex(
      mentorKeys,
      adepts.map((a) => {
        const k = key(a.sector);
        return k === "" ? [] : [k];
      }),
    );
    this.earlier = new CrossIndex(
      mentorKeys,
      adepts.map((a) => {
        const current = key(a.sector);
        return keyList(a.sectorExperience, key, undefined, current);
      }),
    );
    this.earlierByClass = new Float64Array(this.earlier.classAdept.length);
    const joint = jointClasses(
      adepts.length,
      [this.current.adeptClass, this.earlier.adeptClass],
      [this.current.classAdept.length, this.earlier.classAdept.length],
    );
    const first = joint.first;
    this.rowClasses = { of: joint.of, count: first.length };
    this.classCurrent = gather(this.current.adeptClass, first);
    this.classEarlier = gather(this.earlier.adeptClass, first);
  }

  /**
   * `weight * score` per row class (see `PairScorer.fillClasses`), scoring once per class of
   * adepts with the same current sector and once per class with the same earlier sectors.
   */
  fillClasses(mentor: number, weight: number, table: Float64Array): void {
    const current = this.current;
    // Whether the mentor knows each class's current sector (one sector: covered is 0 or 1).
    const knows = current.coverClasses(mentor);
    const earlier = this.earlier;
    const byClass = this.earlierByClass;
    // `withoutCurrent` per class.
    if (this.mentorKnown[mentor] !== 1) byClass.fill(+NEUTRAL);
    else {
      const covered = earlier.coverClasses(mentor);
      const sizes = earlier.classSize;
      for (let c = 0; c < byClass.length; c++) {
        const size = sizes[c]!;
        byClass[c] = size === 0 ? 0 : sectorFromParts(false, true, covered[c]!, size);
      }
    }
    const classCurrent = this.classCurrent;
    const classEarlier = this.classEarlier;
    for (let k = 0; k < classCurrent.length; k++) {
      const score = knows[classCurrent[k]!] === 1 ? 1 : byClass[classEarlier[k]!]!;
      table[k] = weight * score;
    }
  }

  /** The score when the mentor has not worked in the adept's current sector. */
  private withoutCurrent(mentor: number, adept: number): number {
    if (this.mentorKnown[mentor] !== 1) return +NEUTRAL;
    const size = this.earlier.adeptSize[adept]!;
    return size === 0 ? 0 : sectorFromParts(false, true, this.earlier.covered(mentor, adept), size);
  }

  score(mentor: number, adept: number): number {
    return this.current.covered(mentor, adept) === 1 ? 1 : this.withoutCurrent(mentor, adept);
  }
}
