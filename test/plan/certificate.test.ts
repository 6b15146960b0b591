import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CohortInput,
  type MatchOptions,
  type MatchResult,
  match,
  renderReport,
} from "../../src/index.js";
import { verifiedPlan } from "../../src/plan/plan.js";
import { isAllowed, prepare, softViolations } from "../../src/prepare/prepare.js";
import { normalizeKey } from "../../src/util/normalize.js";
import { cohortArbitrary } from "../arbitraries.js";

const NOT_OPTIMAL =
  "renderReport: the result's pairs are not the optimal plan of this cohort with the result's options; make the result with match() on this cohort";
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const example = (file: string): CohortInput =>
  JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8"));

const person = (id: string, municipality: string, years: number) => ({
  id,
  municipality,
  sector: id.startsWith("M") ? "Äldreomsorg" : "Förskola",
  managerYears: years,
  managerConsent: true,
});
/** One mentor with one place and two adepts who both may have it: one adept must stay out. */
const SCARCE: CohortInput = {
  mentors: [person("M1", "Borås", 10)],
  adepts: [person("A1", "Mark", 2), person("A2", "Mark", 7)],
};

const options = fc.record({
  rules: fc.record({
    differentMunicipality: fc.constantFrom("hard" as const, "soft" as const, "off" as const),
    differentSector: fc.constantFrom("hard" as const, "soft" as const, "off" as const),
  }),
  objective: fc.constantFrom("total" as const, "fair" as const),
});

/** The result's pairs in canonical indices of `p`. */
function canonicalPairs(p: ReturnType<typeof prepare>, result: MatchResult) {
  const mentorAt = new Map(p.mentors.map((m, i) => [normalizeKey(m.id), i]));
  const adeptAt = new Map(p.adepts.map((a, j) => [normalizeKey(a.id), j]));
  return result.pairs.map((q) => ({
    mentor: mentorAt.get(normalizeKey(q.mentorId))!,
    adept: adeptAt.get(normalizeKey(q.adeptId))!,
  }));
}

describe("the certificate a result carries", () => {
  it("proves the result's plan optimal after a JSON round trip, without solving (total and fair, every rule mode)", () => {
    fc.assert(
      fc.property(
        cohortArbitrary({ maxMentors: 7, maxAdepts: 7, ineligible: true }),
        options,
        (cohort, opts: MatchOptions) => {
          const result = copy(match(cohort, opts));
          expect(result.certificate?.plan.value).toHaveLength(cohort.mentors.length);
          const fairWithFreePairs =
            opts.objective === "fair" && result.pairs.some((q) => !q.locked);
          expect(result.certificate?.stronger !== undefined).toBe(fairWithFreePairs);
          const p = prepare("test", cohort, opts);
          const plan = verifiedPlan(p, canonicalPairs(p, result), result.certificate);
          expect(plan).not.toBeNull();
        },
      ),
      { numRuns: 120 },
    );
  });

  it("is a few numbers per mentor, none per pair", () => {
    const cohort = example("sjuharad-spring-2024.json");
    const result = match(cohort);
    expect(Object.keys(result.certificate ?? {})).toEqual(["plan"]);
    expect(result.certificate?.plan.value).toHaveLength(cohort.mentors.length);
    expect(result.certificate?.plan.value.every(Number.isSafeInteger)).toBe(true);
  });
});

describe("renderReport proves a result with its certificate", () => {
  it("refuses a result whose certificate is forged, naming renderReport", () => {
    const result = match(SCARCE);
    expect(result.pairs).toHaveLength(1);
    expect(renderReport(SCARCE, result)).toContain("<h2>Pairs</h2>");
    // Zero duals would say that leaving the other adept out costs nothing, but M1 may take them.
    const forged = { ...result, certificate: { plan: { value: [0], count: [] } } };
    expect(() => renderReport(SCARCE, forged)).toThrow(NOT_OPTIMAL);
    for (const bad of [
      { plan: { value: [], count: [] } },
      { plan: { value: [0.5], count: [] } },
      { plan: { value: ["-1"], count: [] } },
      { plan: result.certificate?.plan, stronger: result.certificate?.plan },
      {},
    ]) {
      expect(() => renderReport(SCARCE, { ...result, certificate: bad } as never)).toThrow(
        NOT_OPTIMAL,
      );
    }
  });

  it("refuses a plan that is not optimal even with the optimum's certificate", () => {
    const result = match(SCARCE);
    const inPlan = result.pairs[0]!.adeptId;
    const out = result.unmatchedAdepts[0]!.id;
    const forged = {
      ...result,
      pairs: [{ ...result.pairs[0]!, adeptId: out, score: renderScore(SCARCE, "M1", out) }],
      unmatchedAdepts: [{ ...result.unmatchedAdepts[0]!, id: inPlan }],
    };
    expect(forged.pairs[0]!.score).toBeLessThan(result.pairs[0]!.score);
    expect(() => renderReport(SCARCE, forged)).toThrow(NOT_OPTIMAL);
  });

  it("with objective fair, refuses a certificate without its proof of the weakest pair", () => {
    const cohort = example("sjuharad-spring-2024.json");
    const result = match(cohort, { objective: "fair" });
    expect(renderReport(cohort, result)).toContain("<h2>Pairs</h2>");
    const { stronger: _, ...withoutStronger } = result.certificate!;
    expect(() => renderReport(cohort, { ...result, certificate: withoutStronger })).toThrow(
      NOT_OPTIMAL,
    );
    const { unrestricted: __, ...withoutUnrestricted } = result.certificate!;
    expect(() => renderReport(cohort, { ...result, certificate: withoutUnrestricted })).toThrow(
      NOT_OPTIMAL,
    );
  });

  it("still checks a result made before results carried a certificate, by solving once", () => {
    const cohort = example("sjuharad-spring-2024.json");
    const { certificate: _, ...older } = match(cohort);
    expect(renderReport(cohort, older)).toContain("<h2>Pairs</h2>");
    const swapped = swapFirstTwo(cohort, older);
    expect(() => renderReport(cohort, swapped)).toThrow(NOT_OPTIMAL);
  });

  it("accepts a changed plan exactly when it is optimal too (a tie with a twin mentor), and refuses every other", () => {
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(
        cohortArbitrary({ maxMentors: 5, maxAdepts: 5, ineligible: true, minPeople: 2 }).map(
          withTwin,
        ),
        options,
        fc.nat(),
        fc.nat(),
        (cohort, opts: MatchOptions, at, to) => {
          const result = match(cohort, opts);
          const free = result.pairs.filter((q) => !q.locked);
          if (free.length === 0) return;
          const moved = free[at % free.length]!;
          const mentorId = cohort.mentors[to % cohort.mentors.length]!.id;
          if (mentorId === moved.mentorId) return;
          const p = prepare("test", cohort, opts);
          const m = p.mentors.findIndex((x) => x.id === mentorId);
          const pairs = result.pairs.map((q) =>
            q === moved
              ? { ...q, mentorId, score: p.scorer.units(m, adeptIndex(p, q.adeptId)) / 10_000 }
              : q,
          );
          const forged = { ...result, pairs };
          if (isOptimalToo(p, result, pairs, opts.objective === "fair")) {
            expect(renderReport(cohort, forged)).toContain("<h2>Pairs</h2>");
            seen.accepted++;
          } else {
            expect(() => renderReport(cohort, forged)).toThrow(NOT_OPTIMAL);
            seen.refused++;
          }
        },
      ),
      { numRuns: 300 },
    );
    // Both answers are really exercised.
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(20);
  });
});

/** The cohort with a twin of its first mentor (another id, the same data), so plans can tie. */
function withTwin(cohort: CohortInput): CohortInput {
  const first = cohort.mentors[0]!;
  return { ...cohort, mentors: [...cohort.mentors, { ...first, id: "MZZ" }] };
}

function adeptIndex(p: ReturnType<typeof prepare>, id: string): number {
  return p.adepts.findIndex((x) => x.id === id);
}

function renderScore(cohort: CohortInput, mentorId: string, adeptId: string): number {
  const p = prepare("test", cohort, {});
  const m = p.mentors.findIndex((x) => x.id === mentorId);
  return p.scorer.units(m, adeptIndex(p, adeptId)) / 10_000;
}

/** The result with the mentors of its first two pairs exchanged, scores kept true. */
function swapFirstTwo(cohort: CohortInput, result: MatchResult): MatchResult {
  const [x, y] = result.pairs;
  const p = prepare("test", cohort, {});
  const score = (mentorId: string, adeptId: string) =>
    p.scorer.units(
      p.mentors.findIndex((m) => m.id === mentorId),
      adeptIndex(p, adeptId),
    ) / 10_000;
  return {
    ...result,
    pairs: [
      { ...x!, mentorId: y!.mentorId, score: score(y!.mentorId, x!.adeptId) },
      { ...y!, mentorId: x!.mentorId, score: score(x!.mentorId, y!.adeptId) },
      ...result.pairs.slice(2),
    ],
  };
}

/**
 * The oracle: a changed plan is optimal when it keeps every rule and capacity and ties with the
 * optimum on every level (matched, soft-rule violations, weakest free pair with "fair", units).
 */
function isOptimalToo(
  p: ReturnType<typeof prepare>,
  result: MatchResult,
  pairs: MatchResult["pairs"],
  fair: boolean,
): boolean {
  const load = new Map<number, number>();
  let violations = 0;
  let units = 0;
  let weakest = Number.POSITIVE_INFINITY;
  for (const q of pairs) {
    const m = p.mentors.findIndex((x) => x.id === q.mentorId);
    const a = adeptIndex(p, q.adeptId);
    if (!isAllowed(p, m, a)) return false;
    load.set(m, (load.get(m) ?? 0) + 1);
    if (load.get(m)! > p.mentors[m]!.capacity) return false;
    violations += softViolations(p, m, a).length;
    const u = p.scorer.units(m, a);
    units += u;
    if (!q.locked) weakest = Math.min(weakest, u);
  }
  const o = result.objective;
  const same = violations === o.softViolations && units === Math.round(o.totalScore * 10_000);
  return fair ? same && weakest === Math.round((o.weakestScore ?? 0) * 10_000) : same;
}
