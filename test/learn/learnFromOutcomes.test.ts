import { describe, expect, it } from "vitest";
import { type CohortInput, CRITERIA, DEFAULT_WEIGHTS, match, scorePair } from "../../src/index.js";
import { learnFromOutcomes, type RatedCohort } from "../../src/learn/index.js";
import { cohorts, SEED } from "./helpers.js";

const byId = (id: string, list: readonly { id: string }[]) => list.find((x) => x.id === id)!;

/** Every cohort's plan, each pair rated by `rate` from its criterion scores. */
function rated(
  list: readonly CohortInput[],
  rate: (c: Record<string, number>, k: number) => number,
): RatedCohort[] {
  let k = 0;
  return list.map((cohort) => ({
    cohort,
    pairs: match(cohort).pairs.map((p) => {
      const s = scorePair(
        byId(p.mentorId, cohort.mentors) as never,
        byId(p.adeptId, cohort.adepts) as never,
      );
      const r = rate(s.criteria, k++);
      return { mentorId: p.mentorId, adeptId: p.adeptId, ratings: { alliance: r, learning: r } };
    }),
  }));
}

function pearson(x: number[], y: number[]): number {
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  const sxy = x.reduce((s, xi, i) => s + (xi - mx) * (y[i]! - my), 0);
  const sxx = x.reduce((s, xi) => s + (xi - mx) ** 2, 0);
  const syy = y.reduce((s, yi) => s + (yi - my) ** 2, 0);
  return sxy / Math.sqrt(sxx * syy);
}

describe("learnFromOutcomes", () => {
  const many = cohorts(16, SEED + 900);
  // Outcomes that follow the wishes score, with a deterministic wobble.
  const signal = rated(many, (c, k) => 1 + 4 * c.wishes! + ((k * 7919) % 13) / 26);

  it("says the data are too few for one programme's two cohorts (11 pairs), in both languages", () => {
    const few = rated(many.slice(0, 3), (c) => 1 + 4 * c.wishes!);
    const n = few.reduce((s, ex) => s + ex.pairs.length, 0);
    expect(n).toBeLessThan(20);
    const out = learnFromOutcomes(few);
    expect(out.status).toBe("too-few");
    expect(out.suggested).toBeNull();
    expect(out.verdict.en).toContain(`${n} rated pairs are too few`);
    expect(out.verdict.sv).toContain(`${n} bedömda par är för få`);
  });

  it("gives each criterion the Pearson correlation a direct computation gives", () => {
    const out = learnFromOutcomes(signal, { resamples: 200 });
    const rows = signal.flatMap((ex) =>
      ex.pairs.map((p) => ({
        c: scorePair(
          byId(p.mentorId, ex.cohort.mentors) as never,
          byId(p.adeptId, ex.cohort.adepts) as never,
        ).criteria,
        y: p.ratings.alliance!,
      })),
    );
    expect(out.pairs).toBe(rows.length);
    CRITERIA.forEach((c, i) => {
      const x = rows.map((r) => r.c[c]);
      const a = out.associations[i]!;
      if (new Set(x).size === 1) expect(a.correlation).toBeNull();
      else
        expect(a.correlation).toBeCloseTo(
          pearson(
            x,
            rows.map((r) => r.y),
          ),
          9,
        );
    });
  });

  it("finds a real association, suggests more weight for it, keeps the total, and shrinks", () => {
    const out = learnFromOutcomes(signal);
    expect(out.pairs).toBeGreaterThanOrEqual(20);
    const wishes = out.associations.find((a) => a.criterion === "wishes")!;
    expect(wishes.clear).toBe(true);
    expect(wishes.interval![0]).toBeGreaterThan(0);
    expect(out.status).toBe("suggested");
    const total = (w: Record<string, number>) => CRITERIA.reduce((s, c) => s + w[c]!, 0);
    expect(total(out.suggested!)).toBeCloseTo(total(DEFAULT_WEIGHTS), 9);
    expect(out.suggested!.wishes / total(out.suggested!)).toBeGreaterThan(3 / 8);
    expect(out.verdict.en).toContain("better outcomes went with higher wishes");
    expect(out.verdict.sv).toContain("bättre utfall ihop med högre önskemål");
    const bold = learnFromOutcomes(signal, { prior: 0 });
    expect(bold.suggested!.wishes).toBeGreaterThan(out.suggested!.wishes);
  });

  it("keeps the current weights when outcomes do not vary, and repeats itself for one seed", () => {
    const flat = rated(many, () => 4);
    const out = learnFromOutcomes(flat);
    expect(out.status).toBe("no-clear-association");
    expect(out.suggested).toBeNull();
    expect(out.verdict.en).toContain("keep the current weights");
    expect(out.verdict.sv).toContain("behåll de nuvarande vikterna");
    expect(learnFromOutcomes(signal, { seed: 7 })).toEqual(learnFromOutcomes(signal, { seed: 7 }));
  });

  it("names the function and the unknown id", () => {
    const bad = [
      { cohort: many[0]!, pairs: [{ mentorId: "M1", adeptId: "Z9", ratings: { alliance: 3 } }] },
    ];
    expect(() => learnFromOutcomes(bad)).toThrow(
      /^learnFromOutcomes: examples\[0\]\.pairs\[0\] names "Z9"/u,
    );
  });
});
