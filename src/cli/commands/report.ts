import { cohortContext } from "../../explain/context.js";
import { auditPlan } from "../../learn/auditPlan.js";
import { fairnessSection, robustnessSection } from "../../learn/sections.js";
import { weightRanges } from "../../learn/weightRanges.js";
import { reportHtml, reportOptions } from "../../report/renderReport.js";
import { listsAlternatives } from "../../report/verify.js";
import type { Cohort } from "../../schema/cohort.js";
import type { MatchOptions, MatchResult } from "../../types.js";
import { EXIT, UsageError } from "../errors.js";
import { type Job, type JobOutput, jobOptions, loadCohort } from "../job.js";
import { asUsage } from "../options.js";
import { emit } from "../output.js";
import { sessionInput } from "../sessionInput.js";
import { cliWords } from "../words.js";
import { runMatch } from "./match.js";

/** The weight ranges of `--robustness`, for the result's own plan (solved once more, not twice). */
function robustness(cohort: Cohort, result: MatchResult, options: MatchOptions) {
  if (options.objective === "fair") {
    throw new UsageError((w) =>
      w.option('--robustness describes the plan of objective "total", not of "fair"'),
    );
  }
  return weightRanges(cohort, { match: options, pairs: result.pairs });
}

/** The audit by the fields of `--fairness`; a field nobody has is a usage error. */
function audit(cohort: Cohort, result: MatchResult, fields: string, options: MatchOptions) {
  const by = fields
    .split(",")
    .map((f) => f.trim())
    .filter((f) => f !== "");
  return asUsage(
    "auditPlan",
    () => auditPlan(cohort, result, { by, match: options }),
    "--fairness: ",
  );
}

/**
 * `mentorpair report FILE... --out report.html`: matches the cohort and writes one
 * self-contained HTML report (pairs with per-criterion bars, a heat map of every pair's score,
 * unmatched people with reasons, alternatives, the settings and the audit block). One pipeline:
 * the report is written from the plan the match made, so nothing is prepared or solved twice.
 *
 * @example
 * await reportCommand({ ...job, flags: { out: "rapport.html", lang: "sv" } }, out);
 */
export async function reportCommand(job: Job, out: JobOutput): Promise<void> {
  const options = jobOptions(job);
  const lang = job.flags.lang ?? "en";
  const { cohort } = await loadCohort(job, options, out);
  const { p, plan, result } = runMatch(cohort, options);
  // The report of the plan just made: nothing to check, prepare or solve again.
  // A session's decisions made by hand get their own section.
  const decisions = sessionInput(job)?.session.decisions;
  const sections = [
    ...(job.flags.robustness === true
      ? [robustnessSection(robustness(cohort, result, options), lang)]
      : []),
    ...(job.flags.fairness === undefined
      ? []
      : [fairnessSection(audit(cohort, result, job.flags.fairness, options), lang)]),
  ];
  const own = reportOptions({
    lang,
    title: job.flags.title,
    decisions,
    ...(sections.length === 0 ? {} : { sections }),
  });
  const pairs: { mentor: number; adept: number }[] = [];
  plan.mentorOf.forEach((mentor, adept) => {
    if (mentor >= 0) pairs.push({ mentor, adept });
  });
  // In the result's order (canonical mentor, then adept), as reportHtml reads them.
  pairs.sort((x, y) => x.mentor - y.mentor || x.adept - y.adept);
  const alternativesPlan = listsAlternatives(p) ? plan : null;
  const html = reportHtml(cohortContext(p), result, pairs, alternativesPlan, own);
  emit(job, out, html);
  out.exitCode = result.pairs.length === 0 ? EXIT.invalid : EXIT.ok;
  if (result.pairs.length === 0) {
    out.stderr.push(`mentorpair report: ${cliWords(lang).noPair("report")}`);
  }
}
