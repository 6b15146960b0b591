import { writeCsv, writeXlsx } from "../../io/index.js";
import type { OutCell } from "../../io/writeCsv.js";
import { shortlist } from "../../shortlist/shortlist.js";
import type { Shortlist } from "../../shortlist/types.js";
import { type Job, type JobOutput, jobOptions, loadCohort } from "../job.js";
import type { Lang } from "../labels.js";
import { asUsage } from "../options.js";
import { emit } from "../output.js";
import { cliWords } from "../words.js";

/** The output formats of `shortlist`. */
export const SHORTLIST_FORMATS = ["table", "json", "csv", "xlsx"] as const;

/** One row per adept: the adept, then each mentor and its score (a mail merge's columns). */
function rows(s: Shortlist, lang: Lang): OutCell[][] {
  const w = cliWords(lang);
  const header: OutCell[] = ["Adept"];
  for (let k = 1; k <= s.perAdept; k++) header.push(...w.shortlistColumns(k));
  return [
    header,
    ...s.lists.map((l) => [l.adeptId, ...l.mentors.flatMap((m) => [m.mentorId, m.score])]),
  ];
}

/**
 * `mentorpair shortlist FILE... --per-adept 3`: for every adept, the mentors to read about and
 * rank (`shortlist`), as a table, JSON, CSV or XLSX (one row per adept: a mail merge's sheet).
 *
 * @example
 * await shortlistCommand(job, out); out.stdout // ["A01  M04 (81.2)  M02 (77)  M07 (70.5)\n", ...]
 */
export async function shortlistCommand(job: Job, out: JobOutput): Promise<void> {
  const options = jobOptions(job);
  const lang = job.flags.lang ?? "en";
  const ext = /\.([a-z]+)$/iu.exec(job.flags.out ?? "")?.[1]?.toLowerCase();
  const format = job.flags.format ?? SHORTLIST_FORMATS.find((f) => f === ext) ?? "table";
  const { cohort } = await loadCohort(job, options, out);
  const s = asUsage("shortlist", () =>
    shortlist(cohort, { ...options, perAdept: job.flags.perAdept ?? 3 }),
  );
  if (format === "json") emit(job, out, `${JSON.stringify(s, null, 2)}\n`);
  else if (format === "csv") {
    const csv = lang === "sv" ? { delimiter: ";" as const, decimalComma: true } : {};
    emit(job, out, writeCsv(rows(s, lang), csv));
  } else if (format === "xlsx") {
    emit(job, out, await writeXlsx([{ name: cliWords(lang).shortlistSheet, rows: rows(s, lang) }]));
  } else {
    const text = s.lists.map(
      (l) => `${l.adeptId}  ${l.mentors.map((m) => `${m.mentorId} (${m.score})`).join("  ")}`,
    );
    emit(job, out, `${text.join("\n")}\n`);
  }
  const short = s.lists.filter((l) => l.mentors.length < s.perAdept).length;
  if (short > 0 && job.flags.quiet !== true) {
    out.stderr.push(
      `${cliWords(lang).warning}: ${cliWords(lang).shortlistShort(short, s.perAdept)}`,
    );
  }
}
