/**
 * Public types of sessions: a cohort plus every decision a coordinator made by hand on the
 * coordinator's page (or anywhere else), saved as one JSON file that the page and the CLI load
 * again and that reproduces the same plan.
 */
import type { CohortInput } from "../schema/cohort.js";
import type {
  MatchOptions,
  ObjectiveChoice,
  PairRule,
  RuleMode,
  ScoredCriterion,
} from "../types.js";

/**
 * The version of the session format this library writes and reads.
 *
 * @example
 * const session: Session = { mentorpair: "session", version: SESSION_VERSION, cohort, decisions: [] };
 */
export const SESSION_VERSION = 1;

/**
 * A pair named by a decision: a mentor id and an adept id of the cohort (compared as everywhere
 * in the library: trimmed, NFC, case-insensitive).
 *
 * @example
 * const pair: DecisionPair = { mentor: "M02", adept: "A05" };
 */
export interface DecisionPair {
  readonly mentor: string;
  readonly adept: string;
}

/**
 * One decision made by hand, with the coordinator's reason. Decisions apply in order:
 *
 * - `lock`: the pair is always kept (added to the cohort's `locked`).
 * - `unlock`: a locked pair (from the cohort or an earlier decision) is no longer kept.
 * - `forbid`: the pair is never formed (added to the cohort's `exclusions` with `reason`, which
 *   is required and not blank).
 * - `allow`: a forbidden pair (from the cohort or an earlier decision) may be formed again.
 * - `rule`: a pairing rule is set to `hard`, `soft` or `off`.
 * - `weight`: a criterion's weight is set (a number >= 0; 0 removes the criterion).
 * - `objective`: the last level of the objective is set to `total`, `fair` or `stable`.
 *
 * `reason` is optional except for `forbid`; it is kept in the session and shown in the report.
 *
 * @example
 * const d: Decision = { kind: "forbid", mentor: "M05", adept: "A03", reason: "same line of reporting" };
 */
export type Decision =
  | (DecisionPair & { readonly kind: "lock"; readonly reason?: string })
  | (DecisionPair & { readonly kind: "unlock"; readonly reason?: string })
  | (DecisionPair & { readonly kind: "forbid"; readonly reason: string })
  | (DecisionPair & { readonly kind: "allow"; readonly reason?: string })
  | {
      readonly kind: "rule";
      readonly rule: PairRule;
      readonly mode: RuleMode;
      readonly reason?: string;
    }
  | {
      readonly kind: "weight";
      readonly criterion: ScoredCriterion;
      readonly weight: number;
      readonly reason?: string;
    }
  | { readonly kind: "objective"; readonly objective: ObjectiveChoice; readonly reason?: string };

/**
 * The kind of a decision.
 *
 * @example
 * const kind: DecisionKind = "lock";
 */
export type DecisionKind = Decision["kind"];

/**
 * A saved session: the cohort as it was read (the canonical JSON input), the options it was
 * matched with before any decision, and every decision made by hand, in order. Plain JSON:
 * `JSON.stringify(session)` is the file (by convention named `*.session.json`).
 *
 * @example
 * const session: Session = {
 *   mentorpair: "session",
 *   version: 1,
 *   cohort,
 *   options: { rules: { differentSector: "soft" } },
 *   decisions: [{ kind: "lock", mentor: "M02", adept: "A05", reason: "agreed at the kick-off" }],
 * };
 */
export interface Session {
  /** Marks the file as a mentorpair session. */
  readonly mentorpair: "session";
  /** The format's version, `SESSION_VERSION`. */
  readonly version: typeof SESSION_VERSION;
  /** The cohort before any decision. */
  readonly cohort: CohortInput;
  /** The options before any decision. The default value is `{}`. */
  readonly options?: MatchOptions;
  /** The decisions made by hand, in the order they were made. */
  readonly decisions: readonly Decision[];
}

/**
 * What a session stands for: the cohort and the options with every decision applied, ready for
 * `match`, `explainPair`, `alternatives` and `renderReport`.
 *
 * @example
 * const { cohort, options } = sessionToCohort(session);
 * const result = match(cohort, options);
 */
export interface AppliedSession {
  readonly cohort: CohortInput;
  readonly options: MatchOptions;
}
