/**
 * How many pairs the sparse path keeps per adept (`keptAt`), measured: the plan step
 * (`optimalPlan`) with `NATIONAL_SCALE` against the same scale without its `shrink` (k = 24
 * below 5,000 per side), alternated in one process, one thread, on the bench's generated cohorts
 * of several seeds, each with places for everyone and with half as many places as adepts:
 *   tsx bench/kept.ts [SIZES] [SEEDS]      e.g. tsx bench/kept.ts "[500,1000]" "[1,2,7]"
 * Prints per cohort the kept k of each, the medians in ms, the rounds and proof passes, and
 * whether the two plans have the same pairs (they must: only the time may differ). A third
 * argument, a share of star mentors (everyone's first choice: `generateCohort`'s
 * `shape.stars`), makes the cohorts contended, and the dense plan step is timed beside them:
 *   tsx bench/kept.ts "[500,2000]" "[1,2,3]" 0.1
 * Not part of the library.
 */
import { optimalPlan } from "../src/plan/plan.js";
import { keptAt, NATIONAL_SCALE, type Scale } from "../src/plan/sparse.js";
import { prepare } from "../src/prepare/prepare.js";
import { generateCohort } from "./generate.js";

const sizes: number[] = JSON.parse(process.argv[2] ?? "[500,700,1000]");
const seeds: number[] = JSON.parse(process.argv[3] ?? "[1,2,7]");
const stars = Number(process.argv[4] ?? 0);
const { shrink: _, ...unshrunk } = NATIONAL_SCALE;
const scales: [string, Scale][] = [
  ["without shrink", unshrunk],
  ["NATIONAL_SCALE", NATIONAL_SCALE],
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const n of sizes) {
  for (const scarce of [false, true]) {
    for (const seed of seeds) {
      const cohort = scarce
        ? generateCohort(n, seed, { mentors: Math.round(n / 2), capacity: 1, stars })
        : generateCohort(n, seed, { stars });
      const p = prepare("bench", cohort, {});
      if (p.mentors.length * p.adepts.length < NATIONAL_SCALE.minPairs) continue;
      const places = p.mentors.reduce((sum, m) => sum + m.capacity, 0);
      const runs = n > 800 ? 7 : 21;
      const ms: number[][] = [[], []];
      const plans: ReturnType<typeof optimalPlan>[] = [];
      for (let i = 0; i < runs; i++) {
        for (const s of i % 2 === 0 ? [0, 1] : [1, 0]) {
          const t = performance.now();
          plans[s] = optimalPlan(p, scales[s]![1]);
          // The first two runs of each warm up.
          if (i >= 2) ms[s]!.push(performance.now() - t);
        }
      }
      const row = scales.map(([name, scale], s) => {
        const { k, rowK } = keptAt(scale, p.mentors.length, p.adepts.length, places);
        const st = plans[s]!.sparse!;
        return `${name} k ${k}, rowK ${rowK}: ${median(ms[s]!).toFixed(1)} ms, ${st.rounds} round(s), ${st.rowPasses} row pass(es), ${st.columns} column(s), ${st.partial} partial`;
      });
      let dense = "";
      if (stars > 0) {
        const ts: number[] = [];
        for (let i = 0; i < Math.min(runs, 5); i++) {
          const t = performance.now();
          const plan = optimalPlan(p);
          if (i >= 1) ts.push(performance.now() - t);
          if (plan.mentorOf.join() !== plans[0]!.mentorOf.join()) dense = " (other pairs!)";
        }
        dense = ` | dense ${median(ts).toFixed(1)} ms${dense}`;
      }
      const same = plans[0]!.mentorOf.join() === plans[1]!.mentorOf.join();
      const ratio = median(ms[1]!) / median(ms[0]!);
      console.log(
        `${n}${scarce ? " scarce" : ""} seed ${seed}: ${row.join(" | ")}${dense} | ratio ${ratio.toFixed(2)}, same pairs ${same}`,
      );
    }
  }
}
