/**
 * The plan as spreadsheet rows for the page's exports: the pairs (with Mentor and Adept columns,
 * so the CLI's `--locked` and `--history` read the file back), the people left out with
 * reasons, the decisions made by hand and the audit block.
 */
import type { Decision, MatchResult, PairRule } from "../../src/index.js";
import type { OutCell, OutSheet } from "../../src/io/index.js";
import { decisionText } from "../../src/session/index.js";
import { criteriaOf, type Lang, type Reasons } from "../protocol.js";

const WORDS = {
  en: {
    pairs: "Pairs",
    unmatched: "Unmatched adepts",
    spare: "Spare mentors",
    decisions: "Decisions",
    audit: "Audit",
    mentor: "Mentor",
    adept: "Adept",
    total: "Total",
    locked: "Locked",
    soft: "Soft rules broken",
    why: "Why",
    places: "Places left",
    number: "No.",
    decision: "Decision",
    reason: "Reason",
    setting: "Setting",
    value: "Value",
    yes: "yes",
    criteria: {
      geography: "Geography",
      experience: "Experience",
      education: "Education",
      wishes: "Wishes",
      leadership: "Leadership",
      sector: "Sector experience",
      preference: "Preference",
    },
    rules: {
      differentMunicipality: "different municipalities",
      differentSector: "different sectors",
      differentWorkBackground: "different work backgrounds",
    },
  },
  sv: {
    pairs: "Par",
    unmatched: "Adepter utan mentor",
    spare: "Mentorer med platser kvar",
    decisions: "Beslut",
    audit: "Spårbarhet",
    mentor: "Mentor",
    adept: "Adept",
    total: "Total",
    locked: "Låst",
    soft: "Mjuka regler som bryts",
    why: "Varför",
    places: "Platser kvar",
    number: "Nr",
    decision: "Beslut",
    reason: "Skäl",
    setting: "Inställning",
    value: "Värde",
    yes: "ja",
    criteria: {
      geography: "Geografi",
      experience: "Erfarenhet",
      education: "Utbildning",
      wishes: "Önskemål",
      leadership: "Ledarskap",
      sector: "Verksamhetserfarenhet",
      preference: "Preferens",
    },
    rules: {
      differentMunicipality: "olika kommuner",
      differentSector: "olika verksamhetsområden",
      differentWorkBackground: "olika arbetslivserfarenhet",
    },
  },
} as const;

/** Criterion scores to 4 decimals, as pair totals are. */
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

const criterionHeads = (result: MatchResult, lang: Lang) =>
  criteriaOf(result.audit.weights).map((c) => WORDS[lang].criteria[c]);
const softWords = (rules: readonly PairRule[], lang: Lang) =>
  rules.map((r) => WORDS[lang].rules[r]).join(", ");

/**
 * The pairs, one row each, with a header row: what the CSV export holds.
 *
 * @example
 * writeCsv(pairRows(result, "sv"), { delimiter: ";", decimalComma: true })
 */
export function pairRows(result: MatchResult, lang: Lang): OutCell[][] {
  const W = WORDS[lang];
  return [
    [W.mentor, W.adept, W.total, ...criterionHeads(result, lang), W.locked, W.soft],
    ...result.pairs.map((p) => [
      p.mentorId,
      p.adeptId,
      p.score,
      ...criteriaOf(result.audit.weights).map((c) => round4(p.criteria[c] ?? 0.5)),
      p.locked ? W.yes : "",
      softWords(p.softViolations, lang),
    ]),
  ];
}

/**
 * The whole plan as workbook sheets: pairs, unmatched adepts and spare mentors with the reasons,
 * the decisions made by hand, and the audit.
 *
 * @example
 * await writeXlsx(planSheets(result, reasons, decisions, "en"))
 */
export function planSheets(
  result: MatchResult,
  reasons: Reasons,
  decisions: readonly Decision[],
  lang: Lang,
): OutSheet[] {
  const W = WORDS[lang];
  const a = result.audit;
  const spare = new Map(result.spareMentors.map((s) => [s.id, s.spare]));
  return [
    { name: W.pairs, rows: pairRows(result, lang) },
    {
      name: W.unmatched,
      rows: [[W.adept, W.why], ...reasons.unmatched.map((u) => [u.id, u.text])],
    },
    {
      name: W.spare,
      rows: [
        [W.mentor, W.places, W.why],
        ...reasons.spare.map((s) => [s.id, spare.get(s.id), s.text]),
      ],
    },
    {
      name: W.decisions,
      rows: [
        [W.number, W.decision, W.reason],
        ...decisions.map((d, i) => [i + 1, decisionText(d, lang), d.reason ?? ""]),
      ],
    },
    {
      name: W.audit,
      rows: [
        [W.setting, W.value],
        ["version", a.version],
        ["inputHash", a.inputHash],
        ["objective", a.objective],
        ["solver", `${result.solver.name} (${result.solver.proof})`],
        ["optimal", String(result.solver.optimal)],
        ...criteriaOf(a.weights).map((c): OutCell[] => [`weights.${c}`, a.weights[c] ?? 0]),
        ...Object.entries(a.rules).map(([k, v]): OutCell[] => [`rules.${k}`, String(v)]),
        ...Object.entries(a.criteria).map(([k, v]): OutCell[] => [`criteria.${k}`, String(v)]),
      ],
    },
  ];
}
