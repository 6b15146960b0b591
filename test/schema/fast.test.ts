import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCohort } from "../../bench/generate.js";
import { CohortSchema, MAYBE_REFUSED } from "../../src/schema/cohort.js";
import { fastCohort, plainLatin1 } from "../../src/schema/fast.js";

/** JSON that keeps keys in their order and tells `undefined` (and -0) from absence. */
const exact = (v: unknown) =>
  JSON.stringify(v, (_, x) =>
    x === undefined ? "<undefined>" : Object.is(x, -0) ? "<-0>" : (x as unknown),
  );

type Obj = Record<string, unknown>;

/** Ways to change one record: benign ones the fast path should take, and invalid ones. */
const CHANGES: ((o: Obj, r: () => number) => void)[] = [
  (o) => {
    o.id = `  ${String(o.id)}\t`;
  },
  (o) => {
    o.sector = ` ${String(o.sector)} `;
  },
  (o) => {
    o.workYears = undefined;
  },
  (o) => {
    delete o.education;
  },
  (o) => {
    o.capacity = undefined;
  },
  (o) => {
    o.managerConsent = false;
  },
  (o) => {
    o.location = { lon: 13.4, lat: 57.8 };
  },
  (o) => {
    o.auditAttributes = { " band ": " 40-49 ", level: 2, ok: true };
  },
  (o) => {
    o.leadership = { areas: [" change "], staffCount: 0 };
  },
  (o) => {
    o.education = { fields: [], level: "master" };
  },
  (o) => {
    o.offerText = " Jag delar gärna med mig\n\tav allt ";
  },
  (o) => {
    o.preferences = [];
  },
  (o) => {
    o.sectorExperience = ["  HR  ", "HR"];
  },
  // Invalid, or unusual: the fast path must not accept what zod refuses.
  (o) => {
    o.managerYears = -1;
  },
  (o) => {
    o.managerYears = 80.5;
  },
  (o) => {
    o.managerYears = Number.NaN;
  },
  (o) => {
    o.managerYears = Number.POSITIVE_INFINITY;
  },
  (o) => {
    o.managerYears = "5";
  },
  (o) => {
    o.managerYears = -0;
  },
  (o) => {
    o.id = "   ";
  },
  (o) => {
    o.id = "x".repeat(201);
  },
  (o) => {
    o.id = "M\u200b1";
  },
  (o) => {
    o.municipality = "Bor\u0007ås";
  },
  (o) => {
    o.sector = "Vård \ud800";
  },
  (o) => {
    o.sector = "Vård 👩‍⚕️";
  },
  (o) => {
    o.charm = 3;
  },
  (o) => {
    o.capacity = 0;
  },
  (o) => {
    o.capacity = 1.5;
  },
  (o) => {
    o.capacity = 1001;
  },
  (o) => {
    o.education = { level: "phd" };
  },
  (o) => {
    o.education = { level: "master", extra: 1 };
  },
  (o) => {
    o.leadership = { staffCount: 2.5 };
  },
  (o) => {
    o.location = { lat: 91, lon: 0 };
  },
  (o) => {
    o.location = { lat: 57 };
  },
  (o) => {
    o.auditAttributes = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, i]));
  },
  (o) => {
    o.auditAttributes = { "  ": 1 };
  },
  (o) => {
    o.auditAttributes = { x: { nested: 1 } };
  },
  (o) => {
    o.auditAttributes = JSON.parse('{"__proto__": 1}');
  },
  (o) => {
    o.auditAttributes = { x: Number.POSITIVE_INFINITY };
  },
  (o) => {
    o.auditAttributes = { x: "" };
  },
  (o) => {
    o.wishes = Array.from({ length: 101 }, (_, i) => `w${i}`);
  },
  (o) => {
    o.wishes = [1];
  },
  (o) => {
    o.offerText = "x".repeat(10_001);
  },
  (o) => {
    o.offerText = "a\u0000b";
  },
  (o) => {
    o.wishText = "rad ett\u000brad två";
  },
  (o) => {
    o.wishText = "rad ett\r\nrad två\n\tmed indrag";
  },
  (o) => {
    o.reason = "jäv\n(chef)";
  },
  (o) => {
    // A hole, as `[, "HR"]` writes it.
    const holed = new Array<string>(2);
    holed[1] = "HR";
    o.sectorExperience = holed;
  },
  (o) => {
    o.education = new (class Education {
      level = "master";
    })();
  },
  (o) => {
    o.id = undefined;
  },
  (o) => {
    delete o.sector;
  },
];

/** A small generated cohort with some records changed, and the lists' own changes. */
const mutated = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    people: fc.integer({ min: 1, max: 6 }),
    changes: fc.array(
      fc.record({
        side: fc.constantFrom("mentors", "adepts", "exclusions", "history"),
        at: fc.nat(),
        change: fc.nat({ max: CHANGES.length - 1 }),
      }),
      { maxLength: 4 },
    ),
    top: fc.constantFrom("none", "noLists", "undefinedLists", "extraKey", "noMentors"),
  })
  .map(({ seed, people, changes, top }) => {
    const cohort = structuredClone(generateCohort(people, seed)) as unknown as Obj;
    for (const c of changes) {
      const records = cohort[c.side] as Obj[];
      if (records.length > 0) CHANGES[c.change]!(records[c.at % records.length]!, () => 0);
    }
    if (top === "noLists") {
      delete cohort.exclusions;
      delete cohort.history;
    } else if (top === "undefinedLists") {
      cohort.exclusions = undefined;
      cohort.locked = undefined;
    } else if (top === "extraKey") {
      cohort.notes = "x";
    } else if (top === "noMentors") {
      cohort.mentors = [];
    }
    return cohort;
  });

describe("fastCohort", () => {
  it("gives exactly zod's output (keys in order, trimmed, defaults) or leaves the input to zod", () => {
    let fast = 0;
    fc.assert(
      fc.property(mutated, (input) => {
        const mine = fastCohort(structuredClone(input));
        const zods = CohortSchema.safeParse(structuredClone(input));
        if (mine === undefined) return;
        fast++;
        expect(zods.success).toBe(true);
        expect(exact(mine)).toBe(exact(zods.data));
      }),
      { seed: 2026, numRuns: 1_500 },
    );
    // The property is not empty: most changed cohorts are still plainly valid.
    expect(fast).toBeGreaterThan(300);
  });

  it("reads every generated cohort of the bench, as zod does", () => {
    for (const n of [1, 20, 300]) {
      const cohort = generateCohort(n, n);
      const zods = CohortSchema.safeParse(cohort);
      expect(zods.success).toBe(true);
      expect(exact(fastCohort(cohort))).toBe(exact(zods.data));
    }
  });

  it("reads free text with line breaks and tabs itself, as a spreadsheet cell has them", () => {
    const cohort = generateCohort(3, 2) as unknown as { mentors: Obj[]; adepts: Obj[] };
    cohort.mentors[0]!.offerText = "Rad ett\r\nrad två\n\tmed indrag";
    cohort.adepts[1]!.wishText = "Stöd i att delegera\noch att säga nej";
    const mine = fastCohort(structuredClone(cohort));
    expect(mine).toBeDefined();
    expect(exact(mine)).toBe(exact(CohortSchema.safeParse(structuredClone(cohort)).data));
  });

  it("leaves hostile input to zod at once: a 2^32-long list, a throwing getter", () => {
    const cohort = generateCohort(2, 1) as unknown as Obj;
    expect(fastCohort({ ...cohort, mentors: new Array(2 ** 32 - 1) })).toBeUndefined();
    // A Proxy that only passes reads through is read as zod reads it.
    expect(exact(fastCohort(new Proxy(cohort, {})))).toBe(
      exact(CohortSchema.safeParse(cohort).data),
    );
    const adept = Object.defineProperty({ ...(cohort.adepts as Obj[])[0] }, "sector", {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    });
    expect(fastCohort({ ...cohort, adepts: [adept] })).toBeUndefined();
  });
});

describe("plainLatin1", () => {
  it("is true only where MAYBE_REFUSED matches nothing, and for every plain Latin-1 string", () => {
    const latin1 = fc.string({
      unit: fc.integer({ min: 0, max: 0x17f }).map((c) => String.fromCharCode(c)),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.oneof(latin1, fc.string({ unit: "binary", maxLength: 12 })), (s) => {
        if (plainLatin1(s)) expect(MAYBE_REFUSED.test(s)).toBe(false);
        const plain = [...s].every((ch) => ch.charCodeAt(0) <= 0xff && ch.length === 1);
        if (plain) expect(plainLatin1(s)).toBe(!MAYBE_REFUSED.test(s));
      }),
      { seed: 2503, numRuns: 5_000 },
    );
  });
});
