import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { formatReadIssue, type ReadIssue, type ReadResult, readCohort } from "../io/index.js";
import { warningLines } from "../io/warningLines.js";
import { issueText } from "../phrasebook/readIssues.js";
import type { Cohort } from "../schema/cohort.js";
import type { MatchOptions } from "../types.js";
import { normalizeKey } from "../util/normalize.js";
import { printable } from "../util/quote.js";
import { safeParseCohort } from "../validate/parse.js";
import { InputError, UsageError } from "./errors.js";
import type { Lang } from "./labels.js";
import { type MatchFlags, matchOptions, optionProblem } from "./options.js";
import { type FilePair, readPairsFile } from "./pairsFile.js";
import { inputFiles, withSessionOptions } from "./sessionInput.js";
import { cliWords, type InputKind } from "./words.js";

/** Most warnings `match`, `explain` and `report` print; `validate` prints them all. */
const WARNINGS_SHOWN = 10;

/** What a command was asked to do: plain data, so it can be handed to a worker thread. */
export interface Job {
  readonly command: "validate" | "match" | "explain" | "report" | "app" | "calibrate" | "shortlist";
  readonly files: readonly string[];
  readonly flags: MatchFlags & {
    readonly format?: string | undefined;
    readonly out?: string | undefined;
    readonly lang?: Lang | undefined;
    readonly quiet?: boolean | undefined;
    readonly mentor?: string | undefined;
    readonly adept?: string | undefined;
    readonly title?: string | undefined;
    /** `calibrate`: earlier cohorts, and the pairs chosen for each (in the same order). */
    readonly cohort?: readonly string[] | undefined;
    readonly chosen?: readonly string[] | undefined;
    /** `report`: add the sections "How robust is this plan" and "Fairness across groups". */
    readonly robustness?: boolean | undefined;
    readonly fairness?: string | undefined;
    /** `shortlist --per-adept N`. */
    readonly perAdept?: number | undefined;
  };
  /** Whether standard output is a terminal (binary output is refused there). */
  readonly stdoutIsTTY: boolean;
}

/** What a command printed and how it ended. */
export interface JobOutput {
  readonly stdout: (string | Uint8Array)[];
  readonly stderr: string[];
  exitCode: number;
}

/**
 * Reads a file the command line names; a missing or unreadable file is a usage error.
 *
 * @example
 * readArgFile("mentorer.csv", "input file") // bytes, or UsageError "cannot read input file mentorer.csv: no such file"
 */
export function readArgFile(path: string, what: InputKind): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError((w) => w.cannotRead(what, printable(path), code));
  }
}

/**
 * The match options of a job (`--config` read and merged with the flags, on top of a session's).
 *
 * @example
 * jobOptions(job) // { weights: { wishes: 3 }, rules: { differentSector: "soft" } }
 */
export function jobOptions(job: Job): MatchOptions {
  const config =
    job.flags.config === undefined
      ? undefined
      : new TextDecoder().decode(readArgFile(job.flags.config, "config"));
  return withSessionOptions(job, matchOptions(job.flags, config));
}

/**
 * Reads the job's input files (or a session's cohort) into a cohort (or every problem with its
 * location); an option the library rejects is a usage error.
 *
 * @example
 * const result = await readInputs(job, jobOptions(job)); result.success // false: see result.issues
 */
export async function readInputs(job: Job, options: MatchOptions): Promise<ReadResult> {
  const files = inputFiles(job);
  try {
    return await readCohort(files, { match: options });
  } catch (error) {
    const problem = optionProblem(error);
    if (problem !== undefined) throw new UsageError((w) => w.option(problem));
    throw error;
  }
}

/**
 * Reads and validates the job's input files, or throws `InputError` after printing every issue.
 *
 * @example
 * const { cohort } = await loadCohort(job, options, out);
 */
export async function loadCohort(
  job: Job,
  options: MatchOptions,
  out: JobOutput,
): Promise<{ cohort: Cohort; warnings: readonly ReadIssue[] }> {
  const result = await readInputs(job, options);
  const lang = job.flags.lang;
  const w = cliWords(lang);
  if (!result.success) {
    for (const issue of result.issues) {
      out.stderr.push(`${w.error}: ${formatReadIssue(issue, lang)}`);
    }
    const n = result.issues.length;
    const files = job.files.map((f) => printable(basename(f)));
    throw new InputError((words) => words.inputProblems(n, files));
  }
  if (job.flags.quiet !== true) {
    const lines = warningLines(result.warnings, lang ?? "en");
    for (const line of lines.slice(0, WARNINGS_SHOWN)) out.stderr.push(`${w.warning}: ${line}`);
    const more = lines.length - WARNINGS_SHOWN;
    if (more > 0) out.stderr.push(`${w.warning}: ${w.moreWarnings(more)}`);
  }
  const cohort = await withPairFiles(job, options, result.cohort, out);
  return { cohort, warnings: result.warnings };
}

/**
 * The cohort with the pairs of every `--history` file (never repeated) and every `--locked` file
 * (always kept). Earlier pairs of people who are not in this cohort are passed over (people
 * leave); a locked pair must name people of this cohort and keep every rule, or it is an error
 * naming the file and row. Each history file's name is its label.
 */
async function withPairFiles(
  job: Job,
  options: MatchOptions,
  cohort: Cohort,
  out: JobOutput,
): Promise<Cohort> {
  const historyFiles = job.flags.history ?? [];
  const lockedFiles = job.flags.locked ?? [];
  if (historyFiles.length === 0 && lockedFiles.length === 0) return cohort;
  const mentors = new Set(cohort.mentors.map((m) => normalizeKey(m.id)));
  const adepts = new Set(cohort.adepts.map((a) => normalizeKey(a.id)));
  const history = [...cohort.history];
  for (const file of historyFiles) {
    for (const p of await readPairsFile(file, "history")) {
      if (mentors.has(normalizeKey(p.mentor)) && adepts.has(normalizeKey(p.adept))) {
        history.push({ mentor: p.mentor, adept: p.adept, cohort: basename(file) });
      }
    }
  }
  const extra: (FilePair & { file: string })[] = [];
  for (const file of lockedFiles) {
    for (const p of await readPairsFile(file, "locked")) extra.push({ ...p, file });
  }
  const next = {
    ...cohort,
    history,
    locked: [...cohort.locked, ...extra.map(({ mentor, adept }) => ({ mentor, adept }))],
  };
  if (extra.length === 0) return next;
  const checked = safeParseCohort(next, options);
  if (checked.success) return checked.data;
  for (const issue of checked.issues) {
    const k = /^locked\[(\d+)\]/u.exec(issue.path);
    const pair = k === null ? undefined : extra[Number(k[1]) - cohort.locked.length];
    const w = cliWords(job.flags.lang);
    const problem = issueText(issue, job.flags.lang ?? "en");
    out.stderr.push(
      pair === undefined
        ? `${w.error}: ${problem}`
        : `${w.error}: ${w.lockedPair(printable(pair.file), pair.at, `${printable(pair.mentor)}/${printable(pair.adept)}`, problem)}`,
    );
  }
  const n = checked.issues.length;
  throw new InputError((w) => w.lockedProblems(n));
}
