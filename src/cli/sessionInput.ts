import type { CohortFile } from "../io/index.js";
import { isSession } from "../session/isSession.js";
import { sessionToCohort } from "../session/sessionToCohort.js";
import type { AppliedSession, Session } from "../session/types.js";
import type { MatchOptions } from "../types.js";
import { printable } from "../util/quote.js";
import { InputError, UsageError } from "./errors.js";
import { type Job, readArgFile } from "./job.js";
import { cliWords } from "./words.js";

/**
 * A session file given as the input (`mentorpair match plan.session.json`), applied.
 *
 * @example
 * const s: SessionInput | undefined = sessionInput(job); s?.options.weights
 */
export interface SessionInput extends AppliedSession {
  readonly file: string;
  readonly session: Session;
}

/** `"mentorpair"` in UTF-8: a JSON file without it cannot be a session, and is not parsed twice. */
const MARKER = new TextEncoder().encode('"mentorpair"');

function mentions(bytes: Uint8Array, marker: Uint8Array): boolean {
  const first = marker[0];
  for (let i = bytes.indexOf(first!); i >= 0 && i <= bytes.length - marker.length; ) {
    let k = 1;
    while (k < marker.length && bytes[i + k] === marker[k]) k++;
    if (k === marker.length) return true;
    i = bytes.indexOf(first!, i + 1);
  }
  return false;
}

const read = new WeakMap<Job, SessionInput | null>();

const say = (en: string, sv: string) => (w: ReturnType<typeof cliWords>) =>
  w === cliWords("sv") ? sv : en;

function load(job: Job): SessionInput | null {
  const file = job.files.find((f) => /\.json$/iu.test(f));
  if (file === undefined) return null;
  const bytes = readArgFile(file, "input");
  if (!mentions(bytes, MARKER)) return null;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/u, ""));
  } catch {
    return null; // not JSON: the reader reports it with its place
  }
  if (!isSession(value)) return null;
  const name = printable(file);
  if (job.files.length > 1) {
    throw new UsageError(
      say(
        `${name} is a session (the whole cohort and its decisions): give it alone, without other input files`,
        `${name} är en session (hela gruppen och besluten): ange den ensam, utan andra indatafiler`,
      ),
    );
  }
  try {
    return { file, session: value as Session, ...sessionToCohort(value as Session) };
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    const detail = error.message.replace(/^sessionToCohort: /u, "");
    throw new InputError(
      say(
        `${name} is not a valid session: ${detail}`,
        `${name} är ingen giltig session: ${detail}`,
      ),
    );
  }
}

/**
 * The job's session, when its input is one session file (recognised by its content, not its
 * name), with the decisions applied; `undefined` otherwise. Read once per job. A session given
 * with other input files is a usage error; a session that is not valid is an input error.
 *
 * @example
 * sessionInput(job)?.session.decisions.length // 3
 */
export function sessionInput(job: Job): SessionInput | undefined {
  if (!read.has(job)) read.set(job, load(job));
  return read.get(job) ?? undefined;
}

/**
 * The options of a job whose input is a session: the session's options (decisions applied),
 * then the `--config` file and flags on top (weights and rules merge by name, a flag wins).
 *
 * @example
 * withSessionOptions(job, { weights: { wishes: 2 } }) // { weights: { geography: 2, wishes: 2 }, objective: "fair" }
 */
export function withSessionOptions(job: Job, given: MatchOptions): MatchOptions {
  const s = sessionInput(job);
  if (s === undefined) return given;
  const base = s.options;
  return {
    ...base,
    ...given,
    ...(base.weights === undefined && given.weights === undefined
      ? {}
      : { weights: { ...base.weights, ...given.weights } }),
    ...(base.rules === undefined && given.rules === undefined
      ? {}
      : { rules: { ...base.rules, ...given.rules } }),
  };
}

/**
 * The files the readers get: the session's cohort (decisions applied) as JSON under the
 * session file's name, or the job's files as they are.
 *
 * @example
 * await readCohort(inputFiles(job));
 */
export function inputFiles(job: Job): CohortFile[] {
  const s = sessionInput(job);
  if (s === undefined)
    return job.files.map((name) => ({ name, bytes: readArgFile(name, "input") }));
  return [{ name: s.file, bytes: new TextEncoder().encode(JSON.stringify(s.cohort)) }];
}
