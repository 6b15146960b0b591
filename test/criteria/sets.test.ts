import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { valueClasses } from "../../src/criteria/groups.js";
import { CrossIndex, jaccard, popcount32 } from "../../src/criteria/sets.js";

describe("jaccard", () => {
  it("is |A ∩ B| / |A ∪ B|, 0 for two empty sets", () => {
    expect(jaccard(1, 2, 3)).toBe(0.25);
    expect(jaccard(2, 2, 2)).toBe(1);
    expect(jaccard(0, 0, 0)).toBe(0);
  });
});

describe("popcount32", () => {
  it("counts the set bits of any 32-bit integer", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (x) => {
        const naive = [...(x >>> 0).toString(2)].filter((b) => b === "1").length;
        expect(popcount32(x)).toBe(naive);
      }),
    );
  });
});

describe("valueClasses", () => {
  it("groups equal values", () => {
    const classes = valueClasses([3, 5, 3, -1]);
    expect([...classes.of]).toEqual([0, 1, 0, 2]);
    expect([...classes.values]).toEqual([3, 5, -1]);
  });
});

// Distinct keys per mentor; distinct items (one or two alternatives) per adept.
const keyArb = fc.integer({ min: 0, max: 60 }).map((n) => `k${n}`);
const mentorsArb = fc.array(fc.uniqueArray(keyArb, { maxLength: 40 }), {
  minLength: 1,
  maxLength: 6,
});
const adeptsArb = (arity: 1 | 2) =>
  fc.array(
    fc.uniqueArray(fc.array(keyArb, { minLength: 1, maxLength: arity }), {
      maxLength: 12,
      selector: (item) => item.join(" "),
    }),
    { minLength: 1, maxLength: 6 },
  );

function bruteCovered(
  mentorKeys: readonly string[],
  items: readonly (readonly string[])[],
): number {
  const own = new Set(mentorKeys);
  return items.filter((item) => item.some((key) => own.has(key))).length;
}

describe("CrossIndex", () => {
  it.each([
    ["masks or bitsets, single keys", 1, Number.POSITIVE_INFINITY],
    ["bitsets", 2, Number.POSITIVE_INFINITY],
    ["sorted lists", 2, 0],
    ["sorted lists, single keys", 1, 0],
  ] as const)("covered equals a brute-force count (%s)", (_, arity, budget) => {
    fc.assert(
      fc.property(mentorsArb, adeptsArb(arity), (mentors, adepts) => {
        const index = new CrossIndex(mentors, adepts, budget);
        mentors.forEach((m, i) => {
          expect(index.mentorSize[i]).toBe(m.length);
          adepts.forEach((a, j) => {
            expect(index.adeptSize[j]).toBe(a.length);
            expect(index.covered(i, j)).toBe(bruteCovered(m, a));
          });
        });
      }),
    );
  });

  it.each([
    ["masks or bitsets", Number.POSITIVE_INFINITY],
    ["sorted lists", 0],
  ] as const)(
    "a key given alone is the item of that one key (%s), mixed with lists too",
    (_, budget) => {
      fc.assert(
        fc.property(mentorsArb, adeptsArb(1), fc.boolean(), (mentors, adepts, mixed) => {
          // Each single-key item as the key alone (or, mixed, every other one).
          const alone = adepts.map((items) =>
            items.map((item, k) => (mixed && k % 2 === 1 ? item : item[0]!)),
          );
          const index = new CrossIndex(mentors, alone, budget);
          const lists = new CrossIndex(mentors, adepts, budget);
          expect(index.adeptClass).toEqual(lists.adeptClass);
          mentors.forEach((_, i) => {
            const classes = [...index.coverClasses(i)];
            expect(classes).toEqual([...lists.coverClasses(i)]);
            // Each class's count is `covered` of the adept that stands for it.
            classes.forEach((n, c) => {
              expect(n).toBe(index.covered(i, index.classAdept[c]!));
            });
            adepts.forEach((a, j) => {
              expect(index.adeptSize[j]).toBe(a.length);
              expect(index.covered(i, j)).toBe(lists.covered(i, j));
            });
          });
        }),
      );
    },
  );

  it("adepts of one class get the same count from every mentor", () => {
    fc.assert(
      fc.property(mentorsArb, adeptsArb(2), (mentors, adepts) => {
        const index = new CrossIndex(mentors, adepts);
        adepts.forEach((_, j) => {
          const representative = index.classAdept[index.adeptClass[j]!]!;
          mentors.forEach((_, i) => {
            expect(index.covered(i, j)).toBe(index.covered(i, representative));
          });
        });
      }),
    );
  });
});
