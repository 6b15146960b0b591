import { scoredCriteria, weightOf } from "../criteria/preference.js";
import type { Audit, ScoredCriterion } from "../types.js";

/** The CLI's output languages. */
export type Lang = "sv" | "en";

/** Words of the CLI's tables and exports, per language. */
export interface Labels {
  readonly criteria: Readonly<Record<ScoredCriterion, string>>;
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
  /** A pairing rule's name (`differentMunicipality`), in words. */
  ruleWord(rule: string): string;
  /** A reason code of an unmatched adept or spare mentor, in words. */
  reasonWord(code: string): string;
  /** The settings a result was made with, in one line. */
  settings(a: Audit): string;
  /** The version and input hash, in one line. */
  versionLine(a: Audit): string;
  /** The name of a setting in the audit sheet (`weights.wishes`, `rules.differentSector`). */
  settingName(key: string): string;
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
    preference: "preference",
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
  ruleWord: (rule) => rule,
  reasonWord: (code) => code,
  settings: (a) =>
    `weights ${scoredCriteria(a.weights)
      .map((c) => `${c}=${weightOf(a.weights, c)}`)
      .join(",")}; rules ${Object.entries(a.rules)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(",")}; objective ${a.objective}`,
  versionLine: (a) => `mentorpair ${a.version}, input sha256 ${a.inputHash}`,
  settingName: (key) => key,
  summary: (matched, adepts, total, optimal, solver) =>
    `${matched} of ${adepts} adepts matched, total score ${total} (${optimal ? "proven optimal" : "NOT proven optimal"}, solver ${solver})`,
};

const SV_REASONS: Readonly<Record<string, string>> = {
  ineligible: "inte behörig",
  "no-allowed-mentor": "ingen tillåten mentor",
  capacity: "platserna räcker inte",
  "no-allowed-adept": "ingen tillåten adept",
  "not-needed": "behövs inte i bästa planen",
};

const SV_SETTINGS: Readonly<Record<string, string>> = {
  version: "version",
  inputHash: "indatans sha256",
  objective: "mål",
  solver: "lösare",
  optimal: "bevisat optimal",
  "rules.differentMunicipality": "olika kommuner",
  "rules.differentSector": "olika verksamhetsområden",
  "rules.differentWorkBackground": "olika arbetslivserfarenhet",
  "rules.adeptMinManagerYears": "minsta år som chef för adepter",
  "rules.mentorMinManagerYears": "minsta år som chef för mentorer",
  "rules.requireConsent": "samråd med chef krävs",
  "criteria.nearKm": "geografi: full poäng inom km",
  "criteria.farKm": "geografi: noll poäng från km",
  "criteria.experienceGapYears": "erfarenhet: år av försprång för full poäng",
  "criteria.educationDirection": "utbildning: riktning",
};

const SV_VALUES: Readonly<Record<string, string>> = {
  hard: "hård",
  soft: "mjuk",
  off: "av",
  true: "ja",
  false: "nej",
  total: "högsta totalpoäng",
  fair: "jämnast svagaste par",
  similar: "lika",
  complementary: "kompletterande",
};

const SV: Labels = {
  criteria: {
    geography: "geografi",
    experience: "erfarenhet",
    education: "utbildning",
    wishes: "önskemål",
    leadership: "ledarskap",
    sector: "verksamhet",
    preference: "preferens",
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
  ruleWord: (rule) => SV_SETTINGS[`rules.${rule}`] ?? rule,
  reasonWord: (code) => SV_REASONS[code] ?? code,
  settings: (a) =>
    `vikter ${scoredCriteria(a.weights)
      .map(
        (c) =>
          `${SV.criteria[c]}=${formatDecimal(weightOf(a.weights, c), "sv", 0).replace(/,0+$/u, "")}`,
      )
      .join(", ")}; regler ${Object.entries(a.rules)
      .map(
        ([k, v]) =>
          `${SV_SETTINGS[`rules.${k}`] ?? k}=${SV_VALUES[String(v)] ?? String(v).replace(".", ",")}`,
      )
      .join(", ")}; mål ${SV_VALUES[a.objective] ?? a.objective}`,
  versionLine: (a) => `mentorpair ${a.version}, indata sha256 ${a.inputHash}`,
  settingName: (key) =>
    SV_SETTINGS[key] ??
    (key.startsWith("weights.")
      ? `vikt ${SV.criteria[key.slice(8) as ScoredCriterion] ?? key.slice(8)}`
      : key),
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
