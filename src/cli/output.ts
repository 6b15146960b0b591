import { writeFileSync } from "node:fs";
import { UsageError } from "./errors.js";
import type { Job, JobOutput } from "./job.js";

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
    throw new UsageError(
      'match does not write HTML: use "mentorpair report FILE --out report.html"',
    );
  }
  return MATCH_FORMATS.find((f) => f === ext) ?? "table";
}

/**
 * Writes the output to `--out`, or to standard output (binary output never to a terminal).
 *
 * @example
 * emit(job, out, writeCsv(rows)); // to --out, or standard output
 */
export function emit(job: Job, out: JobOutput, data: string | Uint8Array): void {
  const path = job.flags.out;
  if (path === undefined || path === "-") {
    if (typeof data !== "string" && job.stdoutIsTTY) {
      throw new UsageError("this format is binary: write it to a file with --out PATH");
    }
    out.stdout.push(data);
    return;
  }
  try {
    writeFileSync(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "the folder does not exist"
        : code === "EISDIR"
          ? "it is a folder"
          : code === "EACCES"
            ? "permission denied"
            : "it cannot be written";
    throw new UsageError(`cannot write ${path}: ${why}`);
  }
  if (job.flags.quiet !== true) out.stderr.push(`wrote ${path}`);
}
