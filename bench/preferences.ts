/**
 * `match` on a generated cohort where some people gave preferences (every third adept ranks two
 * mentors, every fourth mentor one adept), so the result carries a stability block: time, peak
 * memory and a digest of the result (to compare two checkouts' answers):
 *   tsx bench/preferences.ts [TREE=.] [N=1500]
 * Not part of `npm test`.
 */
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { generateCohort } from "./generate.js";

const root = resolve(process.argv[2] ?? ".");
const n = Number(process.argv[3] ?? 1500);
const { match } = (await import(join(root, "src", "index.ts"))) as typeof import("../src/index.js");
const cohort = generateCohort(n, 7);
cohort.adepts.forEach((a, j) => {
  if (j % 3 === 0)
    a.preferences = [cohort.mentors[(j * 7) % n]!.id, cohort.mentors[(j * 13 + 1) % n]!.id];
});
cohort.mentors.forEach((m, i) => {
  if (i % 4 === 0) m.preferences = [cohort.adepts[(i * 5) % n]!.id];
});
const t = performance.now();
const result = match(cohort, { threads: 1 });
const ms = performance.now() - t;
const digest = createHash("sha256")
  .update(JSON.stringify(result, (k, v) => (k === "ms" ? undefined : v)))
  .digest("hex")
  .slice(0, 16);
console.log(
  `${n} + ${n}: match ${ms.toFixed(0)} ms, ${result.stability?.blockingPairs.length} blocking pairs, peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, result ${digest}`,
);
