/**
 * The page's engine: runs in a Web Worker so the page never freezes. It reads files, matches,
 * scores every pair for the heat map, explains and exports, with the library's two public
 * entries only. Requests are answered in order; a long one reports its stages.
 */
import {
  alternatives,
  CohortError,
  type CohortInput,
  DEFAULT_RULES,
  DEFAULT_WEIGHTS,
  type Decision,
  explainPair,
  explainReasons,
  type MatchOptions,
  type MatchResult,
  match,
  renderReport,
  type Session,
  scoreMatrix,
} from "../../src/index.js";
import {
  formatReadIssue,
  type ReadIssue,
  readCohort,
  warningLines,
  writeCsv,
  writeXlsx,
} from "../../src/io/index.js";
import { isSession, sessionToCohort } from "../../src/session/index.js";
import { matchStable } from "../../src/stable/index.js";
import {
  ALTERNATIVES_MAX,
  type Envelope,
  type ExportValue,
  type Failure,
  type FileIn,
  type Heat,
  type Lang,
  NOT_ALLOWED,
  type ReadValue,
  type Reasons,
  type Reply,
  type Request,
  type Settings,
  type Solved,
  type Stage,
  type Texts,
} from "../protocol.js";
import { pairRows, planSheets } from "./exportRows.js";

interface Scope {
  postMessage(message: Reply): void;
  onmessage: ((event: MessageEvent<Envelope>) => void) | null;
}
const scope = self as unknown as Scope;

/** The last plan solved: what reasons and exports are about. */
let last:
  | { session: Session; cohort: CohortInput; options: MatchOptions; result: MatchResult }
  | undefined;

const both = (say: (lang: Lang) => string): Texts => ({ en: say("en"), sv: say("sv") });
const issueTexts = (issues: readonly ReadIssue[]) =>
  issues.map((i) => both((lang) => formatReadIssue(i, lang)));

class Failed extends Error {
  constructor(readonly failure: Failure) {
    super(failure.kind);
  }
}

function progress(id: number, stage: Stage, fraction: number): void {
  scope.postMessage({ id, type: "progress", stage, fraction });
}

const decoder = new TextDecoder();

/** A file's JSON value when it is a session, else `undefined` (the readers handle the file). */
function sessionIn(file: FileIn): unknown {
  if (!/\.json$/iu.test(file.name)) return undefined;
  try {
    const value: unknown = JSON.parse(decoder.decode(file.bytes).replace(/^\uFEFF/u, ""));
    return isSession(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const SESSION_ALONE = both((lang) =>
  lang === "sv"
    ? "En sparad session innehåller hela gruppen: läs in den ensam, utan andra filer."
    : "A saved session holds the whole cohort: load it alone, without other files.",
);

async function read(id: number, files: readonly FileIn[]): Promise<ReadValue> {
  progress(id, "read", 0.1);
  const sessions = files.map(sessionIn);
  const found = sessions.findIndex((s) => s !== undefined);
  let session: Session | undefined;
  let toRead = files;
  if (found >= 0) {
    if (files.length > 1) return { issues: [SESSION_ALONE], warnings: [], ineligible: [] };
    session = sessions[found] as Session;
    try {
      sessionToCohort(session); // checks the session and its decisions
    } catch (error) {
      const name = files[found]!.name;
      const detail = error instanceof Error ? error.message.replace(/^sessionToCohort: /u, "") : "";
      const text = both((lang) =>
        lang === "sv"
          ? `${name} är ingen giltig session: ${detail}`
          : `${name} is not a valid session: ${detail}`,
      );
      return { issues: [text], warnings: [], ineligible: [] };
    }
    const bytes = new TextEncoder().encode(JSON.stringify(session.cohort));
    toRead = [{ name: files[found]!.name, bytes }];
  }
  const options = session?.options ?? {};
  const read = await readCohort(toRead, { match: options });
  progress(id, "check", 0.8);
  const warnings = both((lang) => warningLines(read.warnings, lang).join("\n"));
  const warningList = warnings.en === "" ? [] : splitLines(warnings);
  if (!read.success) {
    return { issues: issueTexts(read.issues), warnings: warningList, ineligible: [] };
  }
  return {
    issues: [],
    warnings: warningList,
    ineligible: issueTexts(read.ineligible),
    loaded: {
      files: files.map((f) => f.name),
      input: read.input,
      options,
      decisions: session?.decisions ?? [],
      base: baseSettings(options),
      mentors: read.cohort.mentors.length,
      adepts: read.cohort.adepts.length,
      ranked: [...read.cohort.mentors, ...read.cohort.adepts].some(
        (p) => (p.preferences?.length ?? 0) > 0,
      ),
    },
  };
}

/** The settings before any decision: the session's options over the library's defaults. */
function baseSettings(options: MatchOptions): Settings {
  const rules = { ...DEFAULT_RULES, ...options.rules };
  return {
    weights: { ...DEFAULT_WEIGHTS, ...options.weights },
    rules: {
      differentMunicipality: rules.differentMunicipality,
      differentSector: rules.differentSector,
      differentWorkBackground: rules.differentWorkBackground,
    },
    objective: options.objective ?? "total",
  };
}

/** Warning lines of both languages, paired line by line (one line per kind of warning). */
function splitLines(texts: Texts): Texts[] {
  const en = texts.en.split("\n");
  const sv = texts.sv.split("\n");
  return en.map((line, i) => ({ en: line, sv: sv[i] ?? line }));
}

/** The cohort and options of a session, or a failure the page can show. */
function applied(session: Session): { cohort: CohortInput; options: MatchOptions } {
  try {
    return sessionToCohort(session);
  } catch (error) {
    throw new Failed({ kind: "error", message: error instanceof Error ? error.message : "" });
  }
}

/** Runs a library call; an invalid cohort becomes a failure with every issue in both languages. */
function checked<T>(files: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof CohortError) {
      const issues = error.issues.map((i) =>
        both((lang) => formatReadIssue({ ...i, file: files } as ReadIssue, lang)),
      );
      throw new Failed({ kind: "cohort", issues });
    }
    throw error;
  }
}

const byId = (ids: readonly string[]) =>
  Int32Array.from(ids.keys()).sort((i, j) => {
    const a = ids[i]!.toLowerCase();
    const b = ids[j]!.toLowerCase();
    return a < b ? -1 : a > b ? 1 : i - j;
  });

function heatOf(cohort: CohortInput, options: MatchOptions): Heat {
  const m = scoreMatrix(cohort, {
    ...(options.weights === undefined ? {} : { weights: options.weights }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
    ...(options.criteria === undefined ? {} : { criteria: options.criteria }),
    ...(options.municipalities === undefined ? {} : { municipalities: options.municipalities }),
    ...(options.builtinMunicipalities === undefined
      ? {}
      : { builtinMunicipalities: options.builtinMunicipalities }),
  });
  const rows = byId(m.mentorIds);
  const cols = byId(m.adeptIds);
  const cells = new Uint16Array(rows.length * cols.length);
  rows.forEach((mi, r) => {
    const score = m.score[mi]!;
    const allowed = m.allowed[mi]!;
    const at = r * cols.length;
    cols.forEach((ai, c) => {
      cells[at + c] = allowed[ai] === 1 ? Math.round(score[ai]! * 100) : NOT_ALLOWED;
    });
  });
  return {
    mentorIds: Array.from(rows, (i) => m.mentorIds[i]!),
    adeptIds: Array.from(cols, (i) => m.adeptIds[i]!),
    cells,
  };
}

/**
 * The summary and every unmatched adept's and spare mentor's reason, in a language: said from
 * the facts the result carries (a result of `match` needs no cohort for it).
 */
function reasonsOf(result: MatchResult, lang: Lang): Reasons {
  return { lang, ...explainReasons(result, { lang }) };
}

const label = (lang: Lang) => (lang === "sv" ? "sessionens grupp" : "the session's cohort");

function solve(id: number, session: Session, lang: Lang): { value: Solved } {
  const start = performance.now();
  progress(id, "check", 0.05);
  const { cohort, options } = applied(session);
  progress(id, "match", 0.1);
  // The stable objective has its own entry (mentorpair/stable): the core's match refuses it.
  const result = checked(label(lang), () =>
    options.objective === "stable" ? matchStable(cohort, options) : match(cohort, options),
  );
  last = { session, cohort, options, result };
  // The plan first: the page shows it while every pair is scored for the heat map.
  const reasons = reasonsOf(result, lang);
  const ms = performance.now() - start;
  scope.postMessage({ id, type: "plan", value: { result, reasons, ms } });
  progress(id, "heat", 0.6);
  const heat = heatOf(cohort, options);
  // The heat map is copied, not transferred: a transferred buffer is detached in this worker,
  // and after one detached ArrayBuffer V8 checks every typed-array access of the thread for it
  // (the next solves' scoring loops about 40 % slower; see src/match/rowsWorker.ts).
  return { value: { result, reasons, heat, ms: performance.now() - start } };
}

function current(): NonNullable<typeof last> {
  if (last === undefined) throw new Failed({ kind: "error", message: "nothing is matched yet" });
  return last;
}

const EXPORT_TYPES = {
  xlsx: { ext: "xlsx", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  csv: { ext: "csv", mime: "text/csv;charset=utf-8" },
  report: { ext: "html", mime: "text/html;charset=utf-8" },
} as const;

async function exportFile(
  id: number,
  what: keyof typeof EXPORT_TYPES,
  lang: Lang,
  title: string,
  decisions: readonly Decision[],
): Promise<ExportValue> {
  const { cohort, options, result } = current();
  progress(id, "export", 0.2);
  const type = EXPORT_TYPES[what];
  const base =
    lang === "sv"
      ? { xlsx: "par", csv: "par", report: "rapport" }
      : { xlsx: "pairs", csv: "pairs", report: "report" };
  const name = `${base[what]}.${type.ext}`;
  let bytes: Uint8Array;
  if (what === "csv") {
    const csv = lang === "sv" ? { delimiter: ";" as const, decimalComma: true } : {};
    bytes = new TextEncoder().encode(writeCsv(pairRows(result, lang), csv));
  } else if (what === "xlsx") {
    bytes = await writeXlsx(planSheets(result, reasonsOf(result, lang), decisions, lang));
  } else {
    const html = renderReport(cohort, result, {
      ...options,
      lang,
      decisions,
      ...(title.trim() === "" ? {} : { title: title.trim() }),
    });
    bytes = new TextEncoder().encode(html);
  }
  return { name, mime: type.mime, bytes };
}

async function answer(id: number, request: Request): Promise<{ value: unknown }> {
  switch (request.type) {
    case "read":
      return { value: await read(id, request.files) };
    case "solve":
      return solve(id, request.session, request.lang);
    case "reasons": {
      return { value: reasonsOf(current().result, request.lang) };
    }
    case "explainPair": {
      progress(id, "explain", 0.1);
      const { cohort, options } = applied(request.session);
      // A pair is explained against the default objectives (its loss is measured there).
      const { objective, ...rest } = options;
      const asked = objective === "stable" ? rest : options;
      const value = checked(label(request.lang), () =>
        explainPair(cohort, request.mentor, request.adept, { ...asked, lang: request.lang }),
      );
      return { value };
    }
    case "alternatives": {
      const { cohort, options } = applied(request.session);
      const sides =
        cohort.mentors.length > ALTERNATIVES_MAX || cohort.adepts.length > ALTERNATIVES_MAX;
      if (sides || options.objective === "fair" || options.objective === "stable")
        return { value: null };
      return { value: alternatives(cohort, { ...options, perAdept: 3 }) };
    }
    case "export":
      return {
        value: await exportFile(
          id,
          request.what,
          request.lang,
          request.title,
          request.session.decisions,
        ),
      };
  }
}

// Requests run one after another, in the order they came: a later one may rely on an earlier solve.
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const { id, request } = event.data;
  queue = queue.then(async () => {
    try {
      // Never a transfer list: see `solve`.
      const { value } = await answer(id, request);
      scope.postMessage({ id, type: "done", value });
    } catch (error) {
      const failure: Failure =
        error instanceof Failed
          ? error.failure
          : { kind: "error", message: error instanceof Error ? error.message : String(error) };
      scope.postMessage({ id, type: "failed", failure });
    }
  });
};
