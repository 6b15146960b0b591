import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { javascriptSha256Sink, type Sha256Sink, sha256Sink } from "../../src/util/hash.js";
import { JsonDigest } from "../../src/util/jsonDigest.js";

/** SHA-256 of `JSON.stringify(v)`'s text as UTF-8 (the text has no lone surrogates). */
const expected = (v: unknown) =>
  createHash("sha256")
    .update(Buffer.from(JSON.stringify(v), "utf8"))
    .digest("hex");

const digestOf = (v: unknown, sink: Sha256Sink = sha256Sink()) => {
  const d = new JsonDigest(sink);
  d.json(v);
  return d.hex();
};

/** Values as JSON.stringify meets them: any text, any number, holes, undefined, odd objects. */
const text = fc.string({ unit: "binary", maxLength: 40 });
const leaf = fc.oneof(
  text,
  fc.constantFrom("", "Borås", '\u0000\u001f\u007f"\\/', "\ud800", "a\udc00b", "😀", "\u2028"),
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 2 ** 31, -(2 ** 31), 2 ** 31 - 1, 1e21, 5e-324, Number.NaN),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(new Date(0)),
  fc.constant({ toJSON: () => "from toJSON" }),
  fc.constant(new String("boxed")),
  fc.constant(() => 1),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    leaf,
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(text, tie("value"), { maxKeys: 5 }),
    fc.dictionary(text, tie("value"), { maxKeys: 3, noNullPrototype: false }),
  ),
}));

describe("JsonDigest", () => {
  it("digests exactly the bytes of JSON.stringify's text, in Node and in JavaScript", () => {
    fc.assert(
      fc.property(value, (v) => {
        if (JSON.stringify(v) === undefined) return;
        expect(digestOf(v)).toBe(expected(v));
        expect(digestOf(v, javascriptSha256Sink())).toBe(expected(v));
      }),
      { seed: 2501, numRuns: 3_000 },
    );
  });

  it("writes text as UTF-8 as Node does (a lone surrogate as U+FFFD), after JSON too", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), fc.integer(), (parts, n) => {
        const whole = createHash("sha256")
          .update(parts.join("") + JSON.stringify(n), "utf8")
          .digest("hex");
        for (const sink of [sha256Sink(), javascriptSha256Sink()]) {
          const d = new JsonDigest(sink);
          for (const part of parts) d.text(part);
          d.json(n);
          expect(d.hex()).toBe(whole);
        }
      }),
      { seed: 2502, numRuns: 1_000 },
    );
  });

  it("holds across its buffer (long texts, many values), deep nesting and holes", () => {
    const long = "å".repeat(70_000) + "\n".repeat(20_000);
    const many = Array.from({ length: 3_000 }, (_, i) => ({ id: `M${i}`, n: i - 1_500, x: i / 7 }));
    let deep: unknown = ["bottom"];
    for (let i = 0; i < 100; i++) deep = { [`k${i}`]: deep, i };
    // biome-ignore lint/suspicious/noSparseArray: a hole, which JSON writes as null
    const holes = [1, , 3];
    for (const v of [long, many, deep, holes, [long, many], {}, []]) {
      expect(digestOf(v)).toBe(expected(v));
    }
  });

  it("keeps each digest's bytes its own when one is made inside another (from a toJSON), and in turn", () => {
    const inner = { a: "å".repeat(40_000) };
    const outer = {
      before: "x".repeat(1_000),
      nested: { toJSON: () => digestOf(inner) },
      after: [1, 2, 3],
    };
    const want = expected({ ...outer, nested: expected(inner) });
    expect(digestOf(outer)).toBe(want);
    expect(digestOf(outer)).toBe(want);
    expect(digestOf(inner)).toBe(expected(inner));
  });

  it("writes what JSON.stringify writes when Object.prototype has an enumerable key", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = "yes";
    try {
      const v = { a: 1, b: [{ c: "d" }] };
      expect(digestOf(v)).toBe(expected(v));
    } finally {
      delete proto.polluted;
    }
  });
});
