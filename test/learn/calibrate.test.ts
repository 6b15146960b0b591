import { describe, expect, it } from "vitest";
import {
  type CohortInput,
  CRITERIA,
  DEFAULT_WEIGHTS,
  match,
  scoreMatrix,
  type Weights,
} from "../../src/index.js";
import { calibrate } from "../../src/learn/index.js";
import { chosenBy, cohorts, hiddenWeights, regretOf, SEED, totalOf } from "./helpers.js";

describe("calibrate recovers weights that make chosen plans optimal", () => {
  it.each([1, 2, 3, 4, 5])(
    "plans chosen with hidden weights (seed %i) give regret 0 and are optimal",
    (k) => {
      const hidden = hiddenWeights(SEED + k);
      const examples = cohorts(3, SEED + 10 * k).map((cohort) => ({
        cohort,
        pairs: chosenBy(cohort, hidden),
      }));
      const cal = calibrate(examples);
      expect(cal.regret).toBe(0);
      expect(cal.verified).toBe(true);
      const total = CRITERIA.reduce((s, c) => s + cal.weights[c], 0);
      expect(total).toBeCloseTo(8, 9);
      for (const c of CRITERIA) expect(cal.weights[c]).toBeGreaterThanOrEqual(0);
      examples.forEach((ex, i) => {
        expect(cal.perCohort[i]!.status).toBe("comparable");
        // Optimal under the returned weights, checked with match and scorePair directly.
        expect(regretOf(ex.cohort, ex.pairs, cal.weights)).toBeLessThanOrEqual(1e-9);
        expect(cal.perCohort[i]!.regret).toBe(0);
        // The fit separates every pair it can, and these draws hold no two identical applicants.
        expect(cal.perCohort[i]!.reproduced).toBe(ex.pairs.length);
      });
      expect(cal.heldOut?.pairs).toBe(examples.reduce((n, ex) => n + ex.pairs.length, 0));
    },
  );
});

/** The chosen plan with the adepts of two pairs swapped, where both new pairs are allowed. */
function swapOne(cohort: CohortInput, pairs: readonly { mentorId: string; adeptId: string }[]) {
  const m = scoreMatrix(cohort);
  const allowed = (mentorId: string, adeptId: string) =>
    m.allowed[m.mentorIds.indexOf(mentorId)]![m.adeptIds.indexOf(adeptId)] === 1;
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      const a = pairs[i]!;
      const b = pairs[j]!;
      if (a.mentorId === b.mentorId) continue;
      if (!allowed(a.mentorId, b.adeptId) || !allowed(b.mentorId, a.adeptId)) continue;
      const out = [...pairs];
      out[i] = { mentorId: a.mentorId, adeptId: b.adeptId };
      out[j] = { mentorId: b.mentorId, adeptId: a.adeptId };
      return out;
    }
  }
  return undefined;
}

describe("calibrate with a choice no weights explain", () => {
  const cases = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((k) => {
    const hidden = hiddenWeights(SEED + 100 + k);
    const examples = cohorts(3, SEED + 200 + k).map((cohort) => ({
      cohort,
      pairs: chosenBy(cohort, hidden),
    }));
    const swapped = swapOne(examples[0]!.cohort, examples[0]!.pairs);
    return swapped === undefined
      ? []
      : [{ k, hidden, examples: [{ ...examples[0]!, pairs: swapped }, ...examples.slice(1)] }];
  });

  it("has cases to test", () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases.map((c) => [c.k, c] as const))(
    "reports each cohort's regret as match and scorePair recompute it (seed %i)",
    (_, { examples }) => {
      const cal = calibrate(examples);
      expect(cal.verified).toBe(true);
      let sum = 0;
      examples.forEach((ex, i) => {
        const again = regretOf(ex.cohort, ex.pairs, cal.weights);
        expect(cal.perCohort[i]!.regret).toBeCloseTo(again, 6);
        sum += again;
      });
      // The LP's regret is linear; match rounds each pair's total to 4 decimals.
      const pairs = examples.reduce((n, ex) => n + ex.pairs.length, 0);
      expect(Math.abs(cal.regret - sum)).toBeLessThanOrEqual(pairs * 1e-4 + 1e-9);
    },
  );

  it.each(cases.slice(0, 4).map((c) => [c.k, c] as const))(
    "returns no more regret than the hidden, the default or any sampled weights (seed %i)",
    (k, { examples, hidden }) => {
      const cal = calibrate(examples, { leaveOneOut: false });
      const regret = (w: Weights) =>
        examples.reduce((s, ex) => s + regretOf(ex.cohort, ex.pairs, w), 0);
      const pairs = examples.reduce((n, ex) => n + ex.pairs.length, 0);
      const others = [
        hidden,
        DEFAULT_WEIGHTS,
        ...Array.from({ length: 6 }, (_, i) => hiddenWeights(SEED + 1000 * k + i)),
      ];
      for (const w of others) expect(cal.regret).toBeLessThanOrEqual(regret(w) + pairs * 1e-4);
    },
  );
});

describe("calibrate's statuses and errors", () => {
  const [cohort] = cohorts(1, SEED + 7);
  const pairs = chosenBy(cohort!, DEFAULT_WEIGHTS);

  it("leaves a plan that matches fewer adepts than possible out of the fit, and says so", () => {
    const cal = calibrate([{ cohort: cohort!, pairs: pairs.slice(1), name: "2024" }]);
    expect(cal.perCohort[0]).toMatchObject({ name: "2024", status: "fewer-matched", regret: null });
    expect(cal.regret).toBe(0);
    expect(cal.weights).toEqual(DEFAULT_WEIGHTS);
    expect(cal.heldOut).toBeNull();
  });

  it("names the function and the unknown id", () => {
    expect(() =>
      calibrate([{ cohort: cohort!, pairs: [{ mentorId: "M99", adeptId: "A1" }] }]),
    ).toThrow(/^calibrate: cohort 1: pairs\[0\]\.mentorId "M99" is not in the cohort/u);
    expect(() => calibrate([{ cohort: cohort!, pairs }], { match: { objective: "fair" } })).toThrow(
      RangeError,
    );
  });

  it("keeps the current weights' total", () => {
    const cal = calibrate([{ cohort: cohort!, pairs }], { match: { weights: { wishes: 7 } } });
    expect(CRITERIA.reduce((s, c) => s + cal.weights[c], 0)).toBeCloseTo(12, 9);
    expect(cal.current.wishes).toBe(7);
  });
});

describe("calibrate with soft rules", () => {
  const rules = { differentMunicipality: "soft", differentSector: "soft" } as const;
  it.each([1, 2, 3])(
    "recovers weights when the plans were chosen under soft rules (seed %i)",
    (k) => {
      const hidden = hiddenWeights(SEED + 300 + k);
      const examples = cohorts(3, SEED + 400 + k, 7).map((cohort) => ({
        cohort,
        pairs: match(cohort, { weights: hidden, rules }).pairs.map((p) => ({
          mentorId: p.mentorId,
          adeptId: p.adeptId,
        })),
      }));
      const cal = calibrate(examples, { match: { rules } });
      expect(cal.regret).toBe(0);
      expect(cal.verified).toBe(true);
      for (const [i, ex] of examples.entries()) {
        expect(cal.perCohort[i]!.status).toBe("comparable");
        const best = match(ex.cohort, { weights: cal.weights, rules }).objective.totalScore;
        expect(best - totalOf(ex.cohort, ex.pairs, cal.weights)).toBeLessThanOrEqual(1e-9);
      }
    },
  );

  it("leaves out a plan that breaks more soft rules than needed, and says so", () => {
    // Swap the adepts of two pairs so that a new pair shares a municipality or a sector.
    const found = cohorts(12, SEED + 450, 7).flatMap((cohort) => {
      const plan = match(cohort, { rules }).pairs;
      if (plan.some((p) => p.softViolations.length > 0)) return [];
      const person = (id: string) =>
        [...cohort.mentors, ...cohort.adepts].find((x) => x.id === id)!;
      const clash = (m: string, a: string) =>
        person(m).municipality === person(a).municipality || person(m).sector === person(a).sector;
      for (let i = 0; i < plan.length; i++)
        for (let j = i + 1; j < plan.length; j++) {
          const x = plan[i]!;
          const y = plan[j]!;
          if (x.mentorId === y.mentorId || !clash(x.mentorId, y.adeptId)) continue;
          const pairs = plan.map((p) => ({ mentorId: p.mentorId, adeptId: p.adeptId }));
          pairs[i] = { mentorId: x.mentorId, adeptId: y.adeptId };
          pairs[j] = { mentorId: y.mentorId, adeptId: x.adeptId };
          return [{ cohort, pairs }];
        }
      return [];
    });
    expect(found.length).toBeGreaterThan(0);
    const cal = calibrate([{ ...found[0]!, name: "swapped" }], { match: { rules } });
    expect(cal.perCohort[0]).toMatchObject({
      name: "swapped",
      status: "more-violations",
      regret: null,
    });
    // Under the default hard rules the same plan breaks a rule.
    expect(calibrate([found[0]!]).perCohort[0]!.status).toBe("not-allowed");
  });
});

describe("calibrate with a tie no weights can break", () => {
  it("still makes the plan optimal when two adepts are identical (their mentors can be swapped)", () => {
    const [base] = cohorts(1, SEED + 77, 6);
    const twin = { ...base!.adepts[0]!, id: "A99" };
    const cohort = { ...base!, adepts: [...base!.adepts, twin] };
    const hidden = hiddenWeights(SEED + 78);
    const pairs = chosenBy(cohort, hidden);
    const cal = calibrate([
      { cohort, pairs },
      { cohort: base!, pairs: chosenBy(base!, hidden) },
    ]);
    expect(cal.regret).toBe(0);
    expect(cal.verified).toBe(true);
    expect(regretOf(cohort, pairs, cal.weights)).toBeLessThanOrEqual(1e-9);
  });
});
