/**
 * `npm run bench`: end-to-end `match` on the spring example (6 + 6), generated cohorts of 12
 * to 5,000 people per side, and two with more adepts than places (500 and 2,000 adepts, half as
 * many mentors with one place each; unmatched adepts are diagnosed as `match` does), with
 * the flow solver, javascript-lp-solver where it finishes within 60 s, and scipy's
 * linear_sum_assignment on the same capacity-expanded matrix when python3 with scipy is there.
 * Each measurement runs in its own process so peak memory is its own. Not part of `npm test`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Arguments: sizes to run, e.g. `500 2000`; a size ending in "s" (`2000s`) is the scarce shape:
// that many adepts and half as many mentors with one place each.
const picked = process.argv
  .slice(2)
  .filter((a) => /^\d+s?$/.test(a))
  .map((a) => ({ n: Number.parseInt(a, 10), scarce: a.endsWith("s") }));
const CASES =
  picked.length > 0
    ? picked
    : [
        ...[6, 12, 100, 500, 2000, 5000].map((n) => ({ n, scarce: false })),
        ...[500, 2000].map((n) => ({ n, scarce: true })),
      ];
const LP_LIMIT_MS = 60_000;
const here = import.meta.dirname;
const tsx = join(here, "..", "node_modules", ".bin", "tsx");

interface One {
  n: number;
  ran: string;
  matched: number;
  totalScore: number;
  matchMs: number;
  solveMs: number;
  scoringMs: number;
  rawSolveMs: number;
  scoreMatrixMs: number;
  peakMatchMb: number;
}

function one(n: number, solver: string, extra: string[] = [], timeout = 0): One | undefined {
  const out = spawnSync(tsx, [join(here, "one.ts"), String(n), solver, ...extra], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
    ...(timeout > 0 ? { timeout } : {}),
  });
  if (out.status !== 0) return undefined;
  return JSON.parse(out.stdout.trim().split("\n").at(-1)!) as One;
}

let scipy = true;
try {
  execFileSync("python3", ["-c", "import scipy.optimize"], { stdio: "ignore" });
} catch {
  scipy = false;
  console.log("python3 with scipy not found: the scipy column is skipped.");
}

const tmp = mkdtempSync(join(tmpdir(), "mentorpair-bench-"));
const f = (x: number) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x.toFixed(0)) : "-");
const rows: string[][] = [];
for (const { n, scarce } of CASES) {
  const dump = join(tmp, `m${n}.bin`);
  const shape = scarce ? ["--scarce"] : [];
  const flow = one(n, "flow", [...shape, ...(scipy ? ["--scipy-dump", dump] : [])]);
  if (flow === undefined) throw new Error(`bench: the flow run at n=${n} failed`);
  const auto = n <= 100 ? one(n, "auto", shape) : undefined;
  const lp = n <= 500 ? one(n, "lp", shape, LP_LIMIT_MS + 10_000) : undefined;
  let sc: { ms: number; matched: number; units: number } | undefined;
  if (scipy) {
    const res = spawnSync("python3", [join(here, "scipy_lsa.py"), dump, n >= 5000 ? "1" : "3"], {
      encoding: "utf8",
    });
    if (res.status === 0) sc = JSON.parse(res.stdout);
    rmSync(dump, { force: true });
    const same =
      sc !== undefined &&
      sc.matched === flow.matched &&
      sc.units === Math.round(flow.totalScore * 10_000);
    if (sc !== undefined && !same)
      console.log(`n=${n}: scipy's optimum differs from mentorpair's!`);
  }
  const lpOk = lp !== undefined && lp.matchMs <= LP_LIMIT_MS;
  rows.push([
    scarce ? `${n} adepts, ${Math.round(n / 2)} places` : `${n} x ${n}`,
    `${flow.matched}`,
    f(flow.scoringMs),
    f(flow.rawSolveMs),
    f(flow.matchMs),
    f(flow.peakMatchMb),
    auto === undefined ? "-" : `${f(auto.matchMs)} (${auto.ran})`,
    lpOk ? f(lp.matchMs) : "> 60 s / not run",
    lpOk ? `${f(lp.matchMs / flow.matchMs)}x` : "-",
    sc === undefined ? "skipped" : f(sc.ms),
    sc === undefined ? "-" : `${(flow.rawSolveMs / sc.ms).toFixed(2)}x`,
  ]);
  console.error(`done n=${n}${scarce ? " (scarce)" : ""}`);
}
rmSync(tmp, { recursive: true, force: true });

const head = [
  "people per side",
  "matched",
  "scoring ms",
  "flow solve ms",
  "match ms (flow)",
  "peak MB",
  "match ms (auto)",
  "match ms (lp)",
  "lp / flow",
  "scipy LSA ms",
  "flow solve / scipy",
];
console.log(`| ${head.join(" | ")} |`);
console.log(`|${head.map(() => "---").join("|")}|`);
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
console.log(
  "\nmedians after warm-up; scoring = validate + score + allowed pairs; flow solve = the exact solver alone;",
);
console.log(
  "scipy = linear_sum_assignment on the capacity-expanded matrix (rows = mentor places), timed in Python.",
);
