import { explainPair } from "../../explain/explainPair.js";
import { CRITERIA } from "../../types.js";
import { EXIT } from "../errors.js";
import { type Job, type JobOutput, jobOptions, loadCohort } from "../job.js";
import { formatDecimal, labels } from "../labels.js";
import { asUsage } from "../options.js";

/** Wraps text at `width` columns, for a terminal. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/u)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}

/**
 * `mentorpair explain FILE... --mentor ID --adept ID`: why the pair scores as it does (the
 * strongest and weakest criteria with their facts), whether the optimal plan chose it, and what
 * forcing it would cost.
 *
 * @example
 * await explainCommand(job, out); // job.flags.mentor, job.flags.adept
 */
export async function explainCommand(job: Job, out: JobOutput): Promise<void> {
  const options = jobOptions(job);
  const lang = job.flags.lang ?? "en";
  const { cohort } = await loadCohort(job, options, out);
  // An unknown id, or an id of the other role, is a mistake on the command line.
  const e = asUsage("explainPair", () =>
    explainPair(cohort, job.flags.mentor ?? "", job.flags.adept ?? "", { ...options, lang }),
  );
  if (job.flags.format === "json") {
    out.stdout.push(`${JSON.stringify(e, null, 2)}\n`);
  } else {
    const L = labels(lang);
    const scores = CRITERIA.map((c) => `${L.criteria[c]} ${formatDecimal(e.criteria[c], lang, 2)}`);
    out.stdout.push(
      `${wrap(e.text, 96)}\n\n${e.mentorId} + ${e.adeptId}: ${L.score} ${formatDecimal(e.score, lang, 1)} (${scores.join(", ")})\n`,
    );
  }
  out.exitCode = EXIT.ok;
}
