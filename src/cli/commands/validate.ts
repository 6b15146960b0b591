import { formatReadIssue } from "../../io/index.js";
import { EXIT } from "../errors.js";
import { type Job, type JobOutput, jobOptions, readInputs } from "../job.js";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

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
  if (job.flags.format === "json") {
    out.stdout.push(
      `${JSON.stringify({ valid: result.success, errors, warnings: result.warnings, ineligible }, null, 2)}\n`,
    );
  } else {
    const lines = [
      ...errors.map((i) => `error: ${formatReadIssue(i)}`),
      ...warnings.map((w) => `warning: ${formatReadIssue(w)}`),
      // Valid input, but match leaves these people out: the coordinator should know now.
      ...ineligible.map((w) => `not eligible: ${formatReadIssue(w)}`),
    ];
    if (result.success) {
      const c = result.cohort;
      const left =
        ineligible.length === 0
          ? ""
          : `; ${ineligible.length} not eligible (match leaves them out)`;
      lines.push(
        `ok: ${plural(c.mentors.length, "mentor")}, ${plural(c.adepts.length, "adept")}, ${plural(c.exclusions.length, "exclusion")}, ${plural(c.locked.length, "locked pair")}, ${plural(c.history.length, "earlier pair")}; ${plural(result.warnings.length, "warning")}${left}`,
      );
    } else {
      lines.push(
        `${plural(errors.length, "error")}, ${plural(result.warnings.length, "warning")}: fix the errors and run validate again`,
      );
    }
    out.stdout.push(`${lines.join("\n")}\n`);
  }
  out.exitCode = result.success ? EXIT.ok : EXIT.invalid;
}
