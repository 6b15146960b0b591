import { explainPhrases, reasonPhrases } from "../phrasebook/index.js";
import type { Block } from "../types.js";
import type { Lang, PairStatus, PlanLoss } from "./types.js";

/**
 * What a loss means, as verb phrases ("lower the total score by 4.3 points"); empty for none.
 *
 * @example
 * lossPhrases({ matched: 1, softViolations: 0, totalScore: -2 }, "en")
 * // ["leave 1 more adept unmatched", "raise the total score by 2 points"]
 */
export function lossPhrases(loss: PlanLoss, lang: Lang): string[] {
  const words = explainPhrases(lang);
  const parts: string[] = [];
  if (loss.matched > 0) parts.push(words.leaveUnmatched(loss.matched));
  if (loss.softViolations !== 0) parts.push(words.breakSoft(loss.softViolations));
  const w = loss.weakestScore ?? 0;
  if (w !== 0) parts.push(words.weakestBy(w));
  if (loss.totalScore !== 0) parts.push(words.totalBy(loss.totalScore));
  return parts;
}

/**
 * A loss in one short phrase for a table cell: "-4.25 points", "1 fewer matched; +2 points",
 * "nothing (as good)".
 *
 * @example
 * lossShort({ matched: 0, softViolations: 0, totalScore: 4.25 }, "sv") // "−4,25 poäng"
 */
export function lossShort(loss: PlanLoss, lang: Lang): string {
  return explainPhrases(lang).lossCell({ ...loss, weakestScore: loss.weakestScore ?? 0 });
}

/**
 * The sentences that say where a pair stands in the optimal plan and what forcing it would cost.
 *
 * @example
 * statusText({ status: "not-chosen", mentorId: "M01", adeptId: "A03", planMentorId: "M02", loss, blocks: [] }, "en")
 * // "The optimal plan gives A03 to M02 instead. Forcing this pair would lower the total score by 4.25 points."
 */
export function statusText(
  s: {
    readonly status: PairStatus;
    readonly mentorId: string;
    readonly adeptId: string;
    readonly locked: boolean;
    readonly planMentorId: string | null;
    readonly lockedToId?: string;
    readonly loss: PlanLoss | null;
    readonly blocks: readonly Block[];
  },
  lang: Lang,
): string {
  const words = explainPhrases(lang);
  const m = s.mentorId;
  const a = s.adeptId;
  switch (s.status) {
    case "chosen":
      return words.chosen(s.locked);
    case "blocked": {
      // Two identical exclusions of one pair are said once.
      const named = reasonPhrases(lang).blockNamed;
      return words.blocked([...new Set(s.blocks.map((b) => named(b)))]);
    }
    case "conflicts-with-lock":
      return s.lockedToId !== undefined
        ? words.lockedTo(m, a, s.lockedToId)
        : words.placesLocked(m);
    case "not-chosen": {
      const plan =
        s.planMentorId === null ? words.planLeaves(a) : words.planGives(a, s.planMentorId);
      return `${plan} ${words.forcing(s.loss === null ? [] : lossPhrases(s.loss, lang))}`;
    }
  }
}
