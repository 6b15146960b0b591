/**
 * One benchmark measurement in a fresh process (so peak memory is this run's own):
 *   tsx bench/one.ts SIZE SOLVER [--scipy-dump FILE] [--scarce]
 * (--scarce: SIZE adepts, SIZE / 2 mentors with one place each)
 * Prints one JSON line: medians of scoring, solving and end-to-end `match`, peak RSS.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { match, type SolverChoice, scoreMatrix } from "../src/index.js";
import { buildProblem } from "../src/plan/buildProblem.js";
import { prepare } from "../src/prepare/prepare.js";
import { solveAssignment } from "../src/solve/assignment.js";
import { generateCohort } from "./generate.js";

const n = Number(process.argv[2]);
const solver = process.argv[3] as SolverChoice;
const dumpAt = process.argv.indexOf("--scipy-dump");
// Size 6 is the programme's own spring cohort (6 mentors + 6 adepts) from examples/.
const cohort =
  n === 6
    ? JSON.parse(
        readFileSync(new URL("../examples/sjuharad-spring-2024.json", import.meta.url), "utf8"),
      )
    : process.argv.includes("--scarce")
      ? generateCohort(n, 7, { mentors: Math.round(n / 2), capacity: 1 })
      : generateCohort(n, 7);
const slow = solver === "lp" && n > 100;
const runs = slow ? 1 : n <= 12 ? 101 : n <= 100 ? 21 : n <= 500 ? 7 : n <= 2000 ? 3 : 1;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Warm-up: the first call pays for JIT compilation, which a long-lived service pays once.
// Small cohorts get many warm-up runs, as in a service that matches more than once.
const warmups = slow ? 0 : n <= 12 ? 500 : n <= 100 ? 50 : n <= 2000 ? 1 : 0;
for (let i = 0; i < warmups; i++) match(cohort, { solver });

const matchMs: number[] = [];
const solveMs: number[] = [];
let result!: ReturnType<typeof match>;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  result = match(cohort, { solver });
  matchMs.push(performance.now() - t);
  solveMs.push(result.solver.ms);
}
const peakMatchMb = process.resourceUsage().maxRSS / 1024;

// The parts: scoring (prepare + allowed pairs), and the bare exact solver on the same problem.
const scoringMs: number[] = [];
const rawSolveMs: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const p = prepare("bench", cohort, { solver });
  const adeptLocked = new Uint8Array(p.adepts.length);
  const load = new Int32Array(p.mentors.length);
  const { problem } = buildProblem(p, adeptLocked, load);
  const t1 = performance.now();
  solveAssignment(problem);
  rawSolveMs.push(performance.now() - t1);
  scoringMs.push(t1 - t0);
  if (dumpAt > 0 && i === 0) {
    // Capacity-expanded dense matrix for scipy: allowed pairs carry units + BIG (BIG larger than
    // any total of units, so the most adepts matched dominates), forbidden pairs 0.
    const big = 1_000_001 * problem.cols + 1;
    const expanded: number[] = [];
    for (let r = 0; r < problem.rows; r++)
      for (let k = 0; k < problem.capacity[r]!; k++) expanded.push(r);
    const m = new Float64Array(expanded.length * problem.cols);
    expanded.forEach((r, row) => {
      for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
        m[row * problem.cols + problem.colIndex[e]!] = problem.weight[e]! + big;
      }
    });
    writeFileSync(process.argv[dumpAt + 1]!, m);
    writeFileSync(
      `${process.argv[dumpAt + 1]}.json`,
      JSON.stringify({
        rows: expanded.length,
        cols: problem.cols,
        big,
        matched: result.objective.matched,
        units: Math.round(result.objective.totalScore * 10_000) - 0,
      }),
    );
  }
}

let scoreMatrixMs = Number.NaN;
if (n <= 2000) {
  const t = performance.now();
  scoreMatrix(cohort);
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
    solveMs: median(solveMs),
    scoringMs: median(scoringMs),
    rawSolveMs: median(rawSolveMs),
    scoreMatrixMs,
    peakMatchMb,
  }),
);
