/**
 * A national programme has up to 20,000 people per side (issue 13); more is refused as a bound
 * on hostile input, by the schema and by the readers, with the limit in the message.
 */
import { describe, expect, it } from "vitest";
import { cohortJsonSchema, safeParseCohort } from "../../src/index.js";

const person = (role: "M" | "A", i: number) =>
  role === "M"
    ? { id: `M${i}`, municipality: "Borås", sector: "HR", managerYears: 9 }
    : { id: `A${i}`, municipality: "Mark", sector: "Skola", managerYears: 3 };
const side = (role: "M" | "A", n: number) => Array.from({ length: n }, (_, i) => person(role, i));

describe("20,000 people per side", () => {
  it("a cohort of 20,000 mentors and 20,000 adepts is valid", () => {
    const result = safeParseCohort({ mentors: side("M", 20_000), adepts: side("A", 20_000) });
    expect(result.success).toBe(true);
  });

  it("20,001 on either side is refused, naming the side and the limit", () => {
    for (const [path, cohort] of [
      ["mentors", { mentors: side("M", 20_001), adepts: side("A", 1) }],
      ["adepts", { mentors: side("M", 1), adepts: side("A", 20_001) }],
    ] as const) {
      const result = safeParseCohort(cohort);
      expect(result.success).toBe(false);
      if (!result.success)
        expect(result.issues).toEqual([
          expect.objectContaining({ path, code: "too_big", message: `at most 20000 ${path}` }),
        ]);
    }
  });

  it("a ranking may name all 20,000 on the other side, and not one more entry", () => {
    const mentors = side("M", 20_000);
    const ranked = (n: number) => ({
      mentors,
      adepts: [{ ...person("A", 0), preferences: mentors.slice(0, n).map((m) => m.id) }],
    });
    expect(safeParseCohort(ranked(20_000)).success).toBe(true);
    const over = safeParseCohort({
      ...ranked(0),
      adepts: [{ ...person("A", 0), preferences: [...mentors.map((m) => m.id), "M0"] }],
    });
    expect(over.success).toBe(false);
    if (!over.success)
      expect(over.issues[0]).toMatchObject({
        path: "adepts[0].preferences",
        message: "at most 20000 entries",
      });
  });

  it("the committed JSON Schema says the same bound", () => {
    const props = (cohortJsonSchema() as { properties: Record<string, { maxItems?: number }> })
      .properties;
    expect([props.mentors?.maxItems, props.adepts?.maxItems, props.locked?.maxItems]).toEqual([
      20_000, 20_000, 20_000,
    ]);
  });
});
