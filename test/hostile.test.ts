import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CohortError,
  match,
  parseCohort,
  rematch,
  safeParseCohort,
  scoreMatrix,
  scorePair,
} from "../src/index.js";
import { cohortArbitrary } from "./arbitraries.js";

/** Only typed errors are acceptable: invalid input or invalid options, named. */
function typedOnly(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    const typed =
      error instanceof CohortError || error instanceof RangeError || error instanceof TypeError;
    expect(typed, String(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^(parseCohort|match|scoreMatrix|scorePair|rematch|safeParseCohort): /u,
    );
    if (error instanceof CohortError) expect(error.issues.length).toBeGreaterThan(0);
  }
}

const strange = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "",
    "   ",
    "\u0000",
    "😀",
    "Bora\u030As",
    "Borås",
    "x".repeat(5000),
  ),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme-composite" }),
);

const strangeNumber = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    -0,
    1e308,
    5e-324,
    2 ** 53,
  ),
  fc.double(),
);

const small = cohortArbitrary({ maxMentors: 4, maxAdepts: 4, ineligible: true });

describe("hostile and broken input finds only typed errors", () => {
  it("every entry point on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (value, other) => {
        typedOnly(() => parseCohort(value));
        expect(() => safeParseCohort(value)).not.toThrow();
        typedOnly(() => match(value as never));
        typedOnly(() => scoreMatrix(value as never));
        typedOnly(() => scorePair(value as never, other as never));
        typedOnly(() => match(value as never, other as never));
      }),
      { numRuns: 300 },
    );
  });

  it("every entry point on arbitrary values (not only JSON)", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), (value) => {
        expect(() => safeParseCohort(value)).not.toThrow();
        typedOnly(() => match(value as never));
        typedOnly(() => match({ mentors: [], adepts: [] }, value as never));
      }),
      { numRuns: 300 },
    );
  });

  it("strange strings as ids, names and tags are either rejected with a path or matched correctly", () => {
    fc.assert(
      fc.property(
        small,
        strange,
        strange,
        fc.constantFrom("id", "municipality", "sector"),
        (cohort, s1, s2, field) => {
          const broken = {
            ...cohort,
            mentors: [
              { ...cohort.mentors[0]!, [field]: s1, offers: [s2] },
              ...cohort.mentors.slice(1),
            ],
            adepts: [{ ...cohort.adepts[0]!, wishes: [s2] }, ...cohort.adepts.slice(1)],
          };
          const parsed = safeParseCohort(broken);
          if (!parsed.success) {
            for (const issue of parsed.issues)
              expect(issue.path).toMatch(/^(mentors|adepts|exclusions|locked|history)/u);
            expect(() => match(broken)).toThrow(CohortError);
            return;
          }
          const result = match(broken);
          const ids = [
            ...result.pairs.map((p) => p.adeptId),
            ...result.unmatchedAdepts.map((u) => u.id),
          ];
          expect(ids.sort()).toEqual(parsed.data.adepts.map((a) => a.id).sort());
          expect(JSON.parse(JSON.stringify(result)).pairs.length).toBe(result.pairs.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("non-finite, negative or absurd numbers are rejected with the path named", () => {
    fc.assert(
      fc.property(
        small,
        strangeNumber,
        fc.constantFrom("managerYears", "workYears", "capacity"),
        (cohort, n, field) => {
          const broken = {
            ...cohort,
            mentors: [{ ...cohort.mentors[0]!, [field]: n }, ...cohort.mentors.slice(1)],
          };
          const parsed = safeParseCohort(broken);
          const sane =
            Number.isFinite(n) &&
            n >= 0 &&
            n <= 80 &&
            (field !== "capacity" || (Number.isInteger(n) && n >= 1));
          if (!sane) {
            expect(parsed.success).toBe(false);
            if (!parsed.success)
              expect(parsed.issues.map((i) => i.path)).toContain(`mentors[0].${field}`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("ids in two Unicode normalisation forms are the same id", () => {
    const person = (id: string) => ({ id, municipality: "Borås", sector: "HR", managerYears: 9 });
    const result = safeParseCohort({
      mentors: [person("Bora\u030As")],
      adepts: [person("Bor\u00e5s")],
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]?.code).toBe("duplicate_id");
  });

  it("ids that are Object.prototype names work like any other id", () => {
    const person = (id: string, municipality: string, sector: string, years: number) => ({
      id,
      municipality,
      sector,
      managerYears: years,
      managerConsent: true,
    });
    const cohort = {
      mentors: [person("__proto__", "Borås", "HR", 10), person("constructor", "Mark", "HR", 10)],
      adepts: [
        person("toString", "Tranemo", "Skola", 3),
        person("hasOwnProperty", "Tranemo", "Skola", 3),
      ],
      exclusions: [{ mentor: "__proto__", adept: "toString" }],
    };
    const result = match(cohort);
    expect(result.pairs.map((p) => `${p.mentorId}/${p.adeptId}`).sort()).toEqual([
      "__proto__/hasOwnProperty",
      "constructor/toString",
    ]);
  });

  it("input size limits give a clear error", () => {
    const person = (i: number) => ({
      id: `P${i}`,
      municipality: "Borås",
      sector: "HR",
      managerYears: 9,
    });
    const tooMany = {
      mentors: Array.from({ length: 20_001 }, (_, i) => person(i)),
      adepts: [person(-1)],
    };
    const result = safeParseCohort(tooMany);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues[0]).toMatchObject({ path: "mentors", message: "at most 20000 mentors" });
    const longText = {
      mentors: [{ ...person(1), offerText: "x".repeat(10_001) }],
      adepts: [person(2)],
    };
    const r2 = safeParseCohort(longText);
    expect(r2.success).toBe(false);
    if (!r2.success) expect(r2.issues[0]?.path).toBe("mentors[0].offerText");
  });

  it("rematch rejects what is not a result", () => {
    expect(() => rematch({} as never, {} as never)).toThrow(
      /^rematch: previous must be a MatchResult/u,
    );
  });
});

describe("numerical safety", () => {
  it("huge and tiny weights give the same pairs as their ratio", () => {
    fc.assert(
      fc.property(small, fc.constantFrom(1e-300, 1e-9, 1e9, 1e300), (cohort, scale) => {
        const base = {
          wishes: 3,
          geography: 1,
          experience: 2,
          education: 1,
          leadership: 1,
          sector: 1,
        };
        const scaled = Object.fromEntries(Object.entries(base).map(([k, w]) => [k, w * scale]));
        const a = match(cohort, { weights: base });
        const b = match(cohort, { weights: scaled });
        expect(b.pairs.map((p) => [p.mentorId, p.adeptId, p.score])).toEqual(
          a.pairs.map((p) => [p.mentorId, p.adeptId, p.score]),
        );
      }),
      { numRuns: 60 },
    );
  });

  it("weights that overflow are rejected, not turned into NaN", () => {
    const m = { id: "M1", municipality: "Borås", sector: "HR", managerYears: 10 };
    const a = { id: "A1", municipality: "Mark", sector: "Skola", managerYears: 3 };
    expect(() => scorePair(m, a, { weights: { wishes: 1e308, geography: 1e308 } })).toThrow(
      /^scorePair: options\.weights must add up to a finite number/u,
    );
  });

  it("near-ties are decided by exact integer units, the same way every time", () => {
    // Two mentors whose totals differ by one unit (0.0001 points) or not at all.
    const person = (id: string, municipality: string, years: number) => ({
      id,
      municipality,
      sector: id.startsWith("M") ? "HR" : "Skola",
      managerYears: years,
      managerConsent: true,
    });
    const cohort = {
      mentors: [person("M1", "Mark", 10), person("M2", "Tranemo", 10)],
      adepts: [person("A1", "Borås", 3)],
    };
    const results = [match(cohort), match({ ...cohort, mentors: [...cohort.mentors].reverse() })];
    expect(results[0]!.pairs).toEqual(results[1]!.pairs);
    const units = Math.round(results[0]!.objective.totalScore * 10_000);
    expect(units / 10_000).toBe(results[0]!.objective.totalScore);
  });
});
