import { renderReport } from "../../report/renderReport.js";
import { EXIT } from "../errors.js";
import { type Job, type JobOutput, jobOptions, loadCohort } from "../job.js";
import { emit } from "../output.js";
import { sessionInput } from "../sessionInput.js";
import { cliWords } from "../words.js";
import { runMatch } from "./match.js";

/**
 * `mentorpair report FILE... --out report.html`: matches the cohort and writes one
 * self-contained HTML report (pairs with per-criterion bars, a heat map of every pair's score,
 * unmatched people with reasons, alternatives, the settings and the audit block).
 *
 * @example
 * await reportCommand({ ...job, flags: { out: "rapport.html", lang: "sv" } }, out);
 */
export async function reportCommand(job: Job, out: JobOutput): Promise<void> {
  const options = jobOptions(job);
  const lang = job.flags.lang ?? "en";
  const { cohort } = await loadCohort(job, options, out);
  const result = runMatch(cohort, options);
  const title = job.flags.title;
  // A session's decisions made by hand get their own section.
  const decisions = sessionInput(job)?.session.decisions;
  const html = renderReport(cohort, result, {
    ...options,
    lang,
    ...(title === undefined ? {} : { title }),
    ...(decisions === undefined ? {} : { decisions }),
  });
  emit(job, out, html);
  out.exitCode = result.pairs.length === 0 ? EXIT.invalid : EXIT.ok;
  if (result.pairs.length === 0) {
    out.stderr.push(`mentorpair report: ${cliWords(lang).noPair("report")}`);
  }
}
