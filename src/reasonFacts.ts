/**
 * Reasons as data: the codes and facts a result carries for every reason it gives (why a pair
 * is blocked, why an adept is unmatched, why a mentor has places left, what cut a short group's
 * options). The phrasebooks say them in words; `types.ts` re-exports them as public types.
 * Plain, JSON-serialisable data; this file imports nothing, so anything may use it.
 */

/**
 * Why a person may not take part in their role, as facts: too few years as a manager, or
 * manager consent not confirmed (`missing`) or refused (`refused`: `managerConsent` is false).
 *
 * @example
 * const f: EligibilityFacts = { role: "adept", years: { has: 1, least: 2 } };
 */
export interface EligibilityFacts {
  readonly role: "mentor" | "adept";
  /** Years as a manager and the least the role needs, when too few. */
  readonly years?: { readonly has: number; readonly least: number };
  /** `missing`: consent not confirmed; `refused`: `managerConsent` is false. */
  readonly consent?: "missing" | "refused";
}

/**
 * One reason a pair may not be formed, as data: the rule (a code) and its facts. Eligibility
 * (of the mentor or the adept, with the eligibility facts), a hard pairing rule (the shared
 * municipality or sector), an exclusion (with its reason) or an earlier pairing (with its
 * cohort). Phrasebooks say it in words.
 *
 * @example
 * const b: Block = { rule: "differentMunicipality", place: "Borås" };
 */
export type Block =
  | ({ readonly rule: "mentorIneligible" } & EligibilityFacts)
  | ({ readonly rule: "adeptIneligible" } & EligibilityFacts)
  | { readonly rule: "differentMunicipality"; readonly place: string }
  | { readonly rule: "differentSector"; readonly sector: string }
  | { readonly rule: "differentWorkBackground" }
  | { readonly rule: "exclusion"; readonly reason?: string }
  | { readonly rule: "history"; readonly cohort?: string };

/**
 * A block as partners are grouped by it: eligibility without the person's own facts (one group
 * for every ineligible partner), any other block with its facts.
 *
 * @example
 * const g: GroupedBlock = { rule: "mentorIneligible" };
 */
export type GroupedBlock =
  | { readonly rule: "mentorIneligible" }
  | { readonly rule: "adeptIneligible" }
  | Exclude<Block, { readonly rule: "mentorIneligible" | "adeptIneligible" }>;

/**
 * Some ids and how many there are in all: at most the first 8 (in id order), as the messages
 * name them, so a result stays small when thousands of people share a reason.
 *
 * @example
 * const s: IdSample = { ids: ["M01", "M02"], count: 2 };
 */
export interface IdSample {
  /** The first ids, at most 8. */
  readonly ids: readonly string[];
  /** How many there are in all (`ids.length` when none is left out). */
  readonly count: number;
}

/**
 * Partners that one block keeps apart from a person, grouped by the block.
 *
 * @example
 * const g: BlockGroup = { rule: "differentMunicipality", place: "Borås", ids: ["M01", "M04"], count: 2 };
 */
export type BlockGroup = GroupedBlock & IdSample;

/**
 * Why an adept is not in a pair, as data: the reason code (as in `UnmatchedAdept.reason`) and
 * its facts. `ineligible`: the eligibility facts. `no-allowed-mentor`: how many mentors there
 * are and the blocks that removed them. `capacity`: the allowed mentors, all full.
 *
 * @example
 * const c: UnmatchedCause = { reason: "capacity", allowed: { ids: ["M03"], count: 1 } };
 */
export type UnmatchedCause =
  | ({ readonly reason: "ineligible" } & EligibilityFacts)
  | {
      readonly reason: "no-allowed-mentor";
      readonly mentors: number;
      readonly blocks: readonly BlockGroup[];
    }
  | { readonly reason: "capacity"; readonly allowed: IdSample };

/**
 * Why a mentor has places left, as data: the reason code (as in `SpareMentor.reason`) and its
 * facts. `ineligible`: the eligibility facts. `no-allowed-adept`: how many adepts there are and
 * the blocks that removed them. `not-needed`: no facts.
 *
 * @example
 * const c: SpareCause = { reason: "not-needed" };
 */
export type SpareCause =
  | ({ readonly reason: "ineligible" } & EligibilityFacts)
  | {
      readonly reason: "no-allowed-adept";
      readonly adepts: number;
      readonly blocks: readonly BlockGroup[];
    }
  | { readonly reason: "not-needed" };

/**
 * How many mentor options of a short group's adepts one kind of block removed.
 *
 * @example
 * const c: RuleCut = { rule: "differentMunicipality", removed: 5 };
 */
export interface RuleCut {
  readonly rule: Block["rule"];
  readonly removed: number;
}
