import { basename } from "node:path";
import { calibrate } from "../../learn/calibrate.js";
import type { ChosenPlan } from "../../learn/types.js";
import { CALIBRATION_WORDS } from "../../learn/words.js";
import { CRITERIA } from "../../types.js";
import { printable } from "../../util/quote.js";
import { EXIT, UsageError } from "../errors.js";
import { type Job, type JobOutput, jobOptions, loadCohort } from "../job.js";
import { formatDecimal, labels } from "../labels.js";
import { asUsage } from "../options.js";
import { emit } from "../output.js";
import { readPairsFile } from "../pairsFile.js";
import { grid } from "../render.js";

/**
 * `mentorpair calibrate --cohort FILE --chosen FILE ...`: weights learned from earlier cohorts and
 * the pairs their coordinators chose (the n-th `--chosen` file holds the n-th cohort's pairs: the
 * tool's own exports or any sheet with mentor and adept columns), with the evidence: regret and
 * reproduced pairs per cohort, and leave-one-cohort-out prediction. Prints a summary, or JSON
 * (`--format json`, the whole `Calibration`). Nothing is applied.
 *
 * @example
 * await calibrateCommand(job, out); // job.flags.cohort, job.flags.chosen
 */
export async function calibrateCommand(job: Job, out: JobOutput): Promise<void> {
  const cohorts = job.flags.cohort ?? [];
  const chosen = job.flags.chosen ?? [];
  if (cohorts.length === 0 || cohorts.length !== chosen.length)
    throw new UsageError((w) =>
      w.option("give each --cohort FILE its --chosen FILE, in the same order"),
    );
  const options = jobOptions(job);
  const lang = job.flags.lang ?? "en";
  const examples: ChosenPlan[] = [];
  for (const [i, file] of cohorts.entries()) {
    const { cohort } = await loadCohort({ ...job, files: [file] }, options, out);
    const pairs = (await readPairsFile(chosen[i]!, "chosen")).map((p) => ({
      mentorId: p.mentor,
      adeptId: p.adept,
    }));
    examples.push({ cohort, pairs, name: printable(basename(file)) });
  }
  // A chosen pair naming someone who is not in its cohort is a mistake in the files given.
  const cal = asUsage("calibrate", () => calibrate(examples, { match: options }));
  if (job.flags.format === "json") {
    emit(job, out, `${JSON.stringify(cal, null, 2)}\n`);
    out.exitCode = EXIT.ok;
    return;
  }
  const W = CALIBRATION_WORDS[lang];
  const L = labels(lang);
  const num = (x: number | null | undefined) =>
    x === null || x === undefined ? "-" : formatDecimal(x, lang, 2);
  const weights = grid(
    [
      [W.criterion, W.current, W.learned],
      ...CRITERIA.map((c) => [L.criteria[c], num(cal.current[c]), num(cal.weights[c])]),
    ],
    [],
  ).join("\n");
  const perCohort = grid(
    [
      [W.cohort, W.status, W.pairs, W.regret, W.reproduced, W.heldOut],
      ...cal.perCohort.map((c) => [
        c.name,
        W.statuses[c.status],
        String(c.pairs),
        num(c.regret),
        String(c.reproduced),
        c.heldOutReproduced === undefined ? "-" : String(c.heldOutReproduced),
      ]),
    ],
    [],
  ).join("\n");
  const usable = cal.perCohort.filter((c) => c.status === "comparable").length;
  const lines = [
    W.title(usable, Math.round(cal.regret * 10_000) / 10_000),
    "",
    weights,
    "",
    perCohort,
    ...(cal.heldOut === null ? [] : ["", W.heldOutLine(cal.heldOut.reproduced, cal.heldOut.pairs)]),
    ...(cal.verified ? [] : ["", W.unverified]),
    "",
    W.advice(CRITERIA.map((c) => `${c}=${cal.weights[c]}`).join(",")),
  ];
  emit(job, out, `${lines.join("\n")}\n`);
  out.exitCode = EXIT.ok;
}
