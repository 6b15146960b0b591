import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCohort } from "../../src/io/index.js";

const names = fc.constantFrom(
  "a.csv",
  "a.tsv",
  "a.txt",
  "a.xlsx",
  "a.json",
  "mentorer.csv",
  "Adepter.csv",
);
const header = "Roll;Kod;Kommun;Verksamhetsområde;År som chef\n";

/** readCohort must answer every input with a result, never an exception. */
async function answers(files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const result = await readCohort(files);
  expect(typeof result.success).toBe("boolean");
  if (!result.success) expect(result.issues.length).toBeGreaterThan(0);
}

describe("the readers on hostile input find only typed problems", () => {
  it("arbitrary bytes under any file name", async () => {
    await fc.assert(
      fc.asyncProperty(names, fc.uint8Array({ maxLength: 400 }), async (name, bytes) => {
        await answers([{ name, bytes }]);
      }),
      { numRuns: 200 },
    );
  });

  it("arbitrary text in a Swedish-layout CSV", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 300 }), async (text) => {
        await answers([{ name: "a.csv", bytes: new TextEncoder().encode(header + text) }]);
      }),
      { numRuns: 200 },
    );
  });

  it("rows with strange cells: ids such as __proto__, formulas, emoji, absurd numbers", async () => {
    const cell = fc.oneof(
      fc.constantFrom(
        "__proto__",
        "constructor",
        "=1+1",
        "@SUM(A1)",
        "😀",
        "NaN",
        "-1",
        "1e999",
        "",
        " ",
        "Borås",
      ),
      fc.string({ maxLength: 20 }).map((s) => s.replace(/[;\n\r"]/gu, "")),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom("Mentor", "Adept", "x"), cell, cell, cell, cell), {
          maxLength: 6,
        }),
        async (rows) => {
          const csv = header + rows.map((r) => r.join(";")).join("\n");
          await answers([{ name: "a.csv", bytes: new TextEncoder().encode(csv) }]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
