import { placeText } from "../phrasebook/place.js";
import type { ProgressPhase } from "../progressTypes.js";

/** The command line's own words (messages, summaries, progress), one phrasebook per language. */
export interface CliWords {
  readonly error: string;
  readonly warning: string;
  readonly notEligible: string;
  /** Why a file cannot be read or written, from the system's error code. */
  fileProblem(code: string | undefined): string;
  cannotRead(what: InputKind, path: string, code: string | undefined): string;
  cannotWrite(path: string, code: string | undefined, unchanged: boolean): string;
  outIsInput(out: string, what: InputKind, file: string): string;
  notHtml(): string;
  binaryToTerminal(): string;
  alternativesNotCsv(): string;
  pairsExpected(flag: string, got: string): string;
  configNotJson(file: string, detail: string): string;
  configNotObject(file: string): string;
  pairsFile(flag: string, path: string, problem: PairsFileProblem, at?: PairAt | string): string;
  option(text: string): string;
  inputProblems(n: number, files: readonly string[]): string;
  lockedProblems(n: number): string;
  lockedPair(file: string, at: PairAt, pair: string, problem: string): string;
  noPair(command: string): string;
  wrote(path: string): string;
  working(command: string): string;
  done(command: string, seconds: number): string;
  /** A large cohort's progress: a phase as it starts, or its share done in percent. */
  progress(command: string, phase: ProgressPhase, percent: number | undefined): string;
  moreWarnings(n: number): string;
  validated(c: ValidateCounts): string;
  invalid(errors: number, warnings: number): string;
  bug(command: string, detail: string): string;
  /** `shortlist`: the sheet's name, and the headers of the k-th mentor and its score. */
  readonly shortlistSheet: string;
  shortlistColumns(k: number): readonly [mentor: string, score: string];
  /** `shortlist`: a mentor on more lists would exceed its fair share of the places. */
  shortlistShort(adepts: number, perAdept: number): string;
}

/** Where a pair stands in a `--history` or `--locked` file. */
export interface PairAt {
  readonly sheet?: string;
  readonly row?: number;
  /** In JSON: `pairs[3]`. */
  readonly path?: string;
}

/** What a file given on the command line is. */
export type InputKind = "input" | "config" | "history" | "locked" | "chosen";

/** What is wrong with a `--history` or `--locked` file. */
export type PairsFileProblem = "json" | "format" | "none" | "half" | "read";

/** What `validate` counted. */
export interface ValidateCounts {
  readonly mentors: number;
  readonly adepts: number;
  readonly exclusions: number;
  readonly locked: number;
  readonly history: number;
  readonly warnings: number;
  readonly ineligible: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const EN_FILE: Readonly<Record<string, string>> = {
  ENOENT: "no such file or folder",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EFBIG: "the file is too large for this disk",
  EACCES: "permission denied",
  EPERM: "permission denied (is the file open in another program?)",
  EBUSY: "the file is in use (is it open in another program?)",
  EROFS: "the disk is read-only",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "it is a folder",
  EIO: "the disk or network share failed (input/output error)",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symbolic links in the path",
  EXDEV: "the temporary file landed on another disk",
  EBADF: "it is closed or not open for writing",
  EINVAL: "it cannot be written to",
  EMFILE: "too many files are open",
  ENFILE: "too many files are open",
  ESYMLINK:
    "it is a symbolic link; mentorpair does not write through links (the file it points to would change): give the path of the file itself",
  ENOTFILE:
    "it is not a regular file (a device, pipe or socket); give a file name, or leave out --out to write to standard output",
};

const SV_FILE: Readonly<Record<string, string>> = {
  ENOENT: "filen eller mappen finns inte",
  ENOSPC: "disken är full",
  EDQUOT: "diskkvoten är slut",
  EFBIG: "filen är för stor för den här disken",
  EACCES: "behörighet saknas",
  EPERM: "behörighet saknas (är filen öppen i ett annat program?)",
  EBUSY: "filen används (är den öppen i ett annat program?)",
  EROFS: "disken är skrivskyddad",
  ENOTDIR: "en del av sökvägen är ingen mapp",
  EISDIR: "det är en mapp",
  EIO: "disken eller nätverksresursen svarade inte (in/ut-fel)",
  ENAMETOOLONG: "namnet är för långt",
  ELOOP: "för många symboliska länkar i sökvägen",
  EXDEV: "den tillfälliga filen hamnade på en annan disk",
  EBADF: "den är stängd eller inte öppen för skrivning",
  EINVAL: "det går inte att skriva dit",
  EMFILE: "för många filer är öppna",
  ENFILE: "för många filer är öppna",
  ESYMLINK:
    "det är en symbolisk länk; mentorpair skriver inte genom länkar (filen den pekar på skulle ändras): ange sökvägen till själva filen",
  ENOTFILE:
    "det är ingen vanlig fil (en enhet, ett rör eller en socket); ange ett filnamn, eller utelämna --out för att skriva till standard ut",
};

const EN_KIND: Readonly<Record<InputKind, string>> = {
  input: "input file",
  config: "--config",
  history: "--history",
  locked: "--locked",
  chosen: "--chosen",
};
const SV_KIND: Readonly<Record<InputKind, string>> = {
  input: "indatafilen",
  config: "--config",
  history: "--history",
  locked: "--locked",
  chosen: "--chosen",
};

const EN_PHASES: Record<ProgressPhase, string> = {
  validate: "validating the cohort",
  score: "scoring every allowed pair",
  solve: "solving",
  prove: "proving the plan optimal",
  check: "checking the plan against every rule",
  result: "making the result",
};

const EN: CliWords = {
  error: "error",
  warning: "warning",
  notEligible: "not eligible",
  fileProblem: (code) =>
    code === undefined ? "it cannot be read" : (EN_FILE[code] ?? `it cannot be used (${code})`),
  cannotRead: (what, path, code) =>
    `cannot read ${EN_KIND[what]} ${path}: ${code === "ENOENT" ? "no such file" : EN.fileProblem(code)}`,
  cannotWrite: (path, code, unchanged) =>
    `cannot write ${path}: ${code === "ENOENT" ? "the folder does not exist" : EN.fileProblem(code)}${unchanged ? " (the file there is unchanged)" : ""}`,
  outIsInput: (out, what, file) =>
    `--out ${out} is the ${what === "input" ? "input file" : `${EN_KIND[what]} file`} ${file}: mentorpair never writes over what it reads; give the output another name`,
  notHtml: () => 'match does not write HTML: use "mentorpair report FILE --out report.html"',
  binaryToTerminal: () => "this format is binary: write it to a file with --out PATH",
  alternativesNotCsv: () => "--alternatives works with --format table, json, xlsx or md (not csv)",
  pairsExpected: (flag, got) =>
    `${flag} expects name=value pairs separated by commas, got "${got}"`,
  configNotJson: (file, detail) => `--config ${file}: not valid JSON (${detail})`,
  configNotObject: (file) => `--config ${file}: must hold one JSON object of match options`,
  pairsFile: (flag, path, problem, at) => {
    const hint =
      'give a result written by "mentorpair match" (--format json, csv or xlsx) or a sheet with mentor and adept columns';
    switch (problem) {
      case "json":
        return `${flag} ${path}: not valid JSON; ${hint}`;
      case "format":
        return `${flag} ${path}: not a .json, .csv or .xlsx file; ${hint}`;
      case "none":
        return `${flag} ${path}: no pairs found; ${hint}`;
      case "half":
        return `${placeText({ file: `${flag} ${path}`, ...(at as PairAt) }, "en")}: a pair needs both a mentor and an adept`;
      case "read":
        return `${flag} ${path}: ${at as string}`;
    }
  },
  option: (text) => text,
  inputProblems: (n, files) =>
    `${plural(n, "problem")} in ${files.join(", ")}: fix ${n === 1 ? "it" : "them"} and run again ("mentorpair validate" lists problems and warnings)`,
  lockedProblems: (n) =>
    `${plural(n, "problem")} with the --locked pairs: fix ${n === 1 ? "it" : "them"} and run again`,
  lockedPair: (file, at, pair, problem) =>
    `${placeText({ file: `--locked ${file}`, ...at }, "en")} (${pair}): ${problem}`,
  noPair: (command) =>
    command === "report"
      ? "no pair can be formed with these rules (the report says why)"
      : "no pair can be formed with these rules (the reasons are in the output)",
  wrote: (path) => `wrote ${path}`,
  working: (command) => `mentorpair ${command}: working (large cohorts take a few seconds)…`,
  done: (command, seconds) => `mentorpair ${command}: done in ${seconds.toFixed(1)} s`,
  progress: (command, phase, percent) =>
    `mentorpair ${command}: ${EN_PHASES[phase]}${percent === undefined ? "…" : ` ${percent}%`}`,
  moreWarnings: (n) => `and ${plural(n, "more warning")} ("mentorpair validate" lists them all)`,
  validated: (c) =>
    `ok: ${plural(c.mentors, "mentor")}, ${plural(c.adepts, "adept")}, ${plural(c.exclusions, "exclusion")}, ${plural(c.locked, "locked pair")}, ${plural(c.history, "earlier pair")}; ${plural(c.warnings, "warning")}${c.ineligible === 0 ? "" : `; ${c.ineligible} not eligible (match leaves them out)`}`,
  invalid: (errors, warnings) =>
    `${plural(errors, "error")}, ${plural(warnings, "warning")}: fix the errors and run validate again`,
  bug: (command, detail) =>
    `mentorpair ${command}: internal error; this is a bug in mentorpair, please report it with the command line (not the data):\n${detail}`,
  shortlistSheet: "Shortlists",
  shortlistColumns: (k) => [`Mentor ${k}`, `Score ${k}`],
  shortlistShort: (adepts, perAdept) =>
    `${plural(adepts, "adept")} got fewer than ${perAdept} mentors (too few allowed mentors, or their fair shares of places are taken)`,
};

const SV_PHASES: Record<ProgressPhase, string> = {
  validate: "kontrollerar kohorten",
  score: "poängsätter alla tillåtna par",
  solve: "löser",
  prove: "bevisar att planen är bäst",
  check: "prövar planen mot alla regler",
  result: "skriver resultatet",
};

const num = (n: number) => n.toLocaleString("sv-SE");
const svPlural = (n: number, one: string, many: string) => `${num(n)} ${n === 1 ? one : many}`;

const SV: CliWords = {
  error: "fel",
  warning: "varning",
  notEligible: "inte behörig",
  fileProblem: (code) =>
    code === undefined
      ? "den kan inte läsas"
      : (SV_FILE[code] ?? `den kan inte användas (${code})`),
  cannotRead: (what, path, code) =>
    `kan inte läsa ${SV_KIND[what]} ${path}: ${code === "ENOENT" ? "filen finns inte" : SV.fileProblem(code)}`,
  cannotWrite: (path, code, unchanged) =>
    `kan inte skriva ${path}: ${code === "ENOENT" ? "mappen finns inte" : SV.fileProblem(code)}${unchanged ? " (filen som fanns där är oförändrad)" : ""}`,
  outIsInput: (out, what, file) =>
    `--out ${out} är ${what === "input" ? "indatafilen" : `${SV_KIND[what]}-filen`} ${file}: mentorpair skriver aldrig över det den läser; ge resultatet ett annat namn`,
  notHtml: () => 'match skriver inte HTML: använd "mentorpair report FIL --out rapport.html"',
  binaryToTerminal: () => "formatet är binärt: skriv det till en fil med --out SÖKVÄG",
  alternativesNotCsv: () =>
    "--alternatives fungerar med --format table, json, xlsx eller md (inte csv)",
  pairsExpected: (flag, got) =>
    `${flag} väntar sig namn=värde, åtskilda med komma, men fick "${got}"`,
  configNotJson: (file, detail) => `--config ${file}: inte giltig JSON (på engelska: ${detail})`,
  configNotObject: (file) =>
    `--config ${file}: måste innehålla ett JSON-objekt med inställningar för matchningen`,
  pairsFile: (flag, path, problem, at) => {
    const hint =
      'ange ett resultat från "mentorpair match" (--format json, csv eller xlsx) eller ett blad med kolumnerna mentor och adept';
    switch (problem) {
      case "json":
        return `${flag} ${path}: inte giltig JSON; ${hint}`;
      case "format":
        return `${flag} ${path}: ingen .json-, .csv- eller .xlsx-fil; ${hint}`;
      case "none":
        return `${flag} ${path}: inga par hittades; ${hint}`;
      case "half":
        return `${placeText({ file: `${flag} ${path}`, ...(at as PairAt) }, "sv")}: ett par behöver både en mentor och en adept`;
      case "read":
        return `${flag} ${path}: ${at as string}`;
    }
  },
  option: (text) => `fel i en inställning (på engelska: ${text})`,
  inputProblems: (n, files) =>
    `${svPlural(n, "problem", "problem")} i ${files.join(", ")}: rätta ${n === 1 ? "det" : "dem"} och kör igen ("mentorpair validate" listar problem och varningar)`,
  lockedProblems: (n) =>
    `${svPlural(n, "problem", "problem")} med paren i --locked: rätta ${n === 1 ? "det" : "dem"} och kör igen`,
  lockedPair: (file, at, pair, problem) =>
    `${placeText({ file: `--locked ${file}`, ...at }, "sv")} (${pair}): ${problem}`,
  noPair: (command) =>
    command === "report"
      ? "inget par kan bildas med de här reglerna (rapporten säger varför)"
      : "inget par kan bildas med de här reglerna (skälen står i utdata)",
  wrote: (path) => `skrev ${path}`,
  working: (command) => `mentorpair ${command}: arbetar (stora kohorter tar några sekunder)…`,
  done: (command, seconds) =>
    `mentorpair ${command}: klar på ${seconds.toFixed(1).replace(".", ",")} s`,
  progress: (command, phase, percent) =>
    `mentorpair ${command}: ${SV_PHASES[phase]}${percent === undefined ? "…" : ` ${percent} %`}`,
  moreWarnings: (n) =>
    `och ${svPlural(n, "varning", "varningar")} till ("mentorpair validate" listar alla)`,
  validated: (c) =>
    `ok: ${svPlural(c.mentors, "mentor", "mentorer")}, ${svPlural(c.adepts, "adept", "adepter")}, ${svPlural(c.exclusions, "undantag", "undantag")}, ${svPlural(c.locked, "låst par", "låsta par")}, ${svPlural(c.history, "tidigare par", "tidigare par")}; ${svPlural(c.warnings, "varning", "varningar")}${c.ineligible === 0 ? "" : `; ${num(c.ineligible)} inte behöriga (match lämnar dem utanför)`}`,
  invalid: (errors, warnings) =>
    `${svPlural(errors, "fel", "fel")}, ${svPlural(warnings, "varning", "varningar")}: rätta felen och kör validate igen`,
  bug: (command, detail) =>
    `mentorpair ${command}: internt fel; det är en bugg i mentorpair, rapportera den gärna med kommandoraden (inte uppgifterna):\n${detail}`,
  shortlistSheet: "Förslag",
  shortlistColumns: (k) => [`Mentor ${k}`, `Poäng ${k}`],
  shortlistShort: (adepts, perAdept) =>
    `${svPlural(adepts, "adept", "adepter")} fick färre än ${num(perAdept)} mentorer (för få tillåtna mentorer, eller deras skäliga andel av platserna är tagen)`,
};

/**
 * The command line's words in a language.
 *
 * @example
 * cliWords("sv").wrote("par.xlsx") // "skrev par.xlsx"
 */
export function cliWords(lang: "sv" | "en" | undefined): CliWords {
  return lang === "sv" ? SV : EN;
}
