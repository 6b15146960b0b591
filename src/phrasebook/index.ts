import { EN_ISSUES } from "./en.js";
import { EN_EXPLAIN } from "./explain.en.js";
import type { ExplainPhrases } from "./explain.js";
import { SV_EXPLAIN } from "./explain.sv.js";
import type { IssueCode, IssueFacts, IssuePhrases } from "./issues.js";
import { EN_REASONS } from "./reasons.en.js";
import type { ReasonPhrases } from "./reasons.js";
import { SV_REASONS } from "./reasons.sv.js";
import { SV_ISSUES } from "./sv.js";
import type { Lang } from "./words.js";

export type { ExplainPhrases } from "./explain.js";
export type { IssueCode, IssueFacts } from "./issues.js";
export type { FixFacts, ReasonCode, ReasonPhrases } from "./reasons.js";
export type { Lang } from "./words.js";

const ISSUES: Readonly<Record<Lang, IssuePhrases>> = { en: EN_ISSUES, sv: SV_ISSUES };
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
 * An issue's code, its facts and its English message, made in one step so the words come from
 * the phrasebook (and any language can say it again from the facts).
 *
 * @example
 * issueOf("not_a_number", { cell: "tio" }) // { code: "not_a_number", params: { cell: "tio" }, message: '"tio" is not a number' }
 */
export function issueOf<C extends IssueCode>(
  code: C,
  facts: IssueFacts[C],
): { readonly code: C; readonly message: string; readonly params: IssueFacts[C] } {
  return { code, message: (EN_ISSUES[code] as (f: IssueFacts[C]) => string)(facts), params: facts };
}

/**
 * An issue in a language: from its code and facts when the phrasebook knows the code, else its
 * own (English) message.
 *
 * @example
 * issueText({ code: "not_a_number", params: { cell: "tio" }, message: "..." }, "sv") // '"tio" är inget tal'
 */
export function issueText(
  issue: { readonly code: string; readonly message: string; readonly params?: object },
  lang: Lang,
): string {
  const say = ISSUES[lang][issue.code as IssueCode] as ((f: object) => string) | undefined;
  if (lang === "en" || say === undefined || issue.params === undefined) return issue.message;
  return say(issue.params);
}
