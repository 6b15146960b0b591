import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCohort } from "../../bench/generate.js";
import type { MatchOptions } from "../../src/index.js";
import { resultOf } from "../../src/match/match.js";
import { resolveOptions } from "../../src/options/resolve.js";
import { canonicalPlan } from "../../src/plan/canonical.js";
import { optimalPlan, verifiedPlan } from "../../src/plan/plan.js";
import { AUTO_LP_MAX_EDGES } from "../../src/plan/runSolver.js";
import { keptAt, NATIONAL_SCALE, sparseOptions } from "../../src/plan/sparse.js";
import { prepare } from "../../src/prepare/prepare.js";
import { REPORT_ALTERNATIVES_MAX } from "../../src/report/verify.js";
import { problemFromDense, solveAssignment } from "../../src/solve/assignment.js";
import { cohortArbitrary } from "../arbitraries.js";
import { type Dense, denseArb } from "../solve/helpers.js";

const SEED = 1313;

/** Every plan of a tiny dense instance with its cost, in column order (-1 for none). */
function allPlans(d: Dense): { rowOf: number[]; matched: number; weight: number }[] {
  const out: { rowOf: number[]; matched: number; weight: number }[] = [];
  const load = new Array<number>(d.rows).fill(0);
  const rowOf: number[] = [];
  const visit = (c: number, matched: number, weight: number): void => {
    if (c === d.cols) {
      out.push({ rowOf: [...rowOf], matched, weight });
      return;
    }
    rowOf.push(-1);
    visit(c + 1, matched, weight);
    rowOf.pop();
    for (let r = 0; r < d.rows; r++) {
      const w = d.weights[r]![c];
      if (w === null || w === undefined || load[r]! >= d.capacity[r]!) continue;
      load[r]! += 1;
      rowOf.push(r);
      visit(c + 1, matched + 1, weight + w);
      rowOf.pop();
      load[r]! -= 1;
    }
  };
  visit(0, 0, 0);
  return out;
}

/** Lexicographic order of plans, an unmatched column after every row. */
const lexKey = (rowOf: readonly number[]) => rowOf.map((r) => (r < 0 ? 99 : r));
const lexLess = (x: readonly number[], y: readonly number[]) => {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]!;
  return false;
};

/** The same person under another id. */
const twin = <T extends { id: string }>(x: T): T => ({ ...x, id: `${x.id}-twin` });

const rules = fc.record({
  differentMunicipality: fc.constantFrom("hard" as const, "soft" as const, "off" as const),
  differentSector: fc.constantFrom("hard" as const, "soft" as const, "off" as const),
  differentWorkBackground: fc.constantFrom("soft" as const, "off" as const),
});

describe("canonicalPlan", () => {
  it("picks the lexicographically smallest of all optimal plans (brute force, ties everywhere)", () => {
    fc.assert(
      fc.property(denseArb(3, 4, 2), (d) => {
        const problem = problemFromDense(d.weights, d.capacity);
        const s = solveAssignment(problem);
        const plan = canonicalPlan(problem, s.rowOf, { value: s.rowDual, tier: s.rowTier });
        const optimal = allPlans(d).filter(
          (x) => x.matched === s.matched && x.weight === s.totalWeight,
        );
        let best = optimal[0]!.rowOf;
        for (const x of optimal) if (lexLess(lexKey(x.rowOf), lexKey(best))) best = x.rowOf;
        expect(Array.from(plan)).toEqual(best);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it("gives the same plan whichever optimal plan it starts from", () => {
    // Two twin rows and two twin columns: four optimal plans of weight 2.
    const problem = problemFromDense(
      [
        [1, 1],
        [1, 1],
      ],
      [1, 1],
    );
    const s = solveAssignment(problem);
    const d = { value: s.rowDual, tier: s.rowTier };
    expect(Array.from(canonicalPlan(problem, Int32Array.from([1, 0]), d))).toEqual([0, 1]);
    expect(Array.from(canonicalPlan(problem, Int32Array.from([0, 1]), d))).toEqual([0, 1]);
  });
});

describe("the sparse path of a national cohort", () => {
  it("gives the dense path's pairs, objective, reasons and a certificate that proves them over every allowed pair", () => {
    let resolved = 0;
    let rowPasses = 0;
    let partial = 0;
    let columnChecks = 0;
    let unmatched = 0;
    fc.assert(
      fc.property(
        cohortArbitrary({ maxMentors: 9, maxAdepts: 14, ineligible: true }),
        rules,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        // Lists that grow with the cohort (as the national scale's do past 5,000 per side).
        fc.option(fc.record({ from: fc.integer({ min: 1, max: 12 }), by: fc.constantFrom(1, 2) }), {
          nil: undefined,
        }),
        // Fewer kept below a size where the places are enough (as the national scale's are).
        fc.option(
          fc.record({ k: fc.integer({ min: 1, max: 2 }), upTo: fc.integer({ min: 1, max: 40 }) }),
          {
            nil: undefined,
          },
        ),
        (drawn, r, k, twins, grow, shrink) => {
          // Twins (a copy of a person under another id) tie with their originals: the plan
          // among equal optima must not depend on which problem the solver saw.
          const cohort = {
            ...drawn,
            mentors: [...drawn.mentors, ...drawn.mentors.slice(0, twins).map(twin)],
            adepts: [...drawn.adepts, ...drawn.adepts.slice(0, twins + 1).map(twin)],
          };
          const options: MatchOptions = { rules: r, solver: "flow" };
          const p = prepare("test", cohort, options);
          const dense = optimalPlan(p);
          const sparse = optimalPlan(p, {
            k,
            minPairs: 0,
            ...(grow === undefined ? {} : { grow }),
            ...(shrink === undefined ? {} : { shrink: { ...shrink, k: Math.min(k, shrink.k) } }),
          });
          expect(sparse.sparse).toBeDefined();
          expect(dense.sparse).toBeUndefined();
          expect(Array.from(sparse.mentorOf)).toEqual(Array.from(dense.mentorOf));
          expect(sparse.objective).toEqual(dense.objective);
          const { ms: _a, solver: _s, certificate: _c, ...a } = resultOf(sparse, 0);
          const { ms: _b, solver: _t, certificate: _d, ...b } = resultOf(dense, 0);
          expect(a).toEqual(b);
          // The sparse duals prove the plan on the dense problem of every allowed pair.
          const pairs: { mentor: number; adept: number }[] = [];
          sparse.mentorOf.forEach((m, adept) => {
            if (m >= 0) pairs.push({ mentor: m, adept });
          });
          expect(verifiedPlan(p, pairs, JSON.parse(JSON.stringify(sparse.certificate)))).not.toBe(
            null,
          );
          const stats = sparse.sparse!;
          if (stats.rounds > 1) resolved++;
          rowPasses += stats.rowPasses;
          partial += stats.partial;
          columnChecks += stats.columns;
          unmatched += a.unmatchedAdepts.length;
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
    // The k best pairs missed the optimum often enough that re-solving, and both kinds of proof
    // pass, ran; and cohorts with too few places were among them.
    expect(resolved).toBeGreaterThan(10);
    expect(rowPasses).toBeGreaterThan(0);
    // Rounds after a row pass that scored only some rows and columns again (`incrementalPlan`).
    expect(partial).toBeGreaterThan(10);
    expect(columnChecks).toBeGreaterThan(0);
    expect(unmatched).toBeGreaterThan(0);
  });

  it("proves its plan when rounds after the first score only some pairs again (a few mentors everyone's first choice)", () => {
    // Star mentors pull every adept's best pairs onto a few rows: the sparse problem misses the
    // optimum round after round, and the rounds after a row pass score only the rows whose dual
    // rose most and the columns their bounds cannot vouch for (`incrementalPlan`).
    let partial = 0;
    let runsOfTwo = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000 }),
        fc.integer({ min: 30, max: 70 }),
        fc.constantFrom(0.05, 0.1, 0.2, 0.4),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        (seed, n, stars, k, scarce) => {
          const shape = scarce ? { mentors: Math.ceil(n / 2), capacity: 1, stars } : { stars };
          const p = prepare("test", generateCohort(n, seed, shape), { solver: "flow" });
          const dense = optimalPlan(p);
          const sparse = optimalPlan(p, { k, rowK: 1, minPairs: 0 });
          expect(Array.from(sparse.mentorOf)).toEqual(Array.from(dense.mentorOf));
          expect(sparse.objective).toEqual(dense.objective);
          const pairs: { mentor: number; adept: number }[] = [];
          sparse.mentorOf.forEach((m, adept) => {
            if (m >= 0) pairs.push({ mentor: m, adept });
          });
          expect(verifiedPlan(p, pairs, JSON.parse(JSON.stringify(sparse.certificate)))).not.toBe(
            null,
          );
          partial += sparse.sparse!.partial;
          if (sparse.sparse!.partial >= 2) runsOfTwo++;
        },
      ),
      { seed: SEED, numRuns: 120 },
    );
    expect(partial).toBeGreaterThan(50);
    expect(runsOfTwo).toBeGreaterThan(10);
  });

  it("gives the dense path's pairs when people ranked each other (the preference criterion)", () => {
    fc.assert(
      fc.property(
        cohortArbitrary({ maxMentors: 8, maxAdepts: 12, ineligible: false }),
        fc.array(fc.nat(), { minLength: 4, maxLength: 40 }),
        fc.integer({ min: 1, max: 3 }),
        (drawn, picks, k) => {
          // Adepts rank a few mentors (and a mentor or two ranks back), from the drawn numbers.
          const cohort = structuredClone(drawn);
          cohort.adepts.forEach((a, j) => {
            const want = [picks[j % picks.length]!, picks[(j + 1) % picks.length]!]
              .map((x) => cohort.mentors[x % cohort.mentors.length]!.id)
              .filter((id, i, all) => all.indexOf(id) === i);
            if (j % 2 === 0) a.preferences = want;
          });
          const first = cohort.mentors[0]!;
          first.preferences = [cohort.adepts[picks[0]! % cohort.adepts.length]!.id];
          const p = prepare("test", cohort, { solver: "flow" });
          expect(p.options.weights.preference).toBeGreaterThan(0);
          const dense = optimalPlan(p);
          const sparse = optimalPlan(p, { k, minPairs: 0 });
          expect(sparse.sparse).toBeDefined();
          expect(Array.from(sparse.mentorOf)).toEqual(Array.from(dense.mentorOf));
          expect(sparse.objective).toEqual(dense.objective);
        },
      ),
      { seed: SEED, numRuns: 80 },
    );
  });

  it("is taken only for objective total without the LP or alternatives, above the size", () => {
    const cohort = {
      mentors: [{ id: "M1", municipality: "Borås", sector: "HR", managerYears: 9 }],
      adepts: [{ id: "A1", municipality: "Mark", sector: "Skola", managerYears: 3 }],
    };
    const scale = { k: 1, minPairs: 0 };
    const plan = (options: MatchOptions, minPairs = 0) =>
      optimalPlan(prepare("test", cohort, options), { ...scale, minPairs });
    expect(plan({ solver: "flow" }).sparse).toBeDefined();
    expect(plan({ solver: "flow" }, 2).sparse).toBeUndefined();
    expect(plan({ solver: "lp" }).sparse).toBeUndefined();
    // "auto" picks the LP by allowed pairs (at most 400); a cohort large enough for the sparse
    // path with so few allowed pairs is solved by flow there (both optimal, both certified).
    expect(AUTO_LP_MAX_EDGES).toBeLessThan(NATIONAL_SCALE.minPairs);
    expect(plan({ solver: "flow", objective: "fair" }).sparse).toBeUndefined();
    expect(plan({ solver: "flow", alternatives: 2 }).sparse).toBeUndefined();
  });
});

describe("sparseOptions", () => {
  it("gives the same answer on options as given and as resolved (defaults filled in)", () => {
    const options = fc.record(
      {
        objective: fc.constantFrom("total", "fair", "stable"),
        solver: fc.constantFrom("auto", "lp", "flow"),
        alternatives: fc.constantFrom(0, 1, 3),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(options, (o) => {
        const given = o as MatchOptions;
        const want =
          (o.objective ?? "total") === "total" && o.solver !== "lp" && (o.alternatives ?? 0) === 0;
        expect(sparseOptions(given)).toBe(want);
        expect(sparseOptions(resolveOptions("match", given))).toBe(want);
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});

describe("keptAt", () => {
  it("keeps the scale's lists up to `grow.from` people per side, then grows k by `grow.by` per doubling and rowK in proportion", () => {
    // Below `shrink.upTo` (2,000) people with places for every free adept, k is smaller.
    expect(keptAt(NATIONAL_SCALE, 500, 500, 500)).toEqual({ k: 16, rowK: 12 });
    expect(keptAt(NATIONAL_SCALE, 300, 300)).toEqual({ k: 16, rowK: 12 });
    expect(keptAt(NATIONAL_SCALE, 1_000, 1_000, 1_500)).toEqual({ k: 20, rowK: 12 });
    expect(keptAt(NATIONAL_SCALE, 1_999, 1_999)).toEqual({ k: 24, rowK: 12 });
    expect(keptAt(NATIONAL_SCALE, 2_000, 2_000)).toEqual({ k: 24, rowK: 12 });
    // Fewer places than free adepts: the scale's k at any size.
    expect(keptAt(NATIONAL_SCALE, 250, 500, 250)).toEqual({ k: 24, rowK: 12 });
    expect(keptAt(NATIONAL_SCALE, 500, 500, 499)).toEqual({ k: 24, rowK: 12 });
    expect(keptAt(NATIONAL_SCALE, 5_000, 5_000)).toEqual({ k: 24, rowK: 12 });
    expect(keptAt(NATIONAL_SCALE, 10_000, 10_000)).toEqual({ k: 32, rowK: 16 });
    expect(keptAt(NATIONAL_SCALE, 20_000, 20_000)).toEqual({ k: 40, rowK: 20 });
    // People per side: the geometric mean of rows (mentors) and columns (adepts).
    expect(keptAt(NATIONAL_SCALE, 10_000, 40_000)).toEqual({ k: 40, rowK: 20 });
    expect(keptAt({ k: 6, minPairs: 0 }, 20_000, 20_000)).toEqual({ k: 6, rowK: 6 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 1, max: 20_000 }),
        (rows, cols, more) => {
          // More people never keep fewer pairs; fewer places than adepts never fewer either.
          const a = keptAt(NATIONAL_SCALE, rows, cols);
          const b = keptAt(NATIONAL_SCALE, rows + more, cols);
          const scarce = keptAt(NATIONAL_SCALE, rows, cols, cols - 1);
          expect(b.k).toBeGreaterThanOrEqual(a.k);
          expect(b.rowK).toBeGreaterThanOrEqual(a.rowK);
          expect(scarce.k).toBeGreaterThanOrEqual(a.k);
          expect(scarce.k).toBeGreaterThanOrEqual(NATIONAL_SCALE.k);
          expect(a.k).toBeGreaterThanOrEqual(NATIONAL_SCALE.shrink!.k);
          expect(a.rowK).toBe(scarce.rowK);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("what reads every allowed pair never gets the sparse problem", () => {
  it("the report lists alternatives only below the size where match goes sparse", () => {
    const most = REPORT_ALTERNATIVES_MAX.total;
    expect(most * most).toBeLessThan(NATIONAL_SCALE.minPairs);
  });
});
