import type { Lang } from "../explain/types.js";
import { CRITERION_NAMES, formatNumber, RULE_NAMES, resolveLang } from "../explain/words.js";
import { printable } from "../util/quote.js";
import type { Decision } from "./types.js";

const MODE = {
  en: { hard: "hard (never broken)", soft: "soft (as far as possible)", off: "off" },
  sv: { hard: "skarp (bryts aldrig)", soft: "mjuk (så långt det går)", off: "avstängd" },
} as const;

const OBJECTIVE = {
  en: {
    total: "the highest total score",
    fair: "fair (the weakest pair first)",
    stable:
      "stable (no mentor and adept would both rather have each other than the partners they got)",
  },
  sv: {
    total: "högsta totalpoäng",
    fair: "rättvis (det svagaste paret först)",
    stable: "stabil (ingen mentor och adept vill hellre ha varandra än dem de fick)",
  },
} as const;

/**
 * What a decision did, as one sentence in English or Swedish, without its reason (show the
 * coordinator's reason beside it, as written). Ids are made safe to print.
 *
 * @example
 * decisionText({ kind: "lock", mentor: "M02", adept: "A05" }, "sv") // "Låste paret M02 och A05."
 * decisionText({ kind: "weight", criterion: "geography", weight: 2 }) // "Set the weight of geography to 2."
 */
export function decisionText(decision: Decision, lang: Lang = "en"): string {
  const sv = resolveLang("decisionText", lang) === "sv";
  const d = decision;
  switch (d.kind) {
    case "lock":
    case "unlock":
    case "forbid":
    case "allow": {
      const m = printable(d.mentor);
      const a = printable(d.adept);
      const verb = sv
        ? { lock: "Låste", unlock: "Släppte låsningen av", forbid: "Förbjöd", allow: "Tillät igen" }
        : {
            lock: "Locked",
            unlock: "Released the lock on",
            forbid: "Forbade",
            allow: "Allowed again",
          };
      return sv
        ? `${verb[d.kind]} paret ${m} och ${a}.`
        : `${verb[d.kind]} the pair ${m} and ${a}.`;
    }
    case "rule":
      return sv
        ? `Satte regeln om ${RULE_NAMES.sv[d.rule]} till ${MODE.sv[d.mode]}.`
        : `Set the rule of ${RULE_NAMES.en[d.rule]} to ${MODE.en[d.mode]}.`;
    case "weight":
      return sv
        ? `Satte vikten för ${CRITERION_NAMES.sv[d.criterion]} till ${formatNumber(d.weight, "sv", 2)}.`
        : `Set the weight of ${CRITERION_NAMES.en[d.criterion]} to ${formatNumber(d.weight, "en", 2)}.`;
    case "objective":
      return sv
        ? `Satte målet till ${OBJECTIVE.sv[d.objective]}.`
        : `Set the objective to ${OBJECTIVE.en[d.objective]}.`;
    default:
      throw new TypeError("decisionText: decision must be a Decision (see sessionToCohort)");
  }
}
