import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCohort } from "../../bench/generate.js";
import { neutrality } from "../../src/explain/criterionText.js";
import { rankCriteria } from "../../src/explain/pairText.js";
import {
  CRITERIA,
  type Criterion,
  type CriterionScores,
  match,
  type Weights,
} from "../../src/index.js";

/** The filter-and-sort version, kept as the oracle of the one-pass one. */
function reference(
  pair: Parameters<typeof rankCriteria>[0],
  weights: Weights | undefined,
): { strongest?: Criterion; weakest?: Criterion } {
  const weight = (c: Criterion) => weights?.[c] ?? 1;
  const ranked = CRITERIA.filter((c) => weight(c) > 0 && neutrality(c, pair.facts) !== "full");
  if (ranked.length === 0) return {};
  const order = (c: Criterion) => CRITERIA.indexOf(c);
  const strongest = [...ranked].sort(
    (x, y) => pair.criteria[y] - pair.criteria[x] || weight(y) - weight(x) || order(x) - order(y),
  )[0]!;
  const weakest = ranked
    .filter((c) => c !== strongest)
    .sort(
      (x, y) => pair.criteria[x] - pair.criteria[y] || weight(y) - weight(x) || order(x) - order(y),
    )[0];
  return weakest === undefined ? { strongest } : { strongest, weakest };
}

describe("rankCriteria", () => {
  // Real facts (some criteria neutral in full), with scores and weights drawn to tie often.
  const facts = match(generateCohort(30, 5)).pairs.map((p) => p.facts);
  const level = fc.constantFrom(0, 0.25, 0.5, 0.5, 1);
  it("picks what sorting by score, then weight, then CRITERIA order picks", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...facts),
        fc.record(
          Object.fromEntries(CRITERIA.map((c) => [c, level])),
        ) as fc.Arbitrary<CriterionScores>,
        fc.option(
          fc.record(
            Object.fromEntries(CRITERIA.map((c) => [c, fc.constantFrom(0, 1, 1, 2, 3)])),
          ) as fc.Arbitrary<Weights>,
          { nil: undefined },
        ),
        (f, criteria: CriterionScores, weights: Weights | undefined) => {
          const pair = { criteria, facts: f };
          expect(rankCriteria(pair, weights)).toEqual(reference(pair, weights));
        },
      ),
      { seed: 20261130, numRuns: 3000 },
    );
  });
});
