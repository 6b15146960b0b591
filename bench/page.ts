/**
 * The coordinator's page's speed budget, in Chromium on this machine:
 *   tsx bench/page.ts [SIZE=200] [CHANGES=8]
 * Loads a generated SIZE + SIZE cohort into the page (file://, as a coordinator opens it), then
 * changes the geography weight CHANGES times and prints, per change, the page's own measures:
 * `mentorpair:shown` (from the change to the new plan in the page; the budget is 300 ms at
 * 200 + 200) and `mentorpair:complete` (the heat map and reasons too), with the best and the
 * median of all but the first change (which also warms the worker up), and `match` on the same
 * cohort in Node in the same run for scale. Needs `npm run build` first (dist/app) and Debian's
 * chromium (CHROMIUM_PATH). Not part of `npm test`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { match } from "../src/index.js";
import { nextPlan, startHarness } from "../test/app/harness.js";
import { generateCohort } from "./generate.js";

const size = Number(process.argv[2] ?? 200);
const changes = Number(process.argv[3] ?? 8);
const VALUES = ["2", "3", "1.5", "4", "2.5", "0.5", "3.5", "1.25"];
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const h = await startHarness();
try {
  const { page, context } = await h.open();
  const cohort = generateCohort(size, 7);
  const file = join(h.dir, `cohort-${size}.json`);
  writeFileSync(file, JSON.stringify(cohort));
  await nextPlan(page, () => page.setInputFiles("#files", file));
  const weight = page.getByLabel("Geography: weights");
  const last = async (name: string) => {
    const all = (await page.evaluate(
      (n) => performance.getEntriesByName(n).map((e) => e.duration),
      name,
    )) as number[];
    return all[all.length - 1] ?? Number.NaN;
  };
  const shown: number[] = [];
  const complete: number[] = [];
  for (let i = 0; i < changes; i++) {
    await nextPlan(page, async () => {
      // Each value differs from the one before (and from the default), so each is a change.
      await weight.fill(VALUES[i % VALUES.length]!);
      await weight.press("Enter");
    });
    shown.push(await last("mentorpair:shown"));
    await page.waitForSelector("table.heatmap[aria-busy='false']");
    complete.push(await last("mentorpair:complete"));
  }
  const nodeMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    match(cohort, { weights: { geography: 2 } });
    nodeMs.push(performance.now() - t);
  }
  const usual = shown.slice(1);
  const done = complete.slice(1);
  const ms = (xs: number[]) => xs.map((t) => t.toFixed(0)).join(", ");
  console.log(`page, ${size} + ${size}, weight changes: plan shown after ${ms(shown)} ms`);
  console.log(
    `  best ${Math.min(...usual).toFixed(0)} ms, median ${median(usual).toFixed(0)} ms (budget 300 ms)`,
  );
  console.log(
    `  heat map and reasons too: best ${Math.min(...done).toFixed(0)} ms, median ${median(done).toFixed(0)} ms`,
  );
  console.log(
    `  match() in Node on the same cohort: best ${Math.min(...nodeMs).toFixed(0)} ms, median ${median(nodeMs).toFixed(0)} ms`,
  );
  await context.close();
} finally {
  await h.close();
}
