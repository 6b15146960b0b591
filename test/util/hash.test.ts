import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { javascriptSha256Sink, type Sha256Sink, sha256Sink } from "../../src/util/hash.js";

const nodeDigest = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** `sink`'s digest of `bytes`, fed in pieces cut at `cuts`. */
function digest(sink: Sha256Sink, bytes: Uint8Array, cuts: readonly number[]): string {
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const to = Math.min(bytes.length, cut);
    if (to > from) sink.update(bytes.subarray(from, to));
    from = Math.max(from, to);
  }
  sink.update(bytes.subarray(from));
  return sink.hex();
}

describe("sha256Sink and javascriptSha256Sink", () => {
  it("give SHA-256 of the bytes fed, wherever they are cut (what a browser computes too)", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.array(fc.nat(300), { maxLength: 5 }),
        (bytes, cuts) => {
          const expected = nodeDigest(bytes);
          expect(digest(sha256Sink(), bytes, cuts)).toBe(expected);
          expect(digest(javascriptSha256Sink(), bytes, cuts)).toBe(expected);
        },
      ),
      { seed: 1933, numRuns: 2_000 },
    );
  });

  it("read the bytes when fed: the caller may reuse its buffer", () => {
    for (const make of [sha256Sink, javascriptSha256Sink]) {
      const sink = make();
      const buffer = new Uint8Array(100_003);
      for (let i = 0; i < 3; i++) {
        buffer.fill(97 + i);
        sink.update(buffer);
      }
      const whole = new Uint8Array(300_009);
      for (let i = 0; i < 3; i++) whole.fill(97 + i, i * 100_003, (i + 1) * 100_003);
      expect(sink.hex()).toBe(nodeDigest(whole));
    }
    expect(digest(sha256Sink(), new TextEncoder().encode("abc"), [])).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
});
