/**
 * The messages between the page and its engine worker: plain, structured-clonable data. The
 * worker runs the library (readers, match, explanations, exports); the page only shows.
 */
import {
  type AdeptAlternatives,
  type CohortInput,
  CRITERIA,
  type Decision,
  type MatchOptions,
  type MatchResult,
  type ObjectiveChoice,
  type PairExplanation,
  type PairRule,
  type RuleMode,
  type ScoredCriterion,
  type Session,
  type Weights,
} from "../src/index.js";

export type Lang = "sv" | "en";

/** The criteria a result scores: the six, and preference when someone gave preferences. */
export const criteriaOf = (weights: Weights): readonly ScoredCriterion[] =>
  weights.preference === undefined ? CRITERIA : [...CRITERIA, "preference"];

/** A text in both languages, so switching language needs no round trip. */
export interface Texts {
  readonly en: string;
  readonly sv: string;
}

export interface FileIn {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What was loaded: a cohort read from spreadsheets, or a saved session. */
export interface Loaded {
  readonly files: readonly string[];
  readonly input: CohortInput;
  readonly options: MatchOptions;
  readonly decisions: readonly Decision[];
  /** The weights, pairing rules and objective before any decision, defaults filled in. */
  readonly base: Settings;
  readonly mentors: number;
  readonly adepts: number;
  /** Someone gave preferences: the page then offers the objective "stable". */
  readonly ranked: boolean;
}

/** What the page's controls set. */
export interface Settings {
  readonly weights: Weights;
  readonly rules: Readonly<Record<PairRule, RuleMode>>;
  readonly objective: ObjectiveChoice;
}

export interface ReadValue {
  /** Problems that stop matching, each located in the files (empty when `loaded` is set). */
  readonly issues: readonly Texts[];
  readonly warnings: readonly Texts[];
  /** People who cannot take part, and why. */
  readonly ineligible: readonly Texts[];
  readonly loaded?: Loaded;
}

/** Every pair's score, mentors (rows) by adepts (columns), both sorted by id. */
export interface Heat {
  readonly mentorIds: readonly string[];
  readonly adeptIds: readonly string[];
  /** `cells[m * adeptIds.length + a]`: the score x 100 rounded, or `NOT_ALLOWED`. */
  readonly cells: Uint16Array;
}

/** A heat-map cell whose pair the rules do not allow. */
export const NOT_ALLOWED = 0xffff;

export interface Reasons {
  readonly lang: Lang;
  readonly summary: string;
  readonly unmatched: readonly { readonly id: string; readonly text: string }[];
  readonly spare: readonly { readonly id: string; readonly text: string }[];
}

/**
 * A solve's first answer, sent as soon as the plan is known: the result and the reasons said
 * without the cohort (quick; Swedish reasons then carry the library's English detail). The page
 * shows the plan at once; the heat map and the full reasons follow in `Solved`.
 */
export interface PlanFirst {
  readonly result: MatchResult;
  readonly reasons: Reasons;
  /** Milliseconds the worker spent until the plan was known (all of it, in `Solved`). */
  readonly ms: number;
}

export interface Solved extends PlanFirst {
  readonly heat: Heat;
}

export interface ExportValue {
  readonly name: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

export type Request =
  | { readonly type: "read"; readonly files: readonly FileIn[] }
  | { readonly type: "solve"; readonly session: Session; readonly lang: Lang }
  | { readonly type: "reasons"; readonly lang: Lang }
  | {
      readonly type: "explainPair";
      readonly session: Session;
      readonly mentor: string;
      readonly adept: string;
      readonly lang: Lang;
    }
  | { readonly type: "alternatives"; readonly session: Session }
  | {
      readonly type: "export";
      readonly what: "xlsx" | "csv" | "report";
      readonly lang: Lang;
      readonly title: string;
      readonly session: Session;
    };

/** What each request answers. */
export interface Answers {
  read: ReadValue;
  solve: Solved;
  reasons: Reasons;
  explainPair: PairExplanation;
  alternatives: readonly AdeptAlternatives[] | null;
  export: ExportValue;
}

/** The stages of a long request, for the progress bar. */
export type Stage = "read" | "check" | "match" | "heat" | "reasons" | "explain" | "export";

export type Failure =
  /** The cohort (with the decisions) is not valid: each problem in both languages. */
  | { readonly kind: "cohort"; readonly issues: readonly Texts[] }
  /** Anything else, in the library's words. */
  | { readonly kind: "error"; readonly message: string };

export type Reply =
  | {
      readonly id: number;
      readonly type: "progress";
      readonly stage: Stage;
      readonly fraction: number;
    }
  | { readonly id: number; readonly type: "plan"; readonly value: PlanFirst }
  | { readonly id: number; readonly type: "done"; readonly value: unknown }
  | { readonly id: number; readonly type: "failed"; readonly failure: Failure };

export interface Envelope {
  readonly id: number;
  readonly request: Request;
}

/** Most people per side for which alternatives are computed (as the report does). */
export const ALTERNATIVES_MAX = 300;
