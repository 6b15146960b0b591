import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  countKeys,
  hasEntryKey,
  hasKey,
  keyedList,
  keyList,
  lacking,
  memoNormalizeKey,
  pickSpellings,
  shared,
} from "../../src/criteria/keys.js";
import { normalizeKey } from "../../src/util/normalize.js";

/** The rule spelled out with a map (as `keyed` was written before `keyedList`): the reference. */
function referenceKeyed(values: readonly string[] | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const value of values ?? []) {
    const k = normalizeKey(value);
    if (k !== "" && !map.has(k)) map.set(k, value.trim());
  }
  return map;
}

describe("keyedList", () => {
  it("keys by normalizeKey, keeps the first spelling trimmed, drops empty keys", () => {
    expect(keyedList(["Borås ", " borås", "bora\u030As", "  ", "Mark"])).toEqual({
      keys: ["borås", "mark"],
      spellings: ["Borås", "Mark"],
    });
    expect(keyedList(undefined)).toEqual({ keys: [], spellings: [] });
  });
});

describe("keyList and hasKey", () => {
  it("are the reference's keys and whether it has any, on any strings (blank, repeated, odd case)", () => {
    const word = fc.constantFrom("HR", " hr", "Vård", "vård ", "", "  ", "É", "é", "\u200b", "x");
    fc.assert(
      fc.property(fc.option(fc.array(word, { maxLength: 8 }), { nil: undefined }), (values) => {
        expect(keyList(values)).toEqual([...referenceKeyed(values).keys()]);
        // With `last` and less `without`: as if `last` ended the list and `without` were not there.
        for (const last of [undefined, "HR", " vård"]) {
          for (const without of [undefined, "hr", "vård"]) {
            const all = [
              ...referenceKeyed([...(values ?? []), ...(last === undefined ? [] : [last])]).keys(),
            ];
            expect(keyList(values, normalizeKey, last, without)).toEqual(
              all.filter((k) => k !== without),
            );
          }
        }
        expect(hasKey(values)).toBe(referenceKeyed(values).size > 0);
      }),
      { seed: 77, numRuns: 500 },
    );
  });
});

describe("keyedList, shared and lacking", () => {
  it("are the first spelling of each non-empty key in order, and the keys one list has or lacks of another", () => {
    const words = fc.constantFrom(
      "Borås",
      " borås",
      "BORÅS ",
      "Mark",
      "mark",
      "  ",
      "",
      "Vård",
      "skola",
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), fc.array(words, { maxLength: 8 }), (x, y) => {
        const a = keyedList(x);
        const b = keyedList(y);
        const want = [...referenceKeyed(x)];
        expect(a.keys.map((k, i) => [k, a.spellings[i]])).toEqual(want);
        const other = referenceKeyed(y);
        expect(shared(a, b)).toEqual(want.filter(([k]) => other.has(k)).map(([, v]) => v));
        expect(lacking(a, b)).toEqual(want.filter(([k]) => !other.has(k)).map(([, v]) => v));
      }),
      { seed: 23, numRuns: 300 },
    );
  });

  it("adds `last` as if it ended the list", () => {
    expect(keyedList(["Vård", " vård"], undefined, "Skola ")).toEqual({
      keys: ["vård", "skola"],
      spellings: ["Vård", "Skola"],
    });
    expect(keyedList(["Vård"], undefined, "VÅRD").keys).toEqual(["vård"]);
  });
});

describe("countKeys, pickSpellings and hasEntryKey", () => {
  it("read a list (values, then last, less a key) as the reference's keys, short or long", () => {
    const word = fc.constantFrom(
      "Vård",
      " vård",
      "VÅRD ",
      "Skola",
      "skola",
      "HR",
      "",
      "  ",
      "\u200b",
    );
    // Up to 24 entries: past 16 both read through keyedList, below in place; both must agree.
    const list = fc.option(fc.array(word, { maxLength: 24 }), { nil: undefined });
    const last = fc.option(word, { nil: undefined });
    fc.assert(
      fc.property(list, last, fc.option(word, { nil: undefined }), list, last, (x, u, w, y, v) => {
        const without = w === undefined ? undefined : normalizeKey(w);
        const of = [...referenceKeyed([...(x ?? []), ...(u === undefined ? [] : [u])])].filter(
          ([k]) => k !== without,
        );
        const other = referenceKeyed([...(y ?? []), ...(v === undefined ? [] : [v])]);
        for (const key of [normalizeKey, memoNormalizeKey()]) {
          expect(countKeys(x, key, u, without)).toBe(of.length);
          expect(pickSpellings(x, u, without, y, v, true, key)).toEqual(
            of.filter(([k]) => other.has(k)).map(([, s]) => s),
          );
          expect(pickSpellings(x, u, without, y, v, false, key)).toEqual(
            of.filter(([k]) => !other.has(k)).map(([, s]) => s),
          );
          const k = w === undefined ? "" : normalizeKey(w);
          expect(hasEntryKey(y, v, k, key)).toBe(k !== "" && other.has(k));
        }
      }),
      { seed: 41, numRuns: 400 },
    );
  });
});
