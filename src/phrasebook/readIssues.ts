/**
 * Every input issue, the readers' included, in English and Swedish: what `mentorpair/io`, the
 * CLI and the page say. Kept out of `./index.ts` so the core's bundle carries only the words
 * for the cohort's own issues.
 */
import { EN_COHORT_ISSUES } from "./en.js";
import { EN_READ_ISSUES } from "./en.read.js";
import type { IssueCode, IssueFacts, IssuePhrases } from "./issues.js";
import { SV_ISSUES } from "./sv.js";
import type { Lang } from "./words.js";

const EN_ISSUES: IssuePhrases = { ...EN_READ_ISSUES, ...EN_COHORT_ISSUES };
const ISSUES: Readonly<Record<Lang, IssuePhrases>> = { en: EN_ISSUES, sv: SV_ISSUES };

/**
 * Any input issue (a file's, a column's, a cell's or the cohort's) with its code, its facts and
 * its English message.
 *
 * @example
 * readIssueOf("not_a_number", { cell: "tio" }) // { code: "not_a_number", params: { cell: "tio" }, message: '"tio" is not a number' }
 */
export function readIssueOf<C extends IssueCode>(
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
