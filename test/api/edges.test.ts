import { describe, expect, it } from "vitest";
import { CohortError, match, rematch, safeParseCohort } from "../../src/index.js";
import { person } from "../people.js";

const COHORT = {
  mentors: [person("M1", "Borås", "HR", 10)],
  adepts: [person("A1", "Mark", "Skola", 3)],
};

/** What `run` threw (it must throw). */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("safeParseCohort never throws for any cohort", () => {
  it("a throwing getter becomes an issue at its path", () => {
    const mentor = { ...COHORT.mentors[0]! };
    Object.defineProperty(mentor, "sector", {
      enumerable: true,
      get() {
        throw new Error("no access");
      },
    });
    const r = safeParseCohort({ ...COHORT, mentors: [mentor] });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues).toEqual([
        {
          code: "unreadable",
          path: "mentors[0].sector",
          message: "could not be read: Error: no access",
        },
      ]);
  });

  it("a Proxy whose traps throw becomes an issue at its path", () => {
    const trap = () => {
      throw new RangeError("trap");
    };
    const adepts = new Proxy([], { get: trap, has: trap, ownKeys: trap });
    const r = safeParseCohort({ ...COHORT, adepts });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([["unreadable", "adepts"]]);
  });

  it("a getter throwing a hostile value is described without trusting it", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
        getPrototypeOf() {
          throw new Error("trap");
        },
      },
    );
    const cohort = Object.defineProperty({}, "mentors", {
      enumerable: true,
      get() {
        throw hostile;
      },
    });
    const r = safeParseCohort(cohort);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ code: "unreadable", path: "mentors" });
  });

  it("match reports the same issue as a CohortError naming match", () => {
    const cohort = Object.defineProperty({ adepts: COHORT.adepts }, "mentors", {
      enumerable: true,
      get() {
        throw new Error("no access");
      },
    });
    const error = thrownBy(() => match(cohort as never));
    expect(error).toBeInstanceOf(CohortError);
    expect((error as CohortError).message).toMatch(/^match: invalid cohort/u);
    expect((error as CohortError).issues[0]?.path).toBe("mentors");
  });
});

describe("rematch checks its arguments as match does", () => {
  const previous = match(COHORT);

  it("an array-like mentors list is a CohortError, not a raw TypeError", () => {
    const error = thrownBy(() =>
      rematch(previous, { ...COHORT, mentors: { length: 1, 0: COHORT.mentors[0] } } as never),
    );
    expect(error).toBeInstanceOf(CohortError);
    expect((error as Error).message).toMatch(/^rematch: invalid cohort.*mentors: expected array/u);
  });

  it("a sparse mentors list of length 2^32-1 is refused at once, as match refuses it", () => {
    const huge = { ...COHORT, mentors: new Array(2 ** 32 - 1) };
    const started = performance.now();
    const error = thrownBy(() => rematch(previous, huge));
    expect(performance.now() - started).toBeLessThan(500);
    expect(error).toBeInstanceOf(CohortError);
    expect((error as Error).message).toContain("mentors: at most 20000 mentors");
    expect((thrownBy(() => match(huge)) as Error).message).toContain(
      "mentors: at most 20000 mentors",
    );
  });

  it("huge lists in changes and previous are refused at once", () => {
    for (const run of [
      () => rematch(previous, COHORT, { remove: new Array(2 ** 32 - 1) }),
      () => rematch(previous, COHORT, { add: { adepts: new Array(2 ** 32 - 1) } }),
      () => rematch({ ...previous, pairs: new Array(2 ** 32 - 1) }, COHORT),
    ]) {
      const started = performance.now();
      const error = thrownBy(run);
      expect(performance.now() - started).toBeLessThan(500);
      expect(error).toBeInstanceOf(RangeError);
      expect((error as Error).message).toMatch(/^rematch: .* has 4294967295 entries/u);
    }
  });

  it("changes of the wrong shape are a TypeError naming the field", () => {
    expect(() => rematch(previous, COHORT, null as never)).toThrow(
      /^rematch: changes must be an object/u,
    );
    expect(() => rematch(previous, COHORT, { remove: "A1" } as never)).toThrow(
      /^rematch: changes\.remove must be an array/u,
    );
    expect(() => rematch(previous, COHORT, { remove: [1] } as never)).toThrow(
      /^rematch: changes\.remove\[0\] must be an id/u,
    );
    expect(() => rematch(previous, COHORT, { capacity: [null] } as never)).toThrow(
      /^rematch: changes\.capacity\[0\] must be \{ id, capacity \}/u,
    );
  });
});
