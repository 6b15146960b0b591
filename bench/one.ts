/**
 * One benchmark measurement in a fresh process (so peak memory is this run's own):
 *   tsx bench/one.ts SIZE SOLVER [--scarce] [--stars SHARE] [--scipy FILE]
 *   tsx bench/one.ts SIZE SOLVER [--scarce] [--stars SHARE] --scipy-dump FILE   (writes FILE for scipy, then exits)
 * (--scarce: SIZE adepts, SIZE / 2 mentors with one place each; --stars: that share of the
 * mentors everyone's first choice, `generateCohort`'s `shape.stars`)
 * Prints one JSON line: medians of end-to-end `match` and of each of its steps, peak RSS (read
 * right after the `match` runs, before the steps are timed). With `--scipy FILE` (a matrix
 * written by `--scipy-dump`), scipy's linear_sum_assignment runs in a Python process beside this
 * one, one run before each timed `match`: both are timed in the same minutes, as the machine's
 * speed drifts, and their medians make the ratio.
 */
import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { progressLines } from "../src/cli/commands/match.js";
import { type MatchOptions, match, type SolverChoice, scoreMatrix } from "../src/index.js";
import { buildProblem } from "../src/plan/buildProblem.js";
import { NATIONAL_SCALE } from "../src/plan/sparse.js";
import { prepare } from "../src/prepare/prepare.js";
import { generateCohort } from "./generate.js";
import { PHASES, type Phases, timePhases } from "./phases.js";

const n = Number(process.argv[2]);
const solver = process.argv[3] as SolverChoice;
const dumpAt = process.argv.indexOf("--scipy-dump");
const scipyAt = process.argv.indexOf("--scipy");
const starsAt = process.argv.indexOf("--stars");
const stars = starsAt > 0 ? Number(process.argv[starsAt + 1]) : 0;
// Size 6 is the programme's own spring cohort (6 mentors + 6 adepts) from examples/.
const cohort =
  n === 6
    ? JSON.parse(
        readFileSync(new URL("../examples/sjuharad-spring-2024.json", import.meta.url), "utf8"),
      )
    : process.argv.includes("--scarce")
      ? generateCohort(n, 7, { mentors: Math.round(n / 2), capacity: 1, stars })
      : generateCohort(n, 7, { stars });
// The matrix for scipy, in its own process (`--scipy-dump`): building the whole problem would
// count in this run's peak memory.
if (dumpAt > 0) {
  const p = prepare("bench", cohort, { solver });
  const { problem } = buildProblem(
    p,
    new Uint8Array(p.adepts.length),
    new Int32Array(p.mentors.length),
  );
  // Capacity-expanded dense matrix for scipy: allowed pairs carry units + BIG (BIG larger than
  // any total of units, so the most adepts matched dominates), forbidden pairs 0. Written one
  // row at a time, so the dump never holds the whole matrix.
  const big = 1_000_001 * problem.cols + 1;
  const fd = openSync(process.argv[dumpAt + 1]!, "w");
  const line = new Float64Array(problem.cols);
  let expandedRows = 0;
  for (let r = 0; r < problem.rows; r++) {
    line.fill(0);
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
      line[problem.colIndex[e]!] = problem.weight[e]! + big;
    }
    for (let k = 0; k < problem.capacity[r]!; k++) {
      writeSync(fd, line);
      expandedRows++;
    }
  }
  closeSync(fd);
  writeFileSync(
    `${process.argv[dumpAt + 1]}.json`,
    JSON.stringify({ rows: expandedRows, cols: problem.cols, big }),
  );
  console.log(JSON.stringify({ n, dumped: expandedRows }));
  process.exit(0);
}

const slow = solver === "lp" && n > 100;
// 41 at 500 per side: a call's time there spreads over 19-31 ms in the bench's protocol (the
// machine's other threads, a helper started late, a scavenge now and then), and a median of 15
// moved by 10 % between runs of the same code (2026-12-01).
const runs = slow ? 1 : n <= 12 ? 101 : n <= 100 ? 21 : n <= 500 ? 41 : n <= 2000 ? 3 : 1;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Warm-up: the first calls pay for JIT compilation, which a long-lived service pays once. V8
// optimises the scoring and solving loops in tiers over many calls: at 500 + 500 (a helper
// thread, 8 ms idle before each call, as between scipy's runs) the medians of calls 1-10,
// 11-20, ... 111-120 in one process were 69, 34, 28, 29, 25, 27, 25, 23, 25, 24, 25, 24 ms
// (2026-11-30; two more processes levelled off at 24-25 ms by call 90-100), so sizes up to
// 500 get 100 calls to measure the steady state, as scipy's is measured (bench/scipy_lsa.py).
// Small cohorts get many warm-up runs, as in a service that matches more than once.
const warmups = slow ? 0 : n <= 12 ? 500 : n <= 100 ? 50 : n <= 500 ? 100 : n <= 2000 ? 2 : 0;
// Every call gets a fresh copy of the cohort: `prepare` keeps what it prepared for an unchanged
// input object, so matching the same object again would skip validating and scoring it.
const fresh = () => structuredClone(cohort);
// From 100,000 pairs (the sparse path) `match` shares its first pass with a helper thread,
// which the first such call starts; here (run from source) it compiles its TypeScript first,
// about a second, which a service pays once: give it that second first, so that the warm-up
// calls below warm the helper's loops up as well.
const helped = cohort.mentors.length * cohort.adepts.length >= NATIONAL_SCALE.minPairs && !slow;
// A national cohort runs once: its code (and helper) is warmed up on a 1,000 + 1,000 cohort.
const warm = n <= 2000 ? fresh : () => generateCohort(1000, 3);
if (helped) {
  match(warm(), { solver });
  await new Promise((resolve) => setTimeout(resolve, 1500));
}
for (let i = 0; i < warmups; i++) match(fresh(), { solver });
// The helper's loops are optimised after a couple of calls of their own at the least.
if (helped && warmups < 2) for (let i = 0; i < 2 - warmups; i++) match(warm(), { solver });

// A national run's progress on stderr (bench.ts lets it through), from match's own onProgress.
const started = performance.now();
const told: MatchOptions =
  n >= 5000
    ? {
        onProgress: progressLines("match", "en", (line) =>
          console.error(`n=${n} +${((performance.now() - started) / 1000).toFixed(1)} s: ${line}`),
        ),
      }
    : {};
const matchMs: number[] = [];
// CPU time too (this process's, garbage collector threads included): steadier than wall time
// on a machine shared with other work.
const matchCpuMs: number[] = [];
const solveMs: number[] = [];
let result!: ReturnType<typeof match>;
const scipy = scipyAt > 0 ? await scipyServer(process.argv[scipyAt + 1]!) : undefined;
const scipyRuns: ScipyRun[] = [];
for (let i = 0; i < runs; i++) {
  if (scipy !== undefined) {
    // This process's own work goes on for a moment after a large `match` returns (the garbage
    // collector's and the compiler's threads): scipy timed right after it took 15.0 and 16.5 ms
    // at 500 + 500, after a 100 ms pause 7.4 and 7.5 ms (medians of 15 each, alternated in one
    // run, 2026-11-30). So from 500 per side it runs on a quiet machine, as `match` does after
    // scipy's run. Below, a pause only makes both colder (6 + 6: scipy 0.02 ms right after,
    // 0.05 after a pause; 100 + 100: 0.33 either way).
    if (n >= 500) await new Promise((resolve) => setTimeout(resolve, 100));
    scipyRuns.push(await scipy.run());
  }
  const copy = fresh();
  const t = performance.now();
  const c = process.cpuUsage();
  result = match(copy, { solver, ...told });
  matchMs.push(performance.now() - t);
  const used = process.cpuUsage(c);
  matchCpuMs.push((used.user + used.system) / 1000);
  solveMs.push(result.solver.ms);
}
const peakMatchMb = process.resourceUsage().maxRSS / 1024;
scipy?.stop();
const progress = (what: string) => {
  if (n >= 5000) console.error(`n=${n}: ${what}`);
};
progress(
  `match ${median(matchMs).toFixed(0)} ms, peak ${peakMatchMb.toFixed(0)} MB; timing its steps`,
);

// Where the time goes: each step of `match` timed on its own (bench/phases.ts), medians.
const laps: Phases[] = [];
for (let i = 0; i < (solver === "lp" ? 0 : runs); i++) laps.push(timePhases(fresh(), { solver }));
const phases = Object.fromEntries(
  PHASES.map((k) => [k, laps.length === 0 ? Number.NaN : median(laps.map((l) => l[k]))]),
) as unknown as Phases;

progress("steps timed");
let scoreMatrixMs = Number.NaN;
if (n <= 2000) {
  const copy = fresh();
  const t = performance.now();
  scoreMatrix(copy);
  scoreMatrixMs = performance.now() - t;
}

console.log(
  JSON.stringify({
    n,
    solver,
    ran: result.solver.name,
    matched: result.objective.matched,
    totalScore: result.objective.totalScore,
    matchMs: median(matchMs),
    matchCpuMs: median(matchCpuMs),
    solveMs: median(solveMs),
    phases,
    scoreMatrixMs,
    peakMatchMb,
    scipy:
      scipyRuns.length === 0
        ? undefined
        : {
            ms: median(scipyRuns.map((r) => r.ms)),
            cpuMs: median(scipyRuns.map((r) => r.cpuMs)),
            matched: scipyRuns[0]!.matched,
            units: scipyRuns[0]!.units,
            runs: scipyRuns.length,
          },
  }),
);

interface ScipyRun {
  ms: number;
  cpuMs: number;
  matched: number;
  units: number;
}

/**
 * scipy's linear_sum_assignment on `file` in a Python process that waits between runs
 * (bench/scipy_lsa.py --serve), so its runs can be interleaved with this process's own. One
 * untimed runs first where that is quick (see below).
 */
async function scipyServer(file: string): Promise<{ run(): Promise<ScipyRun>; stop(): void }> {
  const child = spawn("python3", [join(import.meta.dirname, "scipy_lsa.py"), file, "--serve"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const line = await lines.next();
    if (line.done === true) throw new Error(`bench: scipy stopped (n=${n})`);
    return JSON.parse(line.value);
  };
  await next();
  const run = async (): Promise<ScipyRun> => {
    child.stdin.write("run\n");
    return (await next()) as ScipyRun;
  };
  // Its first two runs in a process are slow (at 500 + 500: 22 and 16 ms, then 7 ms from the
  // third on, 2026-11-30): warmed up as `match` is, where that is quick.
  if (n <= 2000) for (let i = 0; i < 2; i++) await run();
  return { run, stop: () => child.stdin.end() };
}
