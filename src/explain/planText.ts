import { reasonPhrases } from "../phrasebook/index.js";
import type { Block } from "../types.js";
import type { Lang, PairStatus, PlanLoss } from "./types.js";
import { formatNumber, joinList, possessive } from "./words.js";

/**
 * What a loss means, as verb phrases ("lower the total score by 4.3 points"); empty for none.
 *
 * @example
 * lossPhrases({ matched: 1, softViolations: 0, totalScore: -2 }, "en")
 * // ["leave 1 more adept unmatched", "raise the total score by 2 points"]
 */
export function lossPhrases(loss: PlanLoss, lang: Lang): string[] {
  const sv = lang === "sv";
  const parts: string[] = [];
  const points = (x: number) =>
    `${formatNumber(Math.abs(x), lang, 2)} ${sv ? "poäng" : x === 1 ? "point" : "points"}`;
  if (loss.matched > 0) {
    parts.push(
      sv
        ? `lämna ${loss.matched} ${loss.matched === 1 ? "adept" : "adepter"} till utan mentor`
        : `leave ${loss.matched} more ${loss.matched === 1 ? "adept" : "adepts"} unmatched`,
    );
  }
  const v = loss.softViolations;
  if (v !== 0) {
    const n = Math.abs(v);
    parts.push(
      sv
        ? `bryta ${n} ${v > 0 ? "gånger till" : "färre gånger"} mot de mjuka reglerna`
        : `break the soft rules ${n} ${v > 0 ? "more" : "fewer"} ${n === 1 ? "time" : "times"}`,
    );
  }
  const w = loss.weakestScore ?? 0;
  if (w !== 0) {
    parts.push(
      sv
        ? `${w > 0 ? "sänka" : "höja"} det svagaste paret med ${points(w)}`
        : `${w > 0 ? "lower" : "raise"} the weakest pair by ${points(w)}`,
    );
  }
  const t = loss.totalScore;
  if (t !== 0) {
    parts.push(
      sv
        ? `${t > 0 ? "sänka" : "höja"} totalpoängen med ${points(t)}`
        : `${t > 0 ? "lower" : "raise"} the total score by ${points(t)}`,
    );
  }
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
  const sv = lang === "sv";
  const parts: string[] = [];
  const signed = (x: number) => `${x > 0 ? "−" : "+"}${formatNumber(Math.abs(x), lang, 2)}`;
  if (loss.matched !== 0) {
    parts.push(sv ? `${loss.matched} färre matchade` : `${loss.matched} fewer matched`);
  }
  if (loss.softViolations !== 0) {
    const v = loss.softViolations;
    parts.push(
      sv
        ? `${v > 0 ? "+" : "−"}${Math.abs(v)} regelbrott`
        : `${v > 0 ? "+" : "−"}${Math.abs(v)} soft-rule ${Math.abs(v) === 1 ? "violation" : "violations"}`,
    );
  }
  if ((loss.weakestScore ?? 0) !== 0) {
    parts.push(`${sv ? "svagaste par" : "weakest pair"} ${signed(loss.weakestScore!)}`);
  }
  if (loss.totalScore !== 0) parts.push(`${signed(loss.totalScore)} ${sv ? "poäng" : "points"}`);
  if (parts.length === 0) return sv ? "ingen (lika bra)" : "nothing (as good)";
  return parts.join("; ");
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
  const sv = lang === "sv";
  const m = s.mentorId;
  const a = s.adeptId;
  switch (s.status) {
    case "chosen":
      if (s.locked) {
        return sv
          ? "Paret var låst i förväg, så varje plan behåller det."
          : "The pair was locked in advance, so every plan keeps it.";
      }
      return sv
        ? "Den optimala planen väljer det här paret."
        : "The optimal plan chooses this pair.";
    case "blocked": {
      // Two identical exclusions of one pair are said once.
      const words = reasonPhrases(lang);
      const why = joinList([...new Set(s.blocks.map((b) => words.blockNamed(b)))], lang);
      return sv
        ? `Reglerna tillåter inte det här paret: ${why}.`
        : `The rules do not allow this pair: ${why}.`;
    }
    case "conflicts-with-lock":
      if (s.lockedToId !== undefined) {
        return sv
          ? `${a} är låst till ${s.lockedToId} i förväg, så ingen plan kan para ihop ${a} med ${m}.`
          : `${a} is locked to ${s.lockedToId} in advance, so no plan can pair ${a} with ${m}.`;
      }
      return sv
        ? `Alla ${possessive(m, lang)} platser är upptagna av par som låsts i förväg, så ingen plan kan ge ${m} fler adepter.`
        : `All of ${possessive(m, lang)} places are held by pairs locked in advance, so no plan can give ${m} another adept.`;
    case "not-chosen": {
      const plan =
        s.planMentorId === null
          ? sv
            ? `Den optimala planen lämnar ${a} utan mentor.`
            : `The optimal plan leaves ${a} unmatched.`
          : sv
            ? `Den optimala planen ger ${a} mentorn ${s.planMentorId} i stället.`
            : `The optimal plan gives ${a} to ${s.planMentorId} instead.`;
      const parts = s.loss === null ? [] : lossPhrases(s.loss, lang);
      const cost =
        parts.length === 0
          ? sv
            ? "Att tvinga fram det här paret kostar ingenting: en annan plan som är lika bra innehåller det."
            : "Forcing this pair would cost nothing: another plan that is just as good contains it."
          : sv
            ? `Att tvinga fram det här paret skulle ${joinList(parts, lang)}.`
            : `Forcing this pair would ${joinList(parts, lang)}.`;
      return `${plan} ${cost}`;
    }
  }
}
