/**
 * The page's own words, one phrasebook per language. Everything the library says (problems,
 * reasons, explanations) comes from the library in the same language.
 */
import type { PairRule, PairStatus, RuleMode, ScoredCriterion } from "../src/index.js";
import type { Lang, Stage } from "./protocol.js";

const NBSP = "\u00a0";

/** A number with at most `decimals` decimals, Swedish with a decimal comma. */
export function num(x: number, lang: Lang, decimals = 1): string {
  const fixed = x.toFixed(decimals);
  const [whole = "0", digits = ""] = fixed.split(".");
  const fraction = digits.replace(/0+$/u, "") || undefined;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, lang === "sv" ? NBSP : ",");
  return fraction === undefined ? grouped : `${grouped}${lang === "sv" ? "," : "."}${fraction}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en = {
  title: "mentorpair: the coordinator's page",
  tagline:
    "Pairs mentors with adepts in this browser. Nothing leaves this computer: the page cannot reach the network.",
  language: "Language",
  skip: "Skip to the plan",
  loadHeading: "1. Load the applications",
  dropHint: "Drag spreadsheets (XLSX or CSV) or a saved session (.json) here, or:",
  choose: "Choose files…",
  formats:
    "One sheet with a Roll/Role column, or sheets Mentorer and Adepter; optional sheets Undantag (exclusions), Låsta (locked pairs) and Historik (earlier pairs). Several files are read together. Columns with names, e-mail or phone are never read.",
  reading: (files: string) => `Reading ${files}…`,
  loaded: (files: string, m: number, a: number) =>
    `Loaded ${files}: ${plural(m, "mentor", "mentors")} and ${plural(a, "adept", "adepts")}.`,
  issues: (n: number) =>
    `${plural(n, "problem", "problems")} to fix in the files before anything is matched`,
  warnings: (n: number) => `${plural(n, "note", "notes")} on missing data (scored neutrally)`,
  ineligible: (n: number) => `${plural(n, "person", "people")} who cannot take part (not matched)`,
  planHeading: "2. The plan",
  noPlan: "No plan yet: it appears here once the cohort is matched.",
  matched: "Adepts matched",
  of: "of",
  total: "Total score",
  mean: "Mean per pair",
  optimal: "Proven optimal",
  solver: "Solver",
  yes: "yes",
  no: "no",
  stage: {
    read: "Reading the files",
    check: "Checking the cohort",
    match: "Matching",
    heat: "Scoring every pair",
    reasons: "Explaining",
    explain: "Explaining the pair",
    export: "Preparing the file",
  } satisfies Record<Stage, string>,
  working: "Working",
  ready: (ms: number) => `Re-solved in ${Math.round(ms)} ms.`,
  changes: (kept: number, formed: number, released: number) =>
    `Since the last change: ${plural(kept, "pair", "pairs")} kept, ${formed} formed, ${released} released.`,
  formedList: "Formed",
  releasedList: "Released",
  rejected: "That change was not made:",
  pairsCaption: (n: number) =>
    `${plural(n, "pair", "pairs")}: the total out of 100 and each criterion in per cent`,
  mentor: "Mentor",
  adept: "Adept",
  totalShort: "Total",
  notes: "Notes",
  actions: "Decide",
  criteria: {
    geography: "Geography",
    experience: "Experience",
    education: "Education",
    wishes: "Wishes",
    leadership: "Leadership",
    sector: "Sector experience",
    preference: "Preference",
  } satisfies Record<ScoredCriterion, string>,
  locked: "locked",
  breaks: "breaks",
  formed: "new",
  lock: "Lock",
  unlock: "Unlock",
  forbid: "Forbid…",
  allow: "Allow again",
  lockPair: (m: string, a: string) => `Lock ${m} and ${a}`,
  unlockPair: (m: string, a: string) => `Unlock ${m} and ${a}`,
  forbidPair: (m: string, a: string) => `Forbid ${m} and ${a}`,
  showMore: (n: number) => `Show ${n} more pairs`,
  unmatchedHeading: "Adepts without a mentor",
  spareHeading: "Mentors with places left",
  everyoneMatched: "Every adept has a mentor.",
  noSpare: "No mentor has a place left.",
  decideHeading: "Decide",
  weights: "Weights",
  weightHelp: "How much each criterion counts (0 removes it).",
  rules: "Rules",
  rulesNames: {
    differentMunicipality: "Different municipalities",
    differentSector: "Different sectors",
    differentWorkBackground: "Different work backgrounds",
  } satisfies Record<PairRule, string>,
  modes: {
    hard: "hard (never broken)",
    soft: "soft (as far as possible)",
    off: "off",
  } satisfies Record<RuleMode, string>,
  objective: "After the most adepts matched",
  objectives: {
    total: "the highest total score",
    fair: "fair: the weakest pair first",
    stable:
      "stable: no mentor and adept would both rather have each other than the partners they got (may match fewer)",
  },
  blocking: "Blocking pairs",
  noBlocking: "none: the plan is stable",
  priceOfStability: "Price of stability",
  points: "points",
  undo: "Undo",
  redo: "Redo",
  undoWhat: (what: string) => `Undo: ${what}`,
  redoWhat: (what: string) => `Redo: ${what}`,
  heatHeading: "3. Look closer: every pair's score",
  heatIntro:
    "Mentors in rows, adepts in columns, darker for a higher score. Use the arrow keys in the grid (Page Up/Down, Home/End) and Enter to explain a pair.",
  heatLegendLow: "score: low",
  heatLegendHigh: "high",
  heatLegendChosen: "★ in the plan",
  heatLegendBlocked: "× not allowed by the rules",
  heatRows: (from: number, to: number, n: number) => `Mentors ${from}–${to} of ${n}`,
  heatCols: (from: number, to: number, n: number) => `Adepts ${from}–${to} of ${n}`,
  previous: "Previous",
  next: "Next",
  heatLabel: "Pair scores",
  cell: (m: string, a: string, score: string, chosen: boolean, allowed: boolean) =>
    `${m} and ${a}: ${allowed ? score : "not allowed"}${chosen ? ", in the plan" : ""}`,
  pairHeading: (m: string, a: string) => `${m} and ${a}`,
  pickPair: "Select a cell of the heat map to see why that pair is or is not in the plan.",
  status: {
    chosen: "In the plan",
    "not-chosen": "Allowed, not chosen",
    blocked: "Not allowed by the rules",
    "conflicts-with-lock": "Impossible without breaking a locked pair",
  } satisfies Record<PairStatus, string>,
  alternativesHeading: (a: string) => `${a}'s alternatives`,
  alternativesNone: "No other allowed mentor.",
  alternativesLocked: "This adept is locked: no alternatives.",
  alternativesSkipped:
    "Alternatives are computed for up to 300 people per side with the total objective; select pairs in the heat map to see what forcing each would cost.",
  loss: (points: string, fewer: number) =>
    fewer > 0
      ? `${plural(fewer, "adept", "adepts")} fewer matched, ${points} points`
      : `costs ${points} points`,
  inPlan: "in the plan",
  decisionsHeading: "4. Decisions made by hand",
  decisionsNone: "None yet: every pair is the optimiser's choice.",
  number: "No.",
  decision: "Decision",
  reason: "Reason",
  exportHeading: "5. Save and share",
  exportIntro:
    "Save the session to continue later or to hand over (the page and the command line load it and reproduce this plan).",
  reportTitle: "Report title",
  exportXlsx: "Pairs as XLSX",
  exportCsv: "Pairs as CSV",
  exportReport: "Printable report (HTML)",
  exportSession: "Save session",
  dialogLock: (m: string, a: string) => `Lock ${m} and ${a}`,
  dialogForbid: (m: string, a: string) => `Forbid ${m} and ${a}`,
  reasonLabel: "Reason",
  reasonOptional: "Reason (optional)",
  reasonHelpForbid: "Required: it is shown in the report to the steering group.",
  reasonHelpLock: "Shown in the report to the steering group.",
  confirm: "Confirm",
  cancel: "Cancel",
  notMatched: "not matched",
  noPairs: "No pair could be formed.",
  failedLoad: "The files could not be read:",
};

export type Words = typeof en;

const sv: Words = {
  title: "mentorpair: samordnarens sida",
  tagline:
    "Bildar par av mentorer och adepter i webbläsaren. Inget lämnar datorn: sidan kan inte nå nätverket.",
  language: "Språk",
  skip: "Hoppa till planen",
  loadHeading: "1. Läs in ansökningarna",
  dropHint: "Dra hit kalkylark (XLSX eller CSV) eller en sparad session (.json), eller:",
  choose: "Välj filer…",
  formats:
    "Ett blad med kolumnen Roll, eller bladen Mentorer och Adepter; valfria blad Undantag, Låsta (låsta par) och Historik (tidigare par). Flera filer läses tillsammans. Kolumner med namn, e-post eller telefon läses aldrig.",
  reading: (files) => `Läser ${files}…`,
  loaded: (files, m, a) =>
    `Läste ${files}: ${plural(m, "mentor", "mentorer")} och ${plural(a, "adept", "adepter")}.`,
  issues: (n) => `${plural(n, "problem", "problem")} att rätta i filerna innan något matchas`,
  warnings: (n) =>
    `${plural(n, "anmärkning", "anmärkningar")} om saknade uppgifter (bedöms neutralt)`,
  ineligible: (n) => `${plural(n, "person", "personer")} som inte kan delta (matchas inte)`,
  planHeading: "2. Planen",
  noPlan: "Ingen plan ännu: den visas här när gruppen har matchats.",
  matched: "Adepter med mentor",
  of: "av",
  total: "Totalpoäng",
  mean: "Snitt per par",
  optimal: "Bevisat optimal",
  solver: "Lösare",
  yes: "ja",
  no: "nej",
  stage: {
    read: "Läser filerna",
    check: "Kontrollerar gruppen",
    match: "Matchar",
    heat: "Poängsätter alla par",
    reasons: "Förklarar",
    explain: "Förklarar paret",
    export: "Förbereder filen",
  },
  working: "Arbetar",
  ready: (ms) => `Omräknad på ${Math.round(ms)} ms.`,
  changes: (kept, formed, released) =>
    `Sedan förra ändringen: ${plural(kept, "par", "par")} kvar, ${formed} nya, ${released} upplösta.`,
  formedList: "Nya",
  releasedList: "Upplösta",
  rejected: "Ändringen gjordes inte:",
  pairsCaption: (n) => `${plural(n, "par", "par")}: totalen av 100 och varje kriterium i procent`,
  mentor: "Mentor",
  adept: "Adept",
  totalShort: "Total",
  notes: "Anmärkning",
  actions: "Besluta",
  criteria: {
    geography: "Geografi",
    experience: "Erfarenhet",
    education: "Utbildning",
    wishes: "Önskemål",
    leadership: "Ledarskap",
    // A soft hyphen lets the long word break in a narrow column.
    sector: "Verksamhets\u00aderfarenhet",
    preference: "Preferens",
  },
  locked: "låst",
  breaks: "bryter",
  formed: "nytt",
  lock: "Lås",
  unlock: "Lås upp",
  forbid: "Förbjud…",
  allow: "Tillåt igen",
  lockPair: (m, a) => `Lås ${m} och ${a}`,
  unlockPair: (m, a) => `Lås upp ${m} och ${a}`,
  forbidPair: (m, a) => `Förbjud ${m} och ${a}`,
  showMore: (n) => `Visa ${n} par till`,
  unmatchedHeading: "Adepter utan mentor",
  spareHeading: "Mentorer med platser kvar",
  everyoneMatched: "Alla adepter har en mentor.",
  noSpare: "Ingen mentor har plats kvar.",
  decideHeading: "Besluta",
  weights: "Vikter",
  weightHelp: "Hur mycket varje kriterium väger (0 tar bort det).",
  rules: "Regler",
  rulesNames: {
    differentMunicipality: "Olika kommuner",
    differentSector: "Olika verksamhetsområden",
    differentWorkBackground: "Olika arbetslivserfarenhet",
  },
  modes: { hard: "skarp (bryts aldrig)", soft: "mjuk (så långt det går)", off: "av" },
  objective: "Efter flest matchade adepter",
  objectives: {
    total: "högsta totalpoäng",
    fair: "rättvis: svagaste paret först",
    stable:
      "stabil: ingen mentor och adept vill hellre ha varandra än dem de fick (kan matcha färre)",
  },
  blocking: "Blockerande par",
  noBlocking: "inga: planen är stabil",
  priceOfStability: "Stabilitetens pris",
  points: "poäng",
  undo: "Ångra",
  redo: "Gör om",
  undoWhat: (what) => `Ångra: ${what}`,
  redoWhat: (what) => `Gör om: ${what}`,
  heatHeading: "3. Titta närmare: alla pars poäng",
  heatIntro:
    "Mentorer i rader, adepter i kolumner, mörkare för högre poäng. Använd piltangenterna i rutnätet (Page Up/Down, Home/End) och Enter för att förklara ett par.",
  heatLegendLow: "poäng: låg",
  heatLegendHigh: "hög",
  heatLegendChosen: "★ i planen",
  heatLegendBlocked: "× inte tillåtet enligt reglerna",
  heatRows: (from, to, n) => `Mentorer ${from}–${to} av ${n}`,
  heatCols: (from, to, n) => `Adepter ${from}–${to} av ${n}`,
  previous: "Föregående",
  next: "Nästa",
  heatLabel: "Parens poäng",
  cell: (m, a, score, chosen, allowed) =>
    `${m} och ${a}: ${allowed ? score : "inte tillåtet"}${chosen ? ", i planen" : ""}`,
  pairHeading: (m, a) => `${m} och ${a}`,
  pickPair: "Välj en ruta i värmekartan för att se varför paret är med i planen eller inte.",
  status: {
    chosen: "I planen",
    "not-chosen": "Tillåtet, inte valt",
    blocked: "Inte tillåtet enligt reglerna",
    "conflicts-with-lock": "Omöjligt utan att bryta ett låst par",
  },
  alternativesHeading: (a) => `Alternativ för ${a}`,
  alternativesNone: "Ingen annan tillåten mentor.",
  alternativesLocked: "Adepten är låst: inga alternativ.",
  alternativesSkipped:
    "Alternativ räknas fram för högst 300 personer per sida med målet högsta totalpoäng; välj par i värmekartan för att se vad det kostar att tvinga fram dem.",
  loss: (points, fewer) =>
    fewer > 0
      ? `${plural(fewer, "adept", "adepter")} färre matchade, ${points} poäng`
      : `kostar ${points} poäng`,
  inPlan: "i planen",
  decisionsHeading: "4. Beslut fattade för hand",
  decisionsNone: "Inga ännu: alla par är optimerarens val.",
  number: "Nr",
  decision: "Beslut",
  reason: "Skäl",
  exportHeading: "5. Spara och dela",
  exportIntro:
    "Spara sessionen för att fortsätta senare eller lämna över (sidan och kommandoraden läser in den och ger samma plan).",
  reportTitle: "Rapportens titel",
  exportXlsx: "Paren som XLSX",
  exportCsv: "Paren som CSV",
  exportReport: "Utskrivbar rapport (HTML)",
  exportSession: "Spara session",
  dialogLock: (m, a) => `Lås ${m} och ${a}`,
  dialogForbid: (m, a) => `Förbjud ${m} och ${a}`,
  reasonLabel: "Skäl",
  reasonOptional: "Skäl (valfritt)",
  reasonHelpForbid: "Krävs: det visas i rapporten till styrgruppen.",
  reasonHelpLock: "Visas i rapporten till styrgruppen.",
  confirm: "Bekräfta",
  cancel: "Avbryt",
  notMatched: "inte matchad",
  noPairs: "Inget par kunde bildas.",
  failedLoad: "Filerna kunde inte läsas:",
};

/** The page's words in each language. */
export const WORDS: Readonly<Record<Lang, Words>> = { en, sv };
