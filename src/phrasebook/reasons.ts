import type {
  Block,
  EligibilityFacts,
  Fix,
  GroupedBlock,
  PairRule,
  RuleCut,
  RuleMode,
  ShortGroup,
  SpareCause,
  SpareMentor,
  UnmatchedAdept,
  UnmatchedCause,
} from "../types.js";

/**
 * The codes of every reason the library gives: the blocks that keep a pair apart (`Block`),
 * why an adept is unmatched (`UnmatchedCause`) and why a mentor has places left (`SpareCause`).
 * A typed union, like `IssueCode`, so a phrasebook that misses one does not compile.
 *
 * @example
 * const code: ReasonCode = "differentMunicipality";
 */
export type ReasonCode = Block["rule"] | UnmatchedCause["reason"] | SpareCause["reason"];

/**
 * A fix as data: what to change and for whom (the adept is the one the fix is for).
 *
 * @example
 * const f: FixFacts = { kind: "raise-capacity", mentorId: "M03" };
 */
export type FixFacts = Pick<Fix, "kind" | "mentorId" | "rule">;

/**
 * One language's words for the reasons of a result: blocks, unmatched adepts, spare mentors,
 * short groups and fixes. Each entry takes a reason's code and facts and returns words; nothing
 * reads words back. English also makes the result's own `message` fields (`unmatched`, `spare`,
 * `block`, `cut`, `fix`, `eligibility`), so those stay as they were.
 *
 * @example
 * EN_REASONS.block({ rule: "differentMunicipality", place: "Borås" }) // "both in Borås"
 */
export interface ReasonPhrases {
  /** The pairing rules by name: "different municipalities". */
  readonly ruleNames: Readonly<Record<PairRule, string>>;
  /** Rule modes in words: "hard (never broken)". */
  readonly ruleModeNames: Readonly<Record<RuleMode, string>>;
  /** Why a person may not take part: "1 years as a manager; adepts need at least 2". */
  eligibility(f: EligibilityFacts): string;
  /** One block, short: "both in Borås", "excluded (jäv)". */
  block(b: Block): string;
  /** One block with its rule named, for a sentence about one pair. */
  blockNamed(b: Block): string;
  /** What partners grouped under one block have in common: "ineligible", "both in Borås". */
  blockGroup(g: GroupedBlock): string;
  /** What cut a short group's options: "options removed: same municipality 5, exclusion 2". */
  cut(cut: readonly RuleCut[]): string;
  /** One fix for adept `adeptId`: "give M03 one more place". */
  fix(f: FixFacts, adeptId: string): string;
  /** Why an adept is unmatched, without naming the adept (English: the result's `message`). */
  unmatched(cause: UnmatchedCause, adeptId: string): string;
  /** Why a mentor has places left, without naming the mentor (English: the `message`). */
  spare(cause: SpareCause, mentorId: string): string;
  /**
   * Why an adept is unmatched, as a sentence naming the adept: from `cause` when it is known,
   * else from the reason code and the result's English `message`.
   */
  unmatchedSentence(
    u: Pick<UnmatchedAdept, "id" | "reason" | "message">,
    cause: UnmatchedCause | undefined,
  ): string;
  /** Why a mentor has places left, as a sentence; as `unmatchedSentence`. */
  spareSentence(
    s: Pick<SpareMentor, "id" | "spare" | "reason" | "message">,
    cause: SpareCause | undefined,
  ): string;
  /** The adept competes with the others of its short group for too few places. */
  shortGroup(adeptId: string, group: Pick<ShortGroup, "adepts" | "mentors" | "places">): string;
  /** Each of these fixes (already in words, joined) would let the adept be matched. */
  fixes(adeptId: string, fixes: readonly string[]): string;
}
