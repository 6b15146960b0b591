import { capacityReason, noAllowedAdeptReason, noAllowedMentorReason } from "../match/reasons.js";
import { reasonPhrases } from "../phrasebook/index.js";
import type { SpareCause, SpareMentor, UnmatchedAdept, UnmatchedCause } from "../types.js";
import { type CohortContext, idIndex } from "./context.js";
import type { Lang } from "./types.js";

/**
 * What `match`'s diagnosis adds for an unmatched adept: the short group it competes in, and the
 * single changes that would let it be matched too (or that none would). Empty when `match` did
 * not diagnose this adept.
 *
 * @example
 * diagnosisText(u, "en") // " A07 competes with A02 for 1 place (M03): one of them must stay without a mentor. ..."
 */
export function diagnosisText(u: UnmatchedAdept, lang: Lang): string {
  const words = reasonPhrases(lang);
  const parts: string[] = [];
  if (u.group !== undefined) parts.push(words.shortGroup(u.id, u.group));
  if (u.fixes !== undefined) {
    parts.push(
      words.fixes(
        u.id,
        u.fixes.map((f) => words.fix(f, u.id)),
      ),
    );
  }
  return parts.length === 0 ? "" : ` ${parts.join(" ")}`;
}

/**
 * The cause of an unmatched adept's reason: carried by the result, or (for a result that
 * carries none) worked out from the cohort when it is at hand, as `match` does.
 */
function unmatchedCause(
  u: UnmatchedAdept,
  ctx: CohortContext | undefined,
): UnmatchedCause | undefined {
  if (u.cause !== undefined) return u.cause;
  const j = ctx === undefined ? undefined : idIndex(ctx, "adept", u.id);
  if (ctx === undefined || j === undefined) return undefined;
  const { p } = ctx;
  switch (u.reason) {
    case "ineligible": {
      const facts = p.adeptIneligible[j];
      return facts === undefined ? undefined : { reason: "ineligible", ...facts };
    }
    case "no-allowed-mentor":
      return noAllowedMentorReason(p, j).cause;
    case "capacity":
      return capacityReason(p, j).cause;
  }
}

function spareCause(s: SpareMentor, ctx: CohortContext | undefined): SpareCause | undefined {
  if (s.cause !== undefined) return s.cause;
  const i = ctx === undefined ? undefined : idIndex(ctx, "mentor", s.id);
  if (ctx === undefined || i === undefined) return undefined;
  const { p } = ctx;
  switch (s.reason) {
    case undefined:
      return undefined;
    case "ineligible": {
      const facts = p.mentorIneligible[i];
      return facts === undefined ? undefined : { reason: "ineligible", ...facts };
    }
    case "no-allowed-adept":
      return noAllowedAdeptReason(p, i).cause;
    case "not-needed":
      return { reason: "not-needed" };
  }
}

/**
 * Why an adept is not matched, as sentences: the reason, then what `match`'s diagnosis found
 * (see `diagnosisText`). English uses the result's message. Other languages say it from the
 * facts the result carries (`cause`: eligibility, the rules that removed each mentor, the full
 * mentors); for a result without them, from the cohort when it is at hand; else the reason code
 * in that language, followed by the English message, so no information is lost.
 *
 * @example
 * unmatchedText({ id: "A07", reason: "capacity", message: "all 2 allowed mentors ..." }, "sv", undefined)
 * // "A07 har inte fått någon mentor eftersom alla tillåtna mentorer är fullbokade i den optimala planen (på engelska: all 2 allowed mentors ...)."
 */
export function unmatchedText(
  u: UnmatchedAdept,
  lang: Lang,
  ctx: CohortContext | undefined,
): string {
  const sentence = reasonPhrases(lang).unmatchedSentence(u, unmatchedCause(u, ctx));
  return sentence + diagnosisText(u, lang);
}

/**
 * Why a mentor has places left, as a sentence; as for `unmatchedText`.
 *
 * @example
 * spareText({ id: "M06", spare: 1, reason: "not-needed", message: "every adept ..." }, "en", undefined)
 * // "M06 has 1 place left: every adept ..."
 */
export function spareText(s: SpareMentor, lang: Lang, ctx: CohortContext | undefined): string {
  return reasonPhrases(lang).spareSentence(s, spareCause(s, ctx));
}
