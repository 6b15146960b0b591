import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { READ_LIMITS } from "../../src/io/index.js";
import { bytesText, countText } from "../../src/io/limits.js";

const readme = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");

it("the README's Limits table states every limit of READ_LIMITS, with its value", () => {
  const start = readme.indexOf("### Limits");
  const section = readme.slice(start, readme.indexOf("\n## ", start));
  const rows = [...section.matchAll(/^\| `(\w+)` \| ([^|]+) \|/gmu)].map((m) => [
    m[1],
    m[2]!.trim(),
  ]);
  const expected = Object.entries(READ_LIMITS).map(([name, value]) => [
    name,
    name.endsWith("Bytes") ? bytesText(value) : countText(value),
  ]);
  expect(rows).toEqual(expected);
});

it("READ_LIMITS cannot be changed by a caller", () => {
  expect(Object.isFrozen(READ_LIMITS)).toBe(true);
});
