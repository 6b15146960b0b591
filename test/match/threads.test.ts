import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCohort } from "../../bench/generate.js";
import { type CohortInput, type MatchOptions, match } from "../../src/index.js";
import { startHelpers } from "../../src/match/helpers.js";
import { optimalPlan, type SolvedPlan } from "../../src/plan/plan.js";
import { mergeParts, type RowPart } from "../../src/plan/rowShare.js";
import { keptAt, NATIONAL_SCALE, type Scale } from "../../src/plan/sparse.js";
import { prepare } from "../../src/prepare/prepare.js";

const withoutTimes = (r: unknown) => JSON.stringify(r, (k, v) => (k === "ms" ? undefined : v));

/** A plan with no helper, and one that helper threads took part in (asked until one did). */
function plans(
  cohort: CohortInput,
  options: MatchOptions,
  helpExpected = true,
  scale: Scale = NATIONAL_SCALE,
  validating = () => {},
): { alone: SolvedPlan; helped: SolvedPlan } {
  const alone = optimalPlan(prepare("match", structuredClone(cohort), options), scale);
  // The first call starts the helper, which compiles its TypeScript for a moment under vitest.
  const deadline = performance.now() + 60_000;
  for (;;) {
    const input = structuredClone(cohort);
    // Helpers are asked from the sparse path's threshold on (the default, given here as such).
    const helpers = startHelpers(input, options, NATIONAL_SCALE.minPairs);
    expect(helpers).not.toBeNull();
    try {
      // The calling thread's validation, as long as a test makes it.
      validating();
      const helped = optimalPlan(prepare("match", input, options), scale, undefined, helpers);
      if (!helpExpected || helped.sparse!.shared > 0 || performance.now() > deadline)
        return { alone, helped };
    } finally {
      helpers?.close();
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
}

/** What a plan decides: the sparse problem, its pairs, objective, certificate and proof. */
const decided = (plan: SolvedPlan) =>
  JSON.stringify({
    rowStart: [...plan.built.problem.rowStart],
    colIndex: [...plan.built.problem.colIndex],
    weight: [...plan.built.problem.weight],
    mentorOf: [...plan.mentorOf],
    objective: plan.objective,
    certificate: plan.certificate,
    proof: plan.solver.proof,
    rounds: plan.sparse?.rounds,
    added: plan.sparse?.added,
    allowed: plan.sparse?.allowed,
  });

describe("helper threads (options.threads)", () => {
  // 330 + 330 people: 108,900 pairs, just over the sparse path's threshold.
  const cohort = generateCohort(330, 11);

  it("score rows in the first pass, and the plan is the same to the bit", () => {
    const { alone, helped } = plans(cohort, {});
    expect(helped.sparse!.shared).toBeGreaterThan(0);
    expect(helped.sparse!.shared).toBeLessThanOrEqual(helped.built.rowMentor.length);
    expect(decided(helped)).toBe(decided(alone));
    expect(alone.sparse!.shared).toBe(0);
  });

  it("take the job of a call whose validation outlasts the wake, and serve the call after one that failed", () => {
    // Woken as the call begins, a helper looks for its job for 40 ms (WAKE_MS), then sleeps:
    // the job then comes as a message.
    const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    const slow = plans(cohort, {}, true, NATIONAL_SCALE, () => sleep(120));
    expect(slow.helped.sparse!.shared).toBeGreaterThan(0);
    expect(decided(slow.helped)).toBe(decided(slow.alone));
    // A call that fails validation woke its helpers, and posts no job: they stop looking when
    // it closes, and take the next call's job.
    const broken = structuredClone(cohort);
    (broken.mentors[3] as { capacity: unknown }).capacity = -1;
    expect(() => match(broken)).toThrow(/capacity/);
    const next = plans(cohort, {});
    expect(next.helped.sparse!.shared).toBeGreaterThan(0);
    expect(decided(next.helped)).toBe(decided(next.alone));
  });

  it("keep the lists as long as the calling thread's where they grow with the cohort", () => {
    // The national scale's growth from 100 people per side instead of 5,000: k 38, rowK 19.
    const grown: Scale = { ...NATIONAL_SCALE, grow: { from: 100, by: 8 } };
    expect(keptAt(grown, 330, 330)).toEqual({ k: 38, rowK: 19 });
    const { alone, helped } = plans(cohort, {}, true, grown);
    expect(helped.sparse!.shared).toBeGreaterThan(0);
    expect(decided(helped)).toBe(decided(alone));
    const base = optimalPlan(prepare("match", structuredClone(cohort), {}), NATIONAL_SCALE);
    expect(alone.built.problem.colIndex.length).toBeGreaterThan(base.built.problem.colIndex.length);
    expect(alone.objective).toEqual(base.objective);
  });

  it("give the same plan with soft rules, weights of 0, locked pairs and preferences", () => {
    const first = match(structuredClone(cohort), { threads: 1 });
    const [a, b] = first.pairs;
    const ranked: CohortInput = {
      ...cohort,
      locked: [{ mentor: a!.mentorId, adept: a!.adeptId }],
      adepts: cohort.adepts.map((x, i) =>
        i % 3 === 0 ? { ...x, preferences: [b!.mentorId, a!.mentorId] } : x,
      ),
    };
    const options: MatchOptions = {
      rules: { differentSector: "soft" },
      weights: { education: 0, wishes: 5 },
    };
    const { alone, helped } = plans(ranked, options);
    expect(helped.sparse!.shared).toBeGreaterThan(0);
    expect(decided(helped)).toBe(decided(alone));
  });

  it("are not asked where the work-background rule is in force (it tests more than interned ids)", () => {
    const options: MatchOptions = { rules: { differentWorkBackground: "hard" } };
    plans(cohort, {});
    const { alone, helped } = plans(cohort, options, false);
    expect(helped.sparse!.shared).toBe(0);
    expect(decided(helped)).toBe(decided(alone));
  });

  it("leave match's result the same with 1, 2 or 3 threads (1,000 + 1,000: a million pairs)", () => {
    const large = generateCohort(1000, 5);
    const one = withoutTimes(match(structuredClone(large), { threads: 1 }));
    expect(withoutTimes(match(structuredClone(large), { threads: 2 }))).toBe(one);
    expect(withoutTimes(match(structuredClone(large), { threads: 3 }))).toBe(one);
  });

  it("keep working when onProgress runs a match of its own while a helper has answered", () => {
    const outer = generateCohort(1000, 5);
    const inner = generateCohort(1000, 7);
    const one = withoutTimes(match(structuredClone(outer), { threads: 1 }));
    plans(cohort, {});
    let nested = false;
    const result = match(structuredClone(outer), {
      threads: 2,
      onProgress: ({ phase, done }) => {
        if (nested || phase !== "score" || done === 0) return;
        nested = true;
        // The helper takes every other block meanwhile and answers; the inner match then reads
        // the helper's port, where the outer answer waits (it was dropped, and the outer call
        // gave its helpers up after five seconds).
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_000);
        match(structuredClone(inner), { threads: 2 });
      },
    });
    expect(nested).toBe(true);
    expect(withoutTimes(result)).toBe(one);
    // The helpers are still there for the next call.
    expect(startHelpers(structuredClone(outer), {})).not.toBeNull();
  });

  it("refuse a thread count that is not a whole number from 1 to 16, naming the option", () => {
    for (const threads of [0, 17, 1.5, Number.NaN, "2" as unknown as number]) {
      // No helper is started for a count the options check refuses.
      expect(startHelpers(generateCohort(1000, 5), { threads })).toBeNull();
      expect(() => match(structuredClone(cohort), { threads })).toThrow(
        /match: options\.threads must be a whole number from 1 to 16/u,
      );
    }
  });
});

describe("mergeParts", () => {
  /** Per column the best k (weight, then lower row) of the rows given: the single-pass answer. */
  const best = (w: number[][], rows: number[], c: number, k: number) =>
    rows
      .map((r) => ({ r, w: w[r]![c]! }))
      .sort((x, y) => y.w - x.w || x.r - y.r)
      .slice(0, k);

  const partOf = (w: number[][], rows: number[], cols: number, k: number): RowPart => {
    const colW = new Float64Array(cols * k);
    const colR = new Int32Array(cols * k);
    const colN = new Int32Array(cols);
    for (let c = 0; c < cols; c++) {
      // Any order within a column: merging must not depend on the heap's layout.
      const kept = best(w, rows, c, k).reverse();
      kept.forEach((x, i) => {
        colW[c * k + i] = x.w;
        colR[c * k + i] = x.r;
      });
      colN[c] = kept.length;
    }
    const none = new Int32Array(0);
    return {
      colW,
      colR,
      colN,
      keptRow: none,
      keptCol: none,
      keptW: new Float64Array(0),
      allowed: 0,
      rows: rows.length,
    };
  };

  it("keeps per column the best k of all rows, ties to the lower row, however rows were split (small and large whole weights)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(1, 2 ** 30),
        (rows, cols, k, parts, seed, unit) => {
          let x = seed;
          const next = () => {
            x = (x * 1103515245 + 12345) % 2 ** 31;
            return x;
          };
          // Few distinct weights: ties are common.
          const w = Array.from({ length: rows }, () =>
            Array.from({ length: cols }, () => ((next() % 5) - 2) * unit),
          );
          const owner = Array.from({ length: rows }, () => next() % parts);
          const split = Array.from({ length: parts }, (_, i) =>
            [...Array(rows).keys()].filter((r) => owner[r] === i),
          );
          const all = split.map((r) => partOf(w, r, cols, k));
          const colMin = new Float64Array(cols);
          mergeParts(k, all, colMin, rows);
          for (let c = 0; c < cols; c++) {
            const want = best(w, [...Array(rows).keys()], c, k);
            const n = all[0]!.colN[c]!;
            // Any order within a column (the layout reads each column's pairs by row).
            const got = Array.from({ length: n }, (_, i) => ({
              r: all[0]!.colR[c * k + i]!,
              w: all[0]!.colW[c * k + i]!,
            })).sort((x, y) => y.w - x.w || x.r - y.r);
            expect(got).toEqual(want);
            expect(colMin[c]).toBe(n === k ? want[k - 1]!.w : -Infinity);
          }
        },
      ),
      { seed: 4113, numRuns: 300 },
    );
  });

  it("refuses weights that would not pack into exact keys (the pass's are whole numbers)", () => {
    const part = (w: number): RowPart => ({
      colW: Float64Array.of(w),
      colR: Int32Array.of(0),
      colN: Int32Array.of(1),
      keptRow: new Int32Array(0),
      keptCol: new Int32Array(0),
      keptW: new Float64Array(0),
      allowed: 1,
      rows: 1,
    });
    expect(() => mergeParts(1, [part(0.5), part(1)], new Float64Array(1), 1)).toThrow(RangeError);
    expect(() => mergeParts(1, [part(2 ** 53), part(1)], new Float64Array(1), 1)).toThrow(
      RangeError,
    );
  });
});
