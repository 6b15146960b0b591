import { describe, expect, it } from "vitest";
import {
  type CohortInput,
  CRITERIA,
  DEFAULT_WEIGHTS,
  match,
  type Weights,
} from "../../src/index.js";
import { weightRanges } from "../../src/learn/index.js";
import { cohorts, type Pair, SEED, totalOf } from "./helpers.js";

const key = (p: Pair) => `${p.mentorId}/${p.adeptId}`;

/** How much better match's plan is than `pairs` under `weights` (points; 0 when `pairs` is optimal). */
function lead(cohort: CohortInput, pairs: readonly Pair[], weights: Weights): number {
  return match(cohort, { weights }).objective.totalScore - totalOf(cohort, pairs, weights);
}

const NOISE = 1e-3; // pair totals are rounded to 4 decimals; a dozen pairs stay below this
const cases = cohorts(6, SEED + 500, 7).map((cohort, k) => [k, cohort] as const);

describe("weightRanges", () => {
  it.each(cases)(
    "each breakpoint is where the plan stops being optimal, re-solved at ± epsilon (cohort %i)",
    (_, cohort) => {
      const plan = match(cohort).pairs.map((p) => ({ mentorId: p.mentorId, adeptId: p.adeptId }));
      const s = weightRanges(cohort);
      expect(s.weights).toEqual(DEFAULT_WEIGHTS);
      const at = (c: string, t: number) => ({ ...DEFAULT_WEIGHTS, [c]: t });
      for (const r of s.ranges) {
        expect(r.low).toBeLessThanOrEqual(r.weight + 1e-12);
        if (r.high !== null) {
          expect(r.high).toBeGreaterThanOrEqual(r.weight - 1e-12);
          expect(lead(cohort, plan, at(r.criterion, r.high * 0.99))).toBeLessThan(NOISE);
          expect(lead(cohort, plan, at(r.criterion, r.high * 1.05))).toBeGreaterThan(0);
        } else {
          expect(lead(cohort, plan, at(r.criterion, 1000))).toBeLessThan(NOISE);
        }
        if (r.low > 0) {
          expect(lead(cohort, plan, at(r.criterion, r.low * 1.01))).toBeLessThan(NOISE);
          expect(lead(cohort, plan, at(r.criterion, r.low * 0.95))).toBeGreaterThan(0);
        } else {
          expect(lead(cohort, plan, at(r.criterion, 1e-6))).toBeLessThan(NOISE);
        }
      }
    },
  );

  it.each(cases)(
    "a pair missing from the plan at any sampled weight within half the weight either side is fragile (cohort %i)",
    (_, cohort) => {
      const s = weightRanges(cohort);
      const fragile = new Set(s.fragile.map(key));
      const all = [...s.robust, ...s.fragile].map(key).sort();
      expect(all).toEqual(match(cohort).pairs.map(key).sort());
      for (const c of CRITERIA) {
        for (let i = 0; i <= 20; i++) {
          const t = DEFAULT_WEIGHTS[c] * (0.5 + i / 20);
          const formed = new Set(
            match(cohort, { weights: { ...DEFAULT_WEIGHTS, [c]: t } }).pairs.map(key),
          );
          for (const p of s.robust)
            expect(formed.has(key(p)), `${key(p)} at ${c} = ${t}`).toBe(true);
          for (const p of s.fragile)
            if (!formed.has(key(p))) expect(fragile.has(key(p))).toBe(true);
        }
      }
      for (const f of s.fragile) {
        // Just beyond the reported weight (away from the current one) the pair is gone.
        const t0 = DEFAULT_WEIGHTS[f.criterion];
        const t = f.at + (f.at > t0 ? 0.01 : -0.01) * t0;
        const formed = match(cohort, {
          weights: { ...DEFAULT_WEIGHTS, [f.criterion]: t },
        }).pairs.map(key);
        expect(formed).not.toContain(key(f));
      }
    },
  );
});

describe("weightRanges with soft rules and a given plan", () => {
  const rules = { differentMunicipality: "soft", differentSector: "soft" } as const;
  it.each(cases.slice(0, 3))("breakpoints hold under soft rules too (cohort %i)", (_, cohort) => {
    const plan = match(cohort, { rules }).pairs.map((p) => ({
      mentorId: p.mentorId,
      adeptId: p.adeptId,
    }));
    const s = weightRanges(cohort, { match: { rules }, pairs: plan });
    const lead = (c: string, t: number) => {
      const weights = { ...DEFAULT_WEIGHTS, [c]: t };
      return (
        match(cohort, { weights, rules }).objective.totalScore - totalOf(cohort, plan, weights)
      );
    };
    for (const r of s.ranges) {
      if (r.high !== null) {
        expect(lead(r.criterion, r.high * 0.99)).toBeLessThan(NOISE);
        expect(lead(r.criterion, r.high * 1.05)).toBeGreaterThan(0);
      }
      if (r.low > 0) {
        expect(lead(r.criterion, r.low * 1.01)).toBeLessThan(NOISE);
        expect(lead(r.criterion, r.low * 0.95)).toBeGreaterThan(0);
      }
    }
  });

  it("refuses a plan that is not optimal under the current weights", () => {
    const cohort = cases[0]![1];
    const plan = match(cohort).pairs.map((p) => ({ mentorId: p.mentorId, adeptId: p.adeptId }));
    expect(() => weightRanges(cohort, { pairs: plan.slice(1) })).toThrow(
      /^weightRanges: options.pairs can never be optimal \(fewer-matched\)/u,
    );
    expect(() => weightRanges(cohort, { swing: 1 })).toThrow(RangeError);
  });

  it('refuses objective "fair", whose plan these ranges do not describe', () => {
    const cohort = cases[0]![1];
    expect(() => weightRanges(cohort, { match: { objective: "fair" } })).toThrow(
      /^weightRanges: options.match.objective must be "total"/u,
    );
  });

  it("given the plan's pairs, gives the same answer as finding the plan itself", () => {
    const cohort = cases[0]![1];
    const pairs = match(cohort).pairs.map((p) => ({ mentorId: p.mentorId, adeptId: p.adeptId }));
    expect(weightRanges(cohort, { pairs })).toEqual(weightRanges(cohort));
  });
});
