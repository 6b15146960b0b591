/**
 * A/B timing of `match` (and `renderReport`) between this tree and another checkout, in one
 * process, interleaved, so that load from other processes hits both alike:
 *   tsx bench/ab.ts OTHER_TREE [SIZES=500,1000] [ROUNDS=15]
 * Prints min and median CPU ms per size for both trees and their ratio (this / other). Results are
 * compared too: the pairs must be identical. Not part of `npm test`.
 */
import { join, resolve } from "node:path";
import { generateCohort } from "./generate.js";

const other = resolve(process.argv[2] ?? "");
const sizes = (process.argv[3] ?? "500,1000").split(",").map(Number);
const rounds = Number(process.argv[4] ?? 15);
type Api = typeof import("../src/index.js");
const mine: Api = await import("../src/index.js");
const theirs: Api = await import(join(other, "src", "index.ts"));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
// CPU time of this process (user + system), in ms: less disturbed by other processes on a
// busy machine than wall-clock time.
const time = (f: () => unknown) => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
for (const n of sizes) {
  const cohort = generateCohort(n, 1);
  const a = mine.match(cohort);
  const b = theirs.match(cohort);
  const same =
    JSON.stringify(a.pairs) === JSON.stringify(b.pairs) &&
    JSON.stringify(a.objective) === JSON.stringify(b.objective);
  const t = {
    mine: [] as number[],
    theirs: [] as number[],
    rMine: [] as number[],
    rTheirs: [] as number[],
  };
  // Each round is a coordinator's flow on a cohort just read: `match` on a fresh copy (the first
  // call on an object validates and scores it), then `renderReport` on that copy and its result.
  for (let i = 0; i < rounds; i++) {
    const ca = structuredClone(cohort);
    const cb = structuredClone(cohort);
    let ra = a;
    let rb = b;
    t.mine.push(
      time(() => {
        ra = mine.match(ca);
      }),
    );
    t.theirs.push(
      time(() => {
        rb = theirs.match(cb);
      }),
    );
    t.rMine.push(time(() => mine.renderReport(ca, ra)));
    t.rTheirs.push(time(() => theirs.renderReport(cb, rb)));
  }
  const row = (name: string, x: number[], y: number[]) =>
    `${name}: this min ${Math.min(...x).toFixed(0)} med ${median(x).toFixed(0)} | other min ${Math.min(...y).toFixed(0)} med ${median(y).toFixed(0)} | ratio min ${(Math.min(...x) / Math.min(...y)).toFixed(2)} med ${(median(x) / median(y)).toFixed(2)}`;
  console.log(`n=${n} identical=${same}`);
  console.log(`  ${row("match", t.mine, t.theirs)}`);
  console.log(`  ${row("renderReport", t.rMine, t.rTheirs)}`);
  console.log(
    `  report / match (this): min ${(Math.min(...t.rMine) / Math.min(...t.mine)).toFixed(2)}, other: ${(Math.min(...t.rTheirs) / Math.min(...t.theirs)).toFixed(2)}`,
  );
}
