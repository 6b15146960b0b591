import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasKey, keyedList, keyList, lacking, shared } from "../../src/criteria/keys.js";
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
