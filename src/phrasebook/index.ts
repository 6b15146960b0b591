import { EN_COHORT_ISSUES } from "./en.js";
import { EN_EXPLAIN } from "./explain.en.js";
import type { ExplainPhrases } from "./explain.js";
import { SV_EXPLAIN } from "./explain.sv.js";
import type { CohortIssueCode, IssueFacts } from "./issues.js";
import { EN_REASONS } from "./reasons.en.js";
import type { ReasonPhrases } from "./reasons.js";
import { SV_REASONS } from "./reasons.sv.js";
import type { Lang } from "./words.js";

export type { ExplainPhrases } from "./explain.js";
export type { CohortIssueCode, IssueCode, IssueFacts } from "./issues.js";
export type { FixFacts, ReasonCode, ReasonPhrases } from "./reasons.js";
export type { Lang } from "./words.js";

const REASONS: Readonly<Record<Lang, ReasonPhrases>> = { en: EN_REASONS, sv: SV_REASONS };
const EXPLAIN: Readonly<Record<Lang, ExplainPhrases>> = { en: EN_EXPLAIN, sv: SV_EXPLAIN };

/**
 * One language's words for explanations and the report (criteria, pairs, plans, summaries).
 *
 * @example
 * explainPhrases("sv").score(78.45) // "78,5 av 100"
 */
export function explainPhrases(lang: Lang): ExplainPhrases {
  return EXPLAIN[lang];
}

/**
 * One language's words for reasons (blocks, unmatched adepts, spare mentors, groups, fixes).
 *
 * @example
 * reasonPhrases("sv").fix({ kind: "raise-capacity", mentorId: "M03" }, "A07") // "ge M03 en plats till"
 */
export function reasonPhrases(lang: Lang): ReasonPhrases {
  return REASONS[lang];
}

/**
 * An issue of the cohort itself with its code, its facts and its English message, made in one
 * step so the words come from the phrasebook (and any language can say it again from the facts).
 * The readers' issues (files, columns, cells) are made by `readIssueOf` (`./readIssues.ts`), so
 * the core does not carry their words.
 *
 * @example
 * issueOf("unknown_id", { role: "mentor", id: "M9", otherRole: false }) // { code: "unknown_id", params: {...}, message: 'no mentor with id "M9"' }
 */
export function issueOf<C extends CohortIssueCode>(
  code: C,
  facts: IssueFacts[C],
): { readonly code: C; readonly message: string; readonly params: IssueFacts[C] } {
  return {
    code,
    message: (EN_COHORT_ISSUES[code] as (f: IssueFacts[C]) => string)(facts),
    params: facts,
  };
}
