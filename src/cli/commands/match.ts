import { writeCsv, writeXlsx } from "../../io/index.js";
import { matchWithPlan } from "../../match/match.js";
import type { SolvedPlan } from "../../plan/plan.js";
import type { Prepared } from "../../prepare/prepare.js";
import type { MatchProgress } from "../../progressTypes.js";
import type { Cohort } from "../../schema/cohort.js";
import type { StablePlanResult } from "../../stability/stability.js";
import { matchStableWithPlan } from "../../stable/matchStable.js";
import type { MatchOptions, MatchResult } from "../../types.js";
import { EXIT, UsageError } from "../errors.js";
import { type Job, type JobOutput, jobOptions, loadCohort } from "../job.js";
import { optionProblem } from "../options.js";
import { emit, outputFormat } from "../output.js";
import { reasons } from "../reasons.js";
import { renderMarkdown, renderTable, resultRows, resultSheets } from "../render.js";
import { cliWords } from "../words.js";

/**
 * Runs the pipeline once, as `match` does (prepare, plan, result), turning an option the
 * library rejects into a usage error. The prepared cohort and the plan go on to the reasons and
 * the report, so no command prepares or solves the cohort twice.
 *
 * @example
 * const { p, plan, result } = runMatch(cohort, { weights: { wishes: 3 } });
 */
export function runMatch(
  cohort: Cohort,
  options: MatchOptions,
): { p: Prepared; plan: SolvedPlan | StablePlanResult; result: MatchResult } {
  try {
    return options.objective === "stable"
      ? matchStableWithPlan(cohort, options)
      : matchWithPlan(cohort, options);
  } catch (error) {
    const problem = optionProblem(error);
    if (problem !== undefined) throw new UsageError((w) => w.option(problem));
    throw error;
  }
}

/**
 * Above how many people on a side `match` prints its progress on stderr (unless `--quiet`):
 * below it a run takes about a second.
 *
 * @example
 * Math.max(cohort.mentors.length, cohort.adepts.length) > PROGRESS_FROM_PEOPLE // print it
 */
export const PROGRESS_FROM_PEOPLE = 2000;

/**
 * Progress lines for `onProgress`: each phase as it starts, and a long one every tenth.
 *
 * @example
 * match(cohort, { onProgress: progressLines("match", "en", console.error) });
 */
export function progressLines(
  command: string,
  lang: "sv" | "en",
  write: (line: string) => void,
): (p: MatchProgress) => void {
  let last = "";
  return ({ phase, done, total }) => {
    if (total <= 1 && done > 0) return;
    const line = cliWords(lang).progress(
      command,
      phase,
      total > 1 ? Math.floor((10 * done) / total) * 10 : undefined,
    );
    if (line !== last) write(line);
    last = line;
  };
}

/**
 * `mentorpair match FILE...`: the best pairs as a table, JSON (the full `MatchResult`), CSV,
 * XLSX or Markdown. Exit 1 when the input is invalid or no pair can be formed. With more than
 * `PROGRESS_FROM_PEOPLE` on a side, `progress` is told a line per phase (unless `--quiet`):
 * it is printed at once, where `out` is printed at the end.
 *
 * @example
 * await matchCommand(job, out); out.exitCode // 0, or 1 when no pair can be formed
 */
export async function matchCommand(
  job: Job,
  out: JobOutput,
  progress?: (line: string) => void,
): Promise<void> {
  const options = jobOptions(job);
  const format = outputFormat(job.flags);
  const lang = job.flags.lang ?? "en";
  if (job.flags.alternatives !== undefined && format === "csv") {
    throw new UsageError((w) => w.alternativesNotCsv());
  }
  const { cohort } = await loadCohort(job, options, out);
  const large = Math.max(cohort.mentors.length, cohort.adepts.length) > PROGRESS_FROM_PEOPLE;
  const { result } = runMatch(
    cohort,
    large && progress !== undefined && job.flags.quiet !== true
      ? { ...options, onProgress: progressLines("match", lang, progress) }
      : options,
  );
  if (format === "json") {
    emit(job, out, `${JSON.stringify(result, null, 2)}\n`);
  } else {
    const why = reasons(result, lang);
    if (format === "csv") {
      const csv = lang === "sv" ? { delimiter: ";" as const, decimalComma: true } : {};
      emit(job, out, writeCsv(resultRows(result, lang, why), csv));
    } else if (format === "xlsx") {
      emit(job, out, await writeXlsx(resultSheets(result, lang, why)));
    } else if (format === "md") {
      emit(job, out, renderMarkdown(result, lang, why));
    } else {
      emit(job, out, renderTable(result, lang, why));
    }
  }
  if (result.pairs.length === 0) {
    out.stderr.push(`mentorpair: ${cliWords(lang).noPair("match")}`);
    out.exitCode = EXIT.invalid;
  }
}
