import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  countKeys,
  hasEntryKey,
  hasKey,
  keyList,
  memoNormalizeKey,
  pickSpellings,
} from "../../src/criteria/keys.js";
import { normalizeKey } from "../../src/util/normalize.js";

/** The rule spelled out with a map: each non-empty key with its first spelling, trimmed. */
function referenceKeyed(values: readonly string[] | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const value of values ?? []) {
    const k = normalizeKey(value);
    if (k !== "" && !map.has(k)) map.set(k, value.trim());
  }
  return map;
}

describe("keyList and pickSpellings", () => {
  it("key by normalizeKey, keep the first spelling trimmed, drop empty keys, add `last` at the end", () => {
    const values = ["Borås ", " borås", "bora\u030As", "  ", "Mark"];
    expect(keyList(values)).toEqual(["borås", "mark"]);
    expect(pickSpellings(values, undefined, undefined, [], undefined, false, normalizeKey)).toEqual(
      ["Borås", "Mark"],
    );
    expect(keyList(undefined)).toEqual([]);
    expect(keyList(["Vård", " vård"], normalizeKey, "Skola ")).toEqual(["vård", "skola"]);
    expect(keyList(["Vård"], normalizeKey, "VÅRD")).toEqual(["vård"]);
    expect(
      pickSpellings(["Vård"], "Skola ", undefined, ["skola"], undefined, true, normalizeKey),
    ).toEqual(["Skola"]);
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

describe("countKeys, pickSpellings and hasEntryKey", () => {
  it("read a list (values, then last, less a key) as the reference's keys, long lists too", () => {
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

describe("lists read again", () => {
  it("are read afresh once changed (an entry replaced, added or removed) and per key function", () => {
    const list = ["Vård", "Skola"];
    expect(countKeys(list, normalizeKey)).toBe(2);
    list[1] = "vård";
    expect(countKeys(list, normalizeKey)).toBe(1);
    list.push("HR");
    expect(countKeys(list, normalizeKey)).toBe(2);
    list.length = 1;
    expect(hasEntryKey(list, undefined, "hr", normalizeKey)).toBe(false);
    // The same list read with another key function: keyed again.
    const asWritten = (value: string) => value;
    expect(pickSpellings(list, undefined, undefined, ["vård"], undefined, true, asWritten)).toEqual(
      [],
    );
    expect(
      pickSpellings(list, undefined, undefined, ["vård"], undefined, true, normalizeKey),
    ).toEqual(["Vård"]);
    // More lists than are kept, read in turn and again: each as itself.
    const lists = Array.from({ length: 20 }, (_, i) => [`T${i}`, `t${i}`, `U${i % 3}`]);
    for (let round = 0; round < 3; round++)
      for (const [i, l] of lists.entries()) {
        expect(pickSpellings(l, undefined, undefined, [], undefined, false, normalizeKey)).toEqual([
          `T${i}`,
          `U${i % 3}`,
        ]);
        expect(hasEntryKey(l, undefined, `t${(i + 1) % 20}`, normalizeKey)).toBe(false);
      }
  });
});
