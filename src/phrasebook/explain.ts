import type {
  EducationLevel,
  LeadershipLevel,
  PreferenceFacts,
  ScoredCriterion,
  SolverInfo,
} from "../types.js";

/**
 * One language's words for `explain`, `explainPair` and the report: criteria and their facts,
 * pairs, plans and losses, the summary of a result. Each entry takes ids, numbers and lists and
 * returns words; which entry applies (all wishes met, some, none...) is decided by the caller
 * from the facts, once for every language. Numbers are formatted by the phrasebook itself.
 *
 * @example
 * EN_EXPLAIN.apart("M01", "A03", 39.2) // "M01 and A03 are 39 km apart"
 */
export interface ExplainPhrases {
  readonly criterionNames: Readonly<Record<ScoredCriterion, string>>;
  /** Education levels as a phrase after "has" / "har". */
  readonly educationLevels: Readonly<Record<EducationLevel, string>>;
  /** Leadership levels as a phrase after "at" / "som". */
  readonly leadershipLevels: Readonly<Record<LeadershipLevel, string>>;
  /** The solvers, as a phrase after "found with". */
  readonly solverNames: Readonly<Record<SolverInfo["name"], string>>;

  // Data scored neutrally.
  /** A person's municipality (`place`: as given, when known) is not in the table. */
  unknownLocation(id: string, place: string | undefined): string;
  /** Some fields (already in words) are missing for a person. */
  missingFor(fields: readonly string[], id: string): string;
  /** A criterion (by name) scored neutrally in full or in part; `groups`: what was missing. */
  neutral(level: "full" | "partial", name: string, groups: string): string;

  // Geography.
  /** A person placed by the point they gave rather than by their municipality. */
  givenLocation(id: string): string;
  bothIn(mentorId: string, adeptId: string, town: string): string;
  apart(mentor: string, adept: string, km: number): string;

  // Experience.
  years(
    mentorId: string,
    adeptId: string,
    f: { mentor: number; adept: number; gap: number },
  ): string;
  noSharedBackground(): string;
  sharedBackground(sectors: readonly string[]): string;

  // Education.
  bothEducated(level: EducationLevel): string;
  educated(
    mentorId: string,
    adeptId: string,
    mentor: EducationLevel,
    adept: EducationLevel,
  ): string;
  sharedFields(fields: readonly string[], complementary: boolean): string;
  differentFieldsPreferred(): string;
  noSharedFields(): string;

  // Wishes: `got` are the adept's wishes the mentor offers, `lacking` the others.
  textWishes(mentorId: string, adeptId: string, got: readonly string[], total: number): string;
  offersTheOne(mentorId: string, adeptId: string, got: readonly string[]): string;
  lacksTheOne(mentorId: string, adeptId: string, lacking: readonly string[]): string;
  offersAll(mentorId: string, adeptId: string, got: readonly string[]): string;
  offersNone(mentorId: string, adeptId: string, lacking: readonly string[]): string;
  offersSome(
    mentorId: string,
    adeptId: string,
    got: readonly string[],
    lacking: readonly string[],
  ): string;

  // Leadership.
  bothLead(level: LeadershipLevel): string;
  lead(mentorId: string, adeptId: string, mentor: LeadershipLevel, adept: LeadershipLevel): string;
  staff(mentorId: string, adeptId: string, mentor: number, adept: number): string;
  allAreas(mentorId: string, adeptId: string, got: readonly string[]): string;
  noAreas(mentorId: string, adeptId: string, lacking: readonly string[]): string;
  someAreas(
    mentorId: string,
    adeptId: string,
    got: readonly string[],
    lacking: readonly string[],
  ): string;

  // Sector experience; `sector`: the adept's, when known.
  knowsSector(mentorId: string, adeptId: string, sector: string | undefined): string;
  earlierSectors(
    mentorId: string,
    adeptId: string,
    sector: string | undefined,
    shared: readonly string[],
  ): string;
  noSector(mentorId: string, adeptId: string, sector: string | undefined): string;

  // A pair.
  /** "M01 and A03 (locked in advance): 78.5 of 100." */
  pairHead(mentorId: string, adeptId: string, locked: boolean, score: number): string;
  /** "78.5 of 100" */
  score(score: number): string;
  /** "The strongest criterion is wishes (100%)" */
  ranked(label: "strongest" | "weakest", name: string, score: number): string;
  /** The soft rules (named, with their facts) a pair breaks, as a sentence. */
  softRules(named: readonly string[]): string;
  /** The preference criterion of a pair: where each side ranked the other, out of how many. */
  preference(mentorId: string, adeptId: string, f: PreferenceFacts): string;

  // Where a pair stands in the plan.
  chosen(locked: boolean): string;
  blocked(why: readonly string[]): string;
  lockedTo(mentorId: string, adeptId: string, lockedToId: string): string;
  placesLocked(mentorId: string): string;
  planLeaves(adeptId: string): string;
  planGives(adeptId: string, mentorId: string): string;
  /** What forcing the pair would do: the loss phrases (`loss`), or nothing at all. */
  forcing(loss: readonly string[]): string;

  // A loss, as verb phrases and in a table cell.
  leaveUnmatched(n: number): string;
  breakSoft(n: number): string;
  weakestBy(points: number): string;
  totalBy(points: number): string;
  lossCell(loss: {
    matched: number;
    softViolations: number;
    weakestScore: number;
    totalScore: number;
  }): string;

  // The summary of a result.
  matched(o: {
    matched: number;
    adepts: number;
    pairs: number;
    total: number;
    mean: number;
  }): string;
  lockedPairs(n: number): string;
  softTimes(n: number): string;
  fairWeakest(score: number): string;
  foundWith(solver: SolverInfo["name"]): string;
  notProven(): string;
  proven(soft: boolean, fair: boolean): string;
  neutralFields(n: number): string;
  /** Objective "stable": how the plan was found, checked and proven. */
  stableFound(): string;
  /**
   * Stability (when anyone gave preferences, or with objective "stable"): `blocking` are the
   * plan's blocking pairs as "M/A" (at most five, `more` beyond), `before` (objective "stable")
   * those of the default plan, `price` what stability cost in points.
   */
  stability(f: StabilityFacts): string;
}

/**
 * A blocking pair's ids, printable.
 *
 * @example
 * const b: BlockingIds = { mentor: "M02", adept: "A04" };
 */
export interface BlockingIds {
  readonly mentor: string;
  readonly adept: string;
}

/**
 * What the summary says about stability.
 *
 * @example
 * const f: StabilityFacts = { stableObjective: true, blocking: [], more: 0, before: [{ mentor: "M02", adept: "A04" }], beforeMore: 0, price: 3.25 };
 */
export interface StabilityFacts {
  readonly stableObjective: boolean;
  /** The first blocking pairs, ids made printable; `more` counts the rest. */
  readonly blocking: readonly BlockingIds[];
  readonly more: number;
  readonly before?: readonly BlockingIds[];
  readonly beforeMore?: number;
  readonly price?: number;
}
