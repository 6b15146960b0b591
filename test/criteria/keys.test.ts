import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasKey, keyed, keyedList, keyList, lacking, shared } from "../../src/criteria/keys.js";

describe("keyed", () => {
  it("keys by normalizeKey, keeps the first spelling trimmed, drops empty keys", () => {
    expect([...keyed(["Borås ", " borås", "bora\u030As", "  ", "Mark"])]).toEqual([
      ["borås", "Borås"],
      ["mark", "Mark"],
    ]);
    expect(keyed(undefined).size).toBe(0);
  });
});

describe("keyList and hasKey", () => {
  it("are keyed's keys and keyed's size > 0, on any strings (blank, repeated, odd case)", () => {
    const word = fc.constantFrom("HR", " hr", "Vård", "vård ", "", "  ", "É", "é", "\u200b", "x");
    fc.assert(
      fc.property(fc.option(fc.array(word, { maxLength: 8 }), { nil: undefined }), (values) => {
        expect(keyList(values)).toEqual([...keyed(values).keys()]);
        expect(hasKey(values)).toBe(keyed(values).size > 0);
      }),
      { seed: 77, numRuns: 500 },
    );
  });
});

describe("keyedList, shared and lacking", () => {
  it("are keyed's entries as two arrays, and the keys one list has or lacks of another", () => {
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
        expect([...keyed(x)]).toEqual(a.keys.map((k, i) => [k, a.spellings[i]]));
        const other = keyed(y);
        expect(shared(a, b)).toEqual([...keyed(x)].filter(([k]) => other.has(k)).map(([, v]) => v));
        expect(lacking(a, b)).toEqual(
          [...keyed(x)].filter(([k]) => !other.has(k)).map(([, v]) => v),
        );
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
