/**
 * `options.onProgress` (issue 13: a national cohort takes minutes): the phases in order, each
 * run from 0 to its total with `done` only growing, at coarse grain; results the same with it
 * or without; an error it throws leaves `match` as thrown; a non-function is refused.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateCohort } from "../../bench/generate.js";
import {
  type CohortInput,
  type MatchProgress,
  match,
  type ProgressPhase,
} from "../../src/index.js";
import { matchWithPlan } from "../../src/match/match.js";
import { NATIONAL_SCALE } from "../../src/plan/sparse.js";

const spring = (): CohortInput =>
  JSON.parse(
    readFileSync(new URL("../../examples/sjuharad-spring-2024.json", import.meta.url), "utf8"),
  );

/**
 * 640 adepts and 320 mentors with one place each (generated): 204,800 pairs, so `match` takes
 * the sparse path, and its proof is a pass over every mentor row.
 */
const national = generateCohort(640, 3, { mentors: 320, capacity: 1 });

/** The events of one `match`, and its result. */
function recorded(cohort: CohortInput) {
  const events: MatchProgress[] = [];
  const result = match(structuredClone(cohort), { onProgress: (p) => events.push({ ...p }) });
  return { events, result };
}

/** Consecutive events of one phase, as runs. */
function runs(
  events: readonly MatchProgress[],
): { phase: ProgressPhase; steps: MatchProgress[] }[] {
  const out: { phase: ProgressPhase; steps: MatchProgress[] }[] = [];
  for (const e of events) {
    const last = out.at(-1);
    // A run ends at done === total; the next event of the same phase starts a new run.
    if (last?.phase === e.phase && last.steps.at(-1)!.done < last.steps.at(-1)!.total)
      last.steps.push(e);
    else out.push({ phase: e.phase, steps: [e] });
  }
  return out;
}

/** Each run starts at 0, keeps its total, never goes back, and ends at its total. */
function expectWellFormed(events: readonly MatchProgress[]): void {
  for (const { steps } of runs(events)) {
    const total = steps[0]!.total;
    expect(steps[0]!.done).toBe(0);
    expect(steps.at(-1)!.done).toBe(total);
    for (let i = 0; i < steps.length; i++) {
      expect(steps[i]!.total).toBe(total);
      if (i > 0) expect(steps[i]!.done).toBeGreaterThan(steps[i - 1]!.done);
    }
  }
}

describe("match's onProgress", () => {
  it("the generated cohort is large enough for the sparse path", () => {
    expect(national.mentors.length * national.adepts.length).toBeGreaterThanOrEqual(
      NATIONAL_SCALE.minPairs,
    );
  });

  it("a national cohort reports validate, score, then solve and prove rounds, check and result, each from 0 to its total", () => {
    const { events, result } = recorded(national);
    expect(result.solver.proof).toMatch(/streamed/u);
    expectWellFormed(events);
    const phases = runs(events).map((r) => r.phase);
    expect(phases.slice(0, 2)).toEqual(["validate", "score"]);
    expect(phases.slice(-2)).toEqual(["check", "result"]);
    const rounds = phases.slice(2, -2);
    expect(rounds.length).toBeGreaterThanOrEqual(2);
    rounds.forEach((phase, i) => {
      expect(phase).toBe(i % 2 === 0 ? "solve" : "prove");
    });
    // The scoring pass and the proof pass count mentor rows, about a hundred calls at most.
    for (const { steps } of runs(events).filter(
      (r) => r.phase === "score" || r.phase === "prove",
    )) {
      expect(steps.at(-1)!.total).toBe(320);
      expect(steps.length).toBeGreaterThan(10);
      expect(steps.length).toBeLessThanOrEqual(102);
    }
  });

  it("a small cohort (the dense path) reports every phase once, in order", () => {
    const { events } = recorded(spring());
    expectWellFormed(events);
    expect(runs(events).map((r) => r.phase)).toEqual([
      "validate",
      "score",
      "solve",
      "prove",
      "check",
      "result",
    ]);
  });

  it("the result is the same with a callback or without, apart from its run time", () => {
    const strip = (r: ReturnType<typeof match>) => ({
      ...r,
      solver: { ...r.solver, ms: 0 },
      ms: 0,
    });
    for (const cohort of [spring(), national]) {
      const without = match(structuredClone(cohort));
      const { result } = recorded(cohort);
      expect(strip(result)).toEqual(strip(without));
      expect(JSON.stringify(result)).not.toMatch(/onProgress/u);
    }
  });

  it("a callback does not stop the prepared cohort from being reused, and is not kept with it", () => {
    const cohort = spring();
    const first: MatchProgress[] = [];
    const a = matchWithPlan(cohort, { onProgress: (p) => first.push(p) });
    const second: MatchProgress[] = [];
    const b = matchWithPlan(cohort, { onProgress: (p) => second.push(p) });
    // The same prepared cohort, though the callbacks differ.
    expect(b.p).toBe(a.p);
    // The second call is told its own progress (not the first callback), as the first was.
    expect(second.map((p) => p.phase)).toEqual(first.map((p) => p.phase));
    const length = first.length;
    match(cohort);
    expect(first).toHaveLength(length);
  });

  it("an error the callback throws leaves match as thrown, in any phase", () => {
    for (const phase of ["validate", "score", "prove", "result"] as const) {
      const stop = new Error(`cancelled in ${phase}`);
      let thrown: unknown;
      try {
        match(structuredClone(national), {
          onProgress: (p) => {
            if (p.phase === phase && p.done === p.total) throw stop;
          },
        });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBe(stop);
    }
  });

  it.each([["yes"], [1], [{}], [null]])("onProgress %j is refused, naming the option", (value) => {
    expect(() => match(spring(), { onProgress: value as never })).toThrow(
      /^match: options\.onProgress must be a function/u,
    );
  });
});
