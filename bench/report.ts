/**
 * What the report costs beside `match`:
 *   tsx bench/report.ts [SIZE=1000] [SEED=1] [total|fair] [RUNS=3]
 * Generates `generateCohort(SIZE, SEED)`, then times, in this process and after one warm-up
 * each: `match` on a fresh copy of the cohort, `renderReport(copy, result)` with the same options
 * (it reuses what `match` prepared for that object), and the CLI's `report`
 * command on the cohort as a JSON file (read, validate, match, report, write: in-process, as
 * `mentorpair report cohort.json --out report.html` runs it after start-up). Prints medians in
 * ms and the report's share of `match`. Uses only the public API and the CLI's entry points, so
 * it runs on older versions too. Not part of `npm test`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCommandLine } from "../src/cli/program.js";
import { runJob } from "../src/cli/run.js";
import { match, renderReport } from "../src/index.js";
import { generateCohort } from "./generate.js";

const size = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 1);
const objective = (process.argv[4] ?? "total") as "total" | "fair";
const runs = Number(process.argv[5] ?? 3);
const cohort = generateCohort(size, seed);
const options = { objective };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (f: () => unknown) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

const dir = mkdtempSync(join(tmpdir(), "mentorpair-bench-report-"));
const input = join(dir, "cohort.json");
writeFileSync(input, JSON.stringify(cohort));
async function cli(): Promise<number> {
  const t = performance.now();
  const parsed = await parseCommandLine(
    ["report", input, "--objective", objective, "--out", join(dir, "report.html"), "--quiet"],
    { stdoutIsTTY: false, writeOut: () => {}, writeErr: () => {} },
  );
  if ("exitCode" in parsed) throw new Error("bench/report: bad command line");
  const out = await runJob(parsed.job);
  if (out.exitCode !== 0) throw new Error(`bench/report: report failed: ${out.stderr.join(" ")}`);
  return performance.now() - t;
}

const result = match(cohort, options);
renderReport(cohort, result, options);
await cli();
const matchMs: number[] = [];
const reportMs: number[] = [];
const cliMs: number[] = [];
// match and renderReport interleaved, so a busy machine slows both alike; the CLI after them
// (its garbage would otherwise be collected during the next measurement).
// Each run is one coordinator's flow on a cohort just read: `match` on a fresh copy (so it
// validates and scores, as the first call on a cohort does), then `renderReport` on that copy
// and its result.
for (let i = 0; i < runs; i++) {
  const fresh = structuredClone(cohort);
  let made = result;
  matchMs.push(
    time(() => {
      made = match(fresh, options);
    }),
  );
  reportMs.push(time(() => renderReport(fresh, made, options)));
}
for (let i = 0; i < runs; i++) cliMs.push(await cli());
rmSync(dir, { recursive: true, force: true });
const m = median(matchMs);
const r = median(reportMs);
console.log(
  JSON.stringify({
    size,
    seed,
    objective,
    runs,
    matchMs: Math.round(m),
    renderReportMs: Math.round(r),
    reportShareOfMatch: Number((r / m).toFixed(3)),
    cliReportMs: Math.round(median(cliMs)),
    certificateBytes: JSON.stringify(result.certificate ?? null).length,
    resultBytes: JSON.stringify(result).length,
  }),
);
