import { formatReadIssue } from "../../io/index.js";
import { warningLines } from "../../io/warningLines.js";
import { EXIT } from "../errors.js";
import { type Job, type JobOutput, jobOptions, readInputs } from "../job.js";
import { cliWords } from "../words.js";

/**
 * `mentorpair validate FILE...`: every problem and warning at once, one per line, each naming
 * the file, sheet, row and column; exit 1 if there is any error.
 *
 * @example
 * await validateCommand(job, out); out.stdout // ["error: mentorer.csv row 4, ..."]
 */
export async function validateCommand(job: Job, out: JobOutput): Promise<void> {
  const options = jobOptions(job);
  const result = await readInputs(job, options);
  const errors = result.success ? [] : result.issues;
  const warnings = job.flags.quiet === true ? [] : result.warnings;
  const ineligible = result.success ? result.ineligible : [];
  const lang = job.flags.lang ?? "en";
  const w = cliWords(lang);
  if (job.flags.format === "json") {
    out.stdout.push(
      `${JSON.stringify({ valid: result.success, errors, warnings: result.warnings, ineligible }, null, 2)}\n`,
    );
  } else {
    const lines = [
      ...errors.map((i) => `${w.error}: ${formatReadIssue(i, lang)}`),
      ...warningLines(warnings, lang).map((line) => `${w.warning}: ${line}`),
      // Valid input, but match leaves these people out: the coordinator should know now.
      ...ineligible.map((i) => `${w.notEligible}: ${formatReadIssue(i, lang)}`),
    ];
    if (result.success) {
      const c = result.cohort;
      lines.push(
        w.validated({
          mentors: c.mentors.length,
          adepts: c.adepts.length,
          exclusions: c.exclusions.length,
          locked: c.locked.length,
          history: c.history.length,
          warnings: result.warnings.length,
          ineligible: ineligible.length,
        }),
      );
    } else {
      lines.push(w.invalid(errors.length, result.warnings.length));
    }
    out.stdout.push(`${lines.join("\n")}\n`);
  }
  out.exitCode = result.success ? EXIT.ok : EXIT.invalid;
}
