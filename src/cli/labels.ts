import type { Criterion } from "../types.js";

/** The CLI's output languages. */
export type Lang = "sv" | "en";

/** Words of the CLI's tables and exports, per language. */
export interface Labels {
  readonly criteria: Readonly<Record<Criterion, string>>;
  readonly mentor: string;
  readonly adept: string;
  readonly score: string;
  readonly locked: string;
  readonly yes: string;
  readonly no: string;
  readonly soft: string;
  readonly pairs: string;
  readonly unmatched: string;
  readonly spare: string;
  readonly notes: string;
  readonly reason: string;
  readonly message: string;
  readonly places: string;
  readonly kind: string;
  readonly kindPair: string;
  readonly kindUnmatched: string;
  readonly kindSpare: string;
  readonly audit: string;
  readonly setting: string;
  readonly value: string;
  readonly alternatives: string;
  readonly loss: string;
  readonly alternativesSheet: string;
  readonly alternative: string;
  readonly lossTotal: string;
  readonly lossMatched: string;
  fewerMatched(n: number): string;
  summary(matched: number, adepts: number, total: string, optimal: boolean, solver: string): string;
}

const EN: Labels = {
  criteria: {
    geography: "geography",
    experience: "experience",
    education: "education",
    wishes: "wishes",
    leadership: "leadership",
    sector: "sector",
  },
  mentor: "mentor",
  adept: "adept",
  score: "score",
  locked: "locked",
  yes: "yes",
  no: "no",
  soft: "soft rules broken",
  pairs: "Pairs",
  unmatched: "Unmatched adepts",
  spare: "Mentors with places left",
  notes: "Notes",
  reason: "reason",
  message: "why",
  places: "places",
  kind: "type",
  kindPair: "pair",
  kindUnmatched: "unmatched adept",
  kindSpare: "spare mentor",
  audit: "Audit",
  setting: "setting",
  value: "value",
  alternatives: "next best mentors (loss in total score)",
  loss: "loss",
  alternativesSheet: "Alternatives",
  alternative: "instead",
  lossTotal: "loss in total score",
  lossMatched: "fewer matched",
  fewerMatched: (n) => `${n} adept${n === 1 ? "" : "s"} fewer matched`,
  summary: (matched, adepts, total, optimal, solver) =>
    `${matched} of ${adepts} adepts matched, total score ${total} (${optimal ? "proven optimal" : "NOT proven optimal"}, solver ${solver})`,
};

const SV: Labels = {
  criteria: {
    geography: "geografi",
    experience: "erfarenhet",
    education: "utbildning",
    wishes: "önskemål",
    leadership: "ledarskap",
    sector: "verksamhet",
  },
  mentor: "mentor",
  adept: "adept",
  score: "poäng",
  locked: "låst",
  yes: "ja",
  no: "nej",
  soft: "brutna mjuka regler",
  pairs: "Par",
  unmatched: "Adepter utan mentor",
  spare: "Mentorer med lediga platser",
  notes: "Anmärkningar",
  reason: "orsak",
  message: "varför",
  places: "platser",
  kind: "typ",
  kindPair: "par",
  kindUnmatched: "adept utan mentor",
  kindSpare: "mentor med ledig plats",
  audit: "Revision",
  setting: "inställning",
  value: "värde",
  alternatives: "näst bästa mentorer (förlust i total poäng)",
  loss: "förlust",
  alternativesSheet: "Alternativ",
  alternative: "i stället",
  lossTotal: "förlust i total poäng",
  lossMatched: "färre matchade",
  fewerMatched: (n) => `${n} ${n === 1 ? "adept" : "adepter"} färre matchade`,
  summary: (matched, adepts, total, optimal, solver) =>
    `${matched} av ${adepts} adepter matchade, total poäng ${total} (${optimal ? "bevisat optimal" : "INTE bevisat optimal"}, lösare ${solver})`,
};

/**
 * The CLI's words in a language.
 *
 * @example
 * labels("sv").criteria.wishes // "önskemål"
 */
export function labels(lang: Lang): Labels {
  return lang === "sv" ? SV : EN;
}

/**
 * A number as the language writes it: Swedish with a decimal comma.
 *
 * @example
 * formatDecimal(71.25, "sv", 1) // "71,3"
 */
export function formatDecimal(x: number, lang: Lang, decimals: number): string {
  const s = x.toFixed(decimals);
  return lang === "sv" ? s.replace(".", ",") : s;
}
