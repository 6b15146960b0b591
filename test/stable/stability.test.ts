import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { match } from "../../src/index.js";
import { prepare } from "../../src/prepare/prepare.js";
import { blockingEdges } from "../../src/stability/blocking.js";
import { stableInstance, stablePlan } from "../../src/stability/stability.js";
import { blockingPairsStreamed } from "../../src/stability/streamed.js";
import { galeShapley } from "../../src/stable/galeShapley.js";
import { allPlans, fullyRankedCohort, oracleBlocking, oracleOf, rankedCohort } from "./oracle.js";

const SEED = 1414;

/** The cohort prepared, and maps from input plans to canonical ones and back. */
function setup(c: { cohort: Parameters<typeof match>[0]; options: object }) {
  const p = prepare("test", c.cohort, c.options);
  const inst = stableInstance(p);
  const canonMentor = new Int32Array(p.mentors.length);
  p.mentorInput.forEach((input, canon) => {
    canonMentor[input] = canon;
  });
  const toCanonical = (plan: readonly number[]) =>
    Int32Array.from(p.adeptInput, (input) => {
      const m = plan[input]!;
      return m < 0 ? -1 : canonMentor[m]!;
    });
  const toInput = (mentorOf: Int32Array) => {
    const plan: number[] = new Array(p.adepts.length).fill(-1);
    mentorOf.forEach((m, canon) => {
      plan[p.adeptInput[canon]!] = m < 0 ? -1 : p.mentorInput[m]!;
    });
    return plan;
  };
  const lockedMentorOf = Int32Array.from(p.adepts, () => -1);
  for (const l of p.locked) lockedMentorOf[l.adept] = l.mentor;
  const blocking = (mentorOf: Int32Array) =>
    blockingEdges(inst.acc, inst.orders, stablePlan(p, mentorOf, lockedMentorOf))
      .map((e) => `${p.mentors[inst.mentorOfEdge[e]!]!.id}/${p.adepts[inst.acc.adept[e]!]!.id}`)
      .sort();
  // Both searches in canonical indices, in their own order (by mentor, then adept).
  const both = (mentorOf: Int32Array) => {
    const plan = stablePlan(p, mentorOf, lockedMentorOf);
    return {
      edges: blockingEdges(inst.acc, inst.orders, plan).map((e) => ({
        mentor: inst.mentorOfEdge[e]!,
        adept: inst.acc.adept[e]!,
      })),
      streamed: blockingPairsStreamed(p, plan),
    };
  };
  const gs = (side: "adepts" | "mentors") =>
    galeShapley(inst.acc, inst.orders, stablePlan(p, lockedMentorOf, lockedMentorOf), side);
  return { p, toCanonical, toInput, blocking, both, gs };
}

/** Every plan of a small draw; an even sample of at most `most` of a large one's. */
function somePlans(o: ReturnType<typeof oracleOf>, most: number): ReturnType<typeof allPlans> {
  const plans = allPlans(o);
  const step = Math.max(1, Math.floor(plans.length / most));
  return plans.filter((_, i) => i % step === 0);
}

describe("stability", () => {
  it("the blocking pairs of every plan equal those of the definition (brute force, up to 6 + 6)", () => {
    fc.assert(
      fc.property(rankedCohort, (c) => {
        const o = oracleOf(c.cohort, c.options);
        const { toCanonical, blocking } = setup(c);
        for (const plan of somePlans(o, 300)) {
          expect(blocking(toCanonical(plan))).toEqual(oracleBlocking(o, plan));
        }
      }),
      { seed: SEED, numRuns: 80 },
    );
  });

  it("the streamed search (no acceptable pairs held) finds the same blocking pairs in the same order", () => {
    let found = 0;
    fc.assert(
      fc.property(rankedCohort, (c) => {
        const { toCanonical, both } = setup(c);
        for (const plan of somePlans(oracleOf(c.cohort, c.options), 100)) {
          const { edges, streamed } = both(toCanonical(plan));
          expect(streamed).toEqual(edges);
          found += edges.length;
        }
      }),
      { seed: SEED + 1, numRuns: 80 },
    );
    expect(found).toBeGreaterThan(100);
  });

  it("Gale-Shapley from either side gives a plan without blocking pairs that keeps every lock", () => {
    fc.assert(
      fc.property(fc.oneof(rankedCohort, fullyRankedCohort), (c) => {
        const o = oracleOf(c.cohort, c.options);
        const { gs, toInput } = setup(c);
        for (const side of ["adepts", "mentors"] as const) {
          const plan = toInput(gs(side));
          expect(oracleBlocking(o, plan)).toEqual([]);
          o.lockedTo.forEach((m, a) => {
            if (m >= 0) expect(plan[a]).toBe(m);
          });
          const load = o.capacity.map((_, m) => plan.filter((x) => x === m).length);
          load.forEach((n, m) => {
            expect(n).toBeLessThanOrEqual(o.capacity[m]!);
          });
          plan.forEach((m, a) => {
            if (m >= 0) expect(o.allowed[m]![a]).toBe(true);
          });
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("every stable plan matches the same adepts and fills each mentor equally (rural hospitals)", () => {
    let withTwoStable = 0;
    fc.assert(
      fc.property(fullyRankedCohort, (c) => {
        const o = oracleOf(c.cohort, c.options);
        const stable = allPlans(o).filter((plan) => oracleBlocking(o, plan).length === 0);
        expect(stable.length).toBeGreaterThan(0);
        if (stable.length > 1) withTwoStable++;
        const matched = (plan: number[]) => plan.map((m) => m >= 0);
        const load = (plan: number[]) =>
          o.capacity.map((_, m) => plan.filter((x) => x === m).length);
        for (const plan of stable) {
          expect(matched(plan)).toEqual(matched(stable[0]!));
          expect(load(plan)).toEqual(load(stable[0]!));
        }
        // Adept-proposing deferred acceptance gives each adept its best stable mentor.
        const best = setup(c).toInput(setup(c).gs("adepts"));
        for (const plan of stable) {
          best.forEach((m, a) => {
            if (m < 0) return;
            const order = o.adeptOrder[a]!;
            expect(order.indexOf(m)).toBeLessThanOrEqual(order.indexOf(plan[a]!));
          });
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
    // The property says something only if some draws have more than one stable plan.
    expect(withTwoStable).toBeGreaterThan(4);
  });

  it("match reports the blocking pairs whenever anyone gave preferences, and never otherwise", () => {
    // Half the draws with every preference taken away: the "never otherwise" half is reached.
    const unranked: typeof rankedCohort = rankedCohort.map((c) => ({
      ...c,
      cohort: {
        ...c.cohort,
        mentors: c.cohort.mentors.map(({ preferences: _, ...m }) => m),
        adepts: c.cohort.adepts.map(({ preferences: _, ...a }) => a),
      },
    }));
    let without = 0;
    fc.assert(
      fc.property(fc.oneof(rankedCohort, unranked), (c) => {
        const result = match(c.cohort, c.options);
        const someone = [...c.cohort.mentors, ...c.cohort.adepts].some(
          (x) => (x.preferences?.length ?? 0) > 0,
        );
        if (!someone) {
          without++;
          expect(result.stability).toBeUndefined();
          return;
        }
        const o = oracleOf(c.cohort, c.options);
        const plan = o.adeptIds.map((id) => {
          const pair = result.pairs.find((x) => x.adeptId === id);
          return pair === undefined ? -1 : o.mentorIds.indexOf(pair.mentorId);
        });
        const got = result.stability?.blockingPairs.map((b) => `${b.mentorId}/${b.adeptId}`);
        expect(got?.sort()).toEqual(oracleBlocking(o, plan));
      }),
      { seed: SEED, numRuns: 60 },
    );
    expect(without).toBeGreaterThan(5);
  });
});
