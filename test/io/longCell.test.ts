/** No message quotes more than about 60 characters of input, however long the cell. */
import { describe, expect, it } from "vitest";
import { safeParseCohort } from "../../src/index.js";
import { formatReadIssue, readCohort } from "../../src/io/index.js";

const text = (name: string, body: string) => ({ name, bytes: new TextEncoder().encode(body) });
const LONGEST_LINE = 400;

describe("long cells in messages", () => {
  it("a 5-million-character cell in a CSV is quoted in at most 60 characters", async () => {
    const cell = "x".repeat(5_000_000);
    const csv = `roll;kod;kommun;sektor;år som chef\nmentor;M1;Borås;Skola;${cell}\nadept;A1;Mark;Vård;3\n`;
    const result = await readCohort([text("lang.csv", csv)]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(formatReadIssue(issue).length).toBeLessThan(LONGEST_LINE);
      expect(formatReadIssue(issue, "sv").length).toBeLessThan(LONGEST_LINE);
      expect(JSON.stringify(issue).length).toBeLessThan(2 * LONGEST_LINE);
    }
  });

  it("a 50 MB value in JSON input is never echoed", async () => {
    const huge = "y".repeat(50_000_000);
    const cohort = {
      mentors: [{ id: "M1", municipality: huge, sector: "Skola", managerYears: 9 }],
      adepts: [{ id: huge, municipality: "Mark", sector: "Vård", managerYears: 3 }],
    };
    const parsed = safeParseCohort(cohort);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    for (const issue of parsed.issues) {
      expect(JSON.stringify(issue).length).toBeLessThan(2 * LONGEST_LINE);
    }
  });

  it("an unknown municipality is quoted cut, with its length", () => {
    const name = `Ort${"ö".repeat(150)}`;
    const parsed = safeParseCohort({
      mentors: [{ id: "M1", municipality: name, sector: "Skola", managerYears: 9 }],
      adepts: [{ id: "A1", municipality: "Mark", sector: "Vård", managerYears: 3 }],
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.issues[0]?.code).toBe("unknown_municipality");
    expect(parsed.issues[0]?.message).toContain("… (153 characters)");
    expect(parsed.issues[0]!.message.length).toBeLessThan(LONGEST_LINE);
  });
});
