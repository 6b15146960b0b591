#!/usr/bin/env node
/**
 * The `mentorpair` command. The command line is parsed here, with only the light modules
 * loaded (so `--help` is quick); the command itself is loaded on demand. Large inputs run in a
 * worker thread, so this thread stays free to print a progress line when a run takes more than
 * a second (matching is synchronous and would otherwise block the timer); small inputs, which
 * finish well within a second, run here and skip the worker's start-up cost.
 */
import { statSync } from "node:fs";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { EXIT, writeProblem } from "./errors.js";
import type { Job, JobOutput } from "./job.js";
import { parseCommandLine } from "./program.js";
import { cliWords } from "./words.js";

const PROGRESS_AFTER_MS = 1000;
/** Inputs at least this large (in bytes, all files together) run in a worker thread. */
const WORKER_FROM_BYTES = 64 * 1024;

function inputBytes(files: readonly string[]): number {
  let total = 0;
  for (const f of files) {
    try {
      total += statSync(f).size;
    } catch {
      // A missing file is reported by the command itself.
    }
  }
  return total;
}

function write(stream: NodeJS.WriteStream, chunk: string | Uint8Array): void {
  stream.write(chunk);
}

function flush(out: JobOutput): void {
  for (const chunk of out.stdout) write(process.stdout, chunk);
  for (const line of out.stderr) write(process.stderr, `${line}\n`);
  process.exitCode = out.exitCode;
}

/**
 * Ends the process when standard output or standard error cannot be written. A reader that
 * stops early (`mentorpair match ... | head`) is not an error; anything else (a full disk,
 * a closed or read-only descriptor, a failed disk) is exit 2 with one line on standard error,
 * unless the command already ended in a bug. A broken standard error cannot say why: its exit
 * code does.
 */
function outputFailed(error: NodeJS.ErrnoException, stream: string | undefined): void {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  if (stream !== undefined) {
    process.stderr.write(
      `mentorpair: cannot write to ${stream}: ${writeProblem(error) ?? error.message}\n`,
    );
  }
  process.exit(process.exitCode === EXIT.bug ? EXIT.bug : EXIT.usage);
}

/** A line of progress, printed at once (the worker posts it while it works). */
const printLine = (line: string) => write(process.stderr, `${line}\n`);

function runInWorker(job: Job, progress: (line: string) => void): Promise<JobOutput> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    let output: JobOutput | undefined;
    worker.on("message", (message: JobOutput | { progress: string }) => {
      if ("progress" in message) progress(message.progress);
      else output = message;
    });
    worker.once("error", (error) => {
      output = {
        stdout: [],
        stderr: [
          `mentorpair: internal error; this is a bug in mentorpair:\n${error.stack ?? error.message}`,
        ],
        exitCode: EXIT.bug,
      };
    });
    worker.once("exit", () => {
      resolve(
        output ?? {
          stdout: [],
          stderr: ["mentorpair: internal error; the worker stopped without a result (a bug)"],
          exitCode: EXIT.bug,
        },
      );
    });
  });
}

async function main(): Promise<void> {
  const parsed = await parseCommandLine(process.argv.slice(2), {
    stdoutIsTTY: process.stdout.isTTY === true,
    writeOut: (s) => write(process.stdout, s),
    writeErr: (s) => write(process.stderr, s),
  });
  if ("exitCode" in parsed) {
    process.exitCode = parsed.exitCode;
    return;
  }
  const { job } = parsed;
  if (inputBytes(job.files) < WORKER_FROM_BYTES) {
    const { runJob } = await import("./run.js");
    flush(await runJob(job, printLine));
    return;
  }
  const started = Date.now();
  const timer =
    job.flags.quiet === true
      ? undefined
      : setTimeout(() => {
          process.stderr.write(`${cliWords(job.flags.lang).working(job.command)}\n`);
        }, PROGRESS_AFTER_MS);
  // A command that tells its progress needs no "working" line.
  const out = await runInWorker(job, (line) => {
    if (timer !== undefined) clearTimeout(timer);
    printLine(line);
  });
  if (timer !== undefined) clearTimeout(timer);
  if (job.flags.quiet !== true && Date.now() - started >= PROGRESS_AFTER_MS) {
    out.stderr.push(cliWords(job.flags.lang).done(job.command, (Date.now() - started) / 1000));
  }
  flush(out);
}

if (isMainThread) {
  process.stdout.on("error", (error) => outputFailed(error, "standard output"));
  process.stderr.on("error", (error) => outputFailed(error, undefined));
  main().catch((error: unknown) => {
    process.stderr.write(
      `mentorpair: internal error; this is a bug in mentorpair:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = EXIT.bug;
  });
} else {
  import("./run.js")
    .then(({ runJob }) =>
      runJob(workerData as Job, (progress) => parentPort!.postMessage({ progress })),
    )
    .then((out) => parentPort!.postMessage(out));
}
