import { lstatSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, sep } from "node:path";
import { printable } from "../util/quote.js";
import { writeFileAtomic } from "./atomicWrite.js";
import { UsageError, writeProblem } from "./errors.js";
import type { Job, JobOutput } from "./job.js";
import { cliWords } from "./words.js";

/**
 * The output formats of `match`.
 *
 * @example
 * MATCH_FORMATS.includes("csv") // true
 */
export const MATCH_FORMATS = ["table", "json", "csv", "xlsx", "md"] as const;
export type MatchFormat = (typeof MATCH_FORMATS)[number];

/**
 * The format asked for, or the one `--out`'s extension says (`pairs.csv`), or `table`.
 *
 * @example
 * outputFormat({ out: "par.xlsx" }) // "xlsx"
 */
export function outputFormat(flags: Job["flags"]): MatchFormat {
  if (flags.format !== undefined) return flags.format as MatchFormat;
  const ext = /\.([a-z]+)$/iu.exec(flags.out ?? "")?.[1]?.toLowerCase();
  if (ext === "markdown") return "md";
  if (ext === "html" || ext === "htm") {
    throw new UsageError((w) => w.notHtml());
  }
  return MATCH_FORMATS.find((f) => f === ext) ?? "table";
}

/**
 * An existing file's identity; bigint, since Windows file ids overflow a double. None where the
 * file system has no inode numbers (0), so distinct files never look the same.
 */
function identity(path: string): { dev: bigint; ino: bigint } | undefined {
  try {
    const { dev, ino } = statSync(path, { bigint: true });
    return ino === 0n ? undefined : { dev, ino };
  } catch {
    return undefined;
  }
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The real path `--out` would be written to: itself resolved if it exists, else its folder
 * resolved plus its name. A missing folder is a usage error, reported before any work is done.
 */
function realOutPath(out: string): string {
  const existing = realPath(out);
  if (existing !== undefined) return existing;
  try {
    return join(realpathSync(dirname(out)), basename(out));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "EINVAL";
    throw new UsageError((w) => w.cannotWrite(printable(out), code, false));
  }
}

/**
 * Refuses an `--out` that leads to a file the job reads (an input file, `--config` or a
 * `--history` file), whatever the spelling: through a symbolic link, a hard link, `./`, a
 * linked folder or another case on a case-insensitive disk. Files are compared by real path
 * and by device and inode, so the check costs one `stat` per file and runs before any work.
 * Also refuses a symbolic link, a folder or a device at `--out` (see `writeFileAtomic`).
 *
 * @example
 * checkOut({ ...job, files: ["a.csv"], flags: { out: "./a.csv" } }) // UsageError: "--out ./a.csv is the input file a.csv: ..."
 */
export function checkOut(job: Job): void {
  const out = job.flags.out;
  if (out === undefined || out === "-") return;
  if (out.endsWith("/") || out.endsWith(sep)) {
    throw new UsageError((w) => w.cannotWrite(printable(out), "EISDIR", false));
  }
  const inputs = [
    ...job.files.map((file) => ({ file, what: "input" as const })),
    ...(job.flags.config === undefined
      ? []
      : [{ file: job.flags.config, what: "config" as const }]),
    ...(job.flags.history ?? []).map((file) => ({ file, what: "history" as const })),
    ...(job.flags.locked ?? []).map((file) => ({ file, what: "locked" as const })),
  ];
  const outReal = realOutPath(out);
  const outId = identity(out);
  for (const { file, what } of inputs) {
    const id = outId === undefined ? undefined : identity(file);
    const same =
      realPath(file) === outReal ||
      (id !== undefined && id.dev === outId?.dev && id.ino === outId.ino);
    if (same) {
      throw new UsageError((w) => w.outIsInput(printable(out), what, printable(file)));
    }
  }
  let code: string | undefined;
  try {
    const stats = lstatSync(out, { throwIfNoEntry: false });
    if (stats?.isSymbolicLink()) code = "ESYMLINK";
    else if (stats?.isDirectory()) code = "EISDIR";
    else if (stats !== undefined && !stats.isFile()) code = "ENOTFILE";
  } catch (error) {
    code = (error as NodeJS.ErrnoException).code ?? "EINVAL";
  }
  if (code !== undefined) {
    const refused = code;
    throw new UsageError((w) => w.cannotWrite(printable(out), refused, false));
  }
}

/**
 * Writes the output to `--out` (as a whole: see `writeFileAtomic`), or to standard output
 * (binary output never to a terminal). A failure to write is a one-line usage error (exit 2)
 * that says why and that the previous file is unchanged.
 *
 * @example
 * emit(job, out, writeCsv(rows)); // to --out, or standard output
 */
export function emit(job: Job, out: JobOutput, data: string | Uint8Array): void {
  const path = job.flags.out;
  if (path === undefined || path === "-") {
    if (typeof data !== "string" && job.stdoutIsTTY) {
      throw new UsageError((w) => w.binaryToTerminal());
    }
    out.stdout.push(data);
    return;
  }
  // Again, in case a file changed while the job ran.
  checkOut(job);
  const existed = lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  try {
    writeFileAtomic(path, data);
  } catch (error) {
    if (writeProblem(error) === undefined) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError((w) => w.cannotWrite(printable(path), code, existed));
  }
  if (job.flags.quiet !== true) out.stderr.push(cliWords(job.flags.lang).wrote(printable(path)));
}
