import { appCommand } from "./commands/app.js";
import { calibrateCommand } from "./commands/calibrate.js";
import { explainCommand } from "./commands/explain.js";
import { matchCommand } from "./commands/match.js";
import { reportCommand } from "./commands/report.js";
import { shortlistCommand } from "./commands/shortlist.js";
import { validateCommand } from "./commands/validate.js";
import { EXIT, InputError, UsageError } from "./errors.js";
import type { Job, JobOutput } from "./job.js";
import { checkOut } from "./output.js";
import { cliWords } from "./words.js";

const COMMANDS: Record<
  Job["command"],
  (job: Job, out: JobOutput, progress?: (line: string) => void) => Promise<void>
> = {
  validate: validateCommand,
  match: matchCommand,
  explain: explainCommand,
  report: reportCommand,
  app: appCommand,
  calibrate: calibrateCommand,
  shortlist: shortlistCommand,
};

/**
 * Runs one command and collects what it prints. Never throws: a usage error, an input error
 * and an unexpected error each become one short message and their exit code (2, 1, 3); only an
 * unexpected error, which is a bug, shows its stack. `progress` gets the lines to print at once
 * (a large cohort's progress), not at the end.
 *
 * @example
 * const out = await runJob({ command: "validate", files: ["a.csv"], flags: {}, stdoutIsTTY: false });
 */
export async function runJob(job: Job, progress?: (line: string) => void): Promise<JobOutput> {
  const out: JobOutput = { stdout: [], stderr: [], exitCode: EXIT.ok };
  try {
    checkOut(job); // before any work: --out must not lead to a file the job reads
    await COMMANDS[job.command](job, out, progress);
  } catch (error) {
    const lang = job.flags.lang;
    if (error instanceof UsageError) {
      out.stderr.push(`mentorpair ${job.command}: ${error.text(lang)}`);
      out.exitCode = EXIT.usage;
    } else if (error instanceof InputError) {
      out.stderr.push(`mentorpair ${job.command}: ${error.text(lang)}`);
      out.exitCode = EXIT.invalid;
    } else {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      out.stderr.push(cliWords(lang).bug(job.command, detail));
      out.exitCode = EXIT.bug;
    }
  }
  return out;
}
