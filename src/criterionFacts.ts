/**
 * The facts behind each criterion of a pair, as plain, JSON-serialisable data (what `explain`
 * and the report say in words). Types only; `types.ts` re-exports them as public types, and
 * the criteria (`criteria/*.ts`) fill them in.
 */
import type { EducationLevel, LeadershipLevel, ResolvedCriteriaOptions } from "./types.js";

/**
 * Where a person's point came from: their own `location` or their municipality's point.
 *
 * @example
 * personPoint({ municipality: "Mark" }, table)?.source // "municipality"
 */
export type PointSource = "location" | "municipality";

/**
 * How wishes compared a pair: `"tags"` when both gave tags, `"text"` when not but both gave some
 * words (tags or free text), `"none"` (neutral 0.5) otherwise.
 *
 * @example
 * wishesFacts({ offerText: "coaching" }, { wishes: ["coaching"] }, ctx).mode // "text"
 */
export type WishesMode = "tags" | "text" | "none";

/**
 * The facts behind each criterion of one pair: plain, JSON-serialisable data for `explain`.
 *
 * @example
 * const facts: CriterionFacts = criterionFacts(mentor, adept, ctx);
 * facts.wishes.matched // ["delegation"]
 */
export interface CriterionFacts {
  readonly geography: GeographyFacts;
  readonly experience: ExperienceFacts;
  readonly education: EducationFacts;
  readonly wishes: WishesFacts;
  readonly leadership: LeadershipFacts;
  readonly sector: SectorFacts;
  /** Only when someone in the cohort gave preferences. */
  readonly preference?: PreferenceFacts;
}

/**
 * The ranks behind the preference criterion: where each side put the other (1 = first), out of
 * how many names. `score` is `0.5 + (v_adept + v_mentor) / 4`, each side's `v` being
 * `(listed - rank + 1) / listed` when it ranked the other, else 0.
 *
 * @example
 * const f: PreferenceFacts = { score: 0.75, adeptRank: 1, adeptListed: 3, mentorRank: null, mentorListed: 0 };
 */
export interface PreferenceFacts {
  readonly score: number;
  /** Where the adept put this mentor, or null when not on the adept's list. */
  readonly adeptRank: number | null;
  /** How many mentors the adept ranked. */
  readonly adeptListed: number;
  /** Where the mentor put this adept, or null when not on the mentor's list. */
  readonly mentorRank: number | null;
  /** How many adepts the mentor ranked. */
  readonly mentorListed: number;
}

/**
 * What geography found for one pair.
 *
 * @example
 * geographyFacts(mentor, adept, ctx) // { km: 29.2, mentorPoint: "municipality", adeptPoint: "municipality", missing: [], score: 0.79 }
 */
export interface GeographyFacts {
  /** Great-circle distance between the two points, or `null` when a point is unknown. */
  readonly km: number | null;
  readonly mentorPoint: PointSource | null;
  readonly adeptPoint: PointSource | null;
  /** Fields whose absence made the score neutral. */
  readonly missing: readonly string[];
  readonly score: number;
}

/**
 * What experience found for one pair.
 *
 * @example
 * experienceFacts(mentor, adept, ctx) // { yearGap: 9, gapPart: 0.9, sharedSectors: [], backgroundPart: 1, ... }
 */
export interface ExperienceFacts {
  readonly mentorYears: number;
  readonly adeptYears: number;
  /** `mentor.managerYears - adept.managerYears` (may be negative). */
  readonly yearGap: number;
  readonly gapPart: number;
  /** Sectors both have worked in (the adept's spelling). */
  readonly sharedSectors: readonly string[];
  /** `1 - Jaccard` of the two sets of sectors, or 0.5 when either lacks `sectorExperience`. */
  readonly backgroundPart: number;
  /** Fields whose absence made a part neutral. */
  readonly missing: readonly string[];
  readonly score: number;
}

/**
 * What education found for one pair.
 *
 * @example
 * educationFacts(mentor, adept, ctx) // { mentorLevel: "master", adeptLevel: "bachelor", levelGap: 1, ... }
 */
export interface EducationFacts {
  readonly mentorLevel: EducationLevel | null;
  readonly adeptLevel: EducationLevel | null;
  /** Mentor's level index minus the adept's, or `null` when either is missing. */
  readonly levelGap: number | null;
  readonly levelPart: number;
  /** Fields both studied (the adept's spelling). */
  readonly sharedFields: readonly string[];
  readonly direction: ResolvedCriteriaOptions["educationDirection"];
  readonly fieldsPart: number;
  /** Fields whose absence made a part neutral. */
  readonly missing: readonly string[];
  readonly score: number;
}

/**
 * What wishes found for one pair.
 *
 * @example
 * wishesFacts(mentor, adept, ctx) // { mode: "tags", matched: ["delegation"], unmatched: ["network"], missing: [], score: 0.5 }
 */
export interface WishesFacts {
  readonly mode: WishesMode;
  /**
   * What the adept wants that the mentor offers: the adept's tags (their spelling) in `"tags"`
   * mode, the adept's words (lower case, one per distinct term) in `"text"` mode.
   */
  readonly matched: readonly string[];
  /** What the adept wants that the mentor does not offer, in the same form. */
  readonly unmatched: readonly string[];
  /** Fields whose absence made the score neutral. */
  readonly missing: readonly string[];
  readonly score: number;
}

/**
 * What leadership found for one pair.
 *
 * @example
 * leadershipFacts(mentor, adept, ctx).missingAreas // ["budget"]
 */
export interface LeadershipFacts {
  readonly mentorLevel: LeadershipLevel | null;
  readonly adeptLevel: LeadershipLevel | null;
  readonly levelPart: number;
  readonly mentorStaff: number | null;
  readonly adeptStaff: number | null;
  readonly staffPart: number;
  /** Areas the adept wants to develop that the mentor has led in (the adept's spelling). */
  readonly sharedAreas: readonly string[];
  /** Areas the adept wants to develop that the mentor has not listed. */
  readonly missingAreas: readonly string[];
  readonly areasPart: number;
  /** Fields whose absence made a part neutral. */
  readonly missing: readonly string[];
  readonly score: number;
}

/**
 * What sector found for one pair.
 *
 * @example
 * sectorFacts(mentor, adept, ctx) // { knowsCurrentSector: false, sharedEarlierSectors: ["Förskola"], missing: [], score: 0.5 }
 */
export interface SectorFacts {
  /** The mentor has worked in the adept's current sector. */
  readonly knowsCurrentSector: boolean;
  /** The adept's earlier sectors the mentor has also worked in (the adept's spelling). */
  readonly sharedEarlierSectors: readonly string[];
  /** Fields whose absence made the score neutral. */
  readonly missing: readonly string[];
  readonly score: number;
}
