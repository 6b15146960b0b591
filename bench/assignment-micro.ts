/**
 * Dev micro-benchmark for solveAssignment (not part of the test suite).
 *
 *   npx tsx bench/assignment-micro.ts            # n = 100, 500, 2000, 5000
 *   npx tsx bench/assignment-micro.ts 2000 --scipy   # also time scipy on the expanded matrix
 *
 * Instances: n mentors (capacity 1-3) x n adepts, ~80% of pairs allowed, integer weights 0..1e6.
 * Extra shapes stress the "more adepts than seats" path and tie-heavy scores.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AssignmentProblem, solveAssignment } from "../src/solve/assignment.js";
import { checkAssignmentOptimality } from "../src/solve/certificate.js";
import { mulberry32 } from "../src/util/random.js";

const rng = mulberry32;

function randomProblem(
  rows: number,
  cols: number,
  density: number,
  maxWeight: number,
  seed: number,
  capMax = 3,
): AssignmentProblem {
  const rand = rng(seed);
  const capacity = new Int32Array(rows);
  for (let r = 0; r < rows; r++) capacity[r] = 1 + Math.floor(rand() * capMax);
  const rowStart = new Int32Array(rows + 1);
  const colList = new Int32Array(Math.ceil(rows * cols * Math.min(1, density + 0.02)) + cols);
  const weightList = new Float64Array(colList.length);
  let edges = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (rand() >= density) continue;
      if (edges === colList.length) throw new Error("bench: edge buffer too small");
      colList[edges] = c;
      weightList[edges] = Math.floor(rand() * (maxWeight + 1));
      edges++;
    }
    rowStart[r + 1] = edges;
  }
  return {
    rows,
    cols,
    capacity,
    rowStart,
    colIndex: colList.slice(0, edges),
    weight: weightList.slice(0, edges),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeSolve(
  problem: AssignmentProblem,
  reps: number,
): { ms: number; matched: number; total: number } {
  const times: number[] = [];
  let last = solveAssignment(problem);
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    last = solveAssignment(problem);
    times.push(performance.now() - t0);
  }
  const cert = checkAssignmentOptimality(problem, last);
  if (!cert.ok) throw new Error(`bench: certificate failed: ${cert.reason}`);
  return { ms: median(times), matched: last.matched, total: last.totalWeight };
}

/** Times scipy on the capacity-expanded matrix (adepts x seats), if python3 + scipy exist. */
function timeScipy(problem: AssignmentProblem): string {
  const dir = mkdtempSync(join(tmpdir(), "lsa-"));
  const file = join(dir, "p.json");
  writeFileSync(
    file,
    JSON.stringify({
      rows: problem.rows,
      cols: problem.cols,
      capacity: Array.from(problem.capacity),
      rowStart: Array.from(problem.rowStart),
      colIndex: Array.from(problem.colIndex),
      weight: Array.from(problem.weight),
    }),
  );
  const script = `
import json, sys, time
import numpy as np
from scipy.optimize import linear_sum_assignment
p = json.load(open(sys.argv[1]))
rows, cols = p["rows"], p["cols"]
cap = np.array(p["capacity"]); rs = np.array(p["rowStart"]); ci = np.array(p["colIndex"]); w = np.array(p["weight"], dtype=float)
seats = int(cap.sum())
big = (w.max() - w.min() + 1) * (cols + 1) if len(w) else 1.0
M = np.zeros((cols, seats))  # 0 = forbidden/unmatched; allowed = big + w - min (> 0)
seat = 0
for r in range(rows):
    e0, e1 = rs[r], rs[r + 1]
    for k in range(cap[r]):
        M[ci[e0:e1], seat] = big + w[e0:e1] - (w.min() if len(w) else 0)
        seat += 1
times = []
for _ in range(5):
    t0 = time.perf_counter(); ri, cj = linear_sum_assignment(M, maximize=True); times.append(time.perf_counter() - t0)
sel = M[ri, cj] > 0
total = int(round(float((M[ri, cj][sel] - big + (w.min() if len(w) else 0)).sum())))
print("%.1f ms (matched %d, total %d)" % (sorted(times)[2] * 1000, int(sel.sum()), total))
`;
  try {
    return execFileSync("python3", ["-c", script, file], { encoding: "utf8" }).trim();
  } catch {
    return "unavailable";
  }
}

const args = process.argv.slice(2);
const withScipy = args.includes("--scipy");
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const ns = sizes.length > 0 ? sizes : [100, 500, 2000, 5000];

for (const n of ns) {
  const reps = n >= 5000 ? 3 : n >= 2000 ? 5 : 11;
  const cases: [string, AssignmentProblem][] = [
    [`${n}x${n} cap1-3 80% w0..1e6`, randomProblem(n, n, 0.8, 1_000_000, n)],
    [`${n}x${n} cap1-3 80% w0..100 (ties)`, randomProblem(n, n, 0.8, 100, n + 1)],
    [`${n}x${n} cap1 80% w0..1e6`, randomProblem(n, n, 0.8, 1_000_000, n + 2, 1)],
    [
      `${Math.round(n / 2)}x${n} cap1 80% (seats short)`,
      randomProblem(Math.round(n / 2), n, 0.8, 1_000_000, n + 3, 1),
    ],
  ];
  for (const [name, problem] of cases) {
    if (n >= 5000 && name.includes("seats short")) continue;
    const t0 = performance.now();
    const r = timeSolve(problem, reps);
    const wall = performance.now() - t0;
    let line = `${name.padEnd(40)} median ${r.ms.toFixed(1).padStart(8)} ms  matched ${r.matched}  (total ${r.total}, ${(wall / 1000).toFixed(1)} s wall)`;
    if (withScipy && n <= 2000) line += `  scipy ${timeScipy(problem)}`;
    console.log(line);
  }
}
