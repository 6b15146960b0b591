import { describe, expect, it } from "vitest";
import { parseCohort, safeParseCohort } from "../../src/index.js";
import { formatReadIssue, readCohort } from "../../src/io/index.js";
import { SV_ISSUES } from "../../src/phrasebook/sv.js";
import { person } from "../people.js";

const base = {
  mentors: [person("M1", "Borås", "Skola", 10), person("M2", "Mark", "Vård", 12)],
  adepts: [person("A1", "Tranemo", "IFO", 3), person("A2", "Vårgårda", "Teknik", 4)],
};

describe("preferences in the input", () => {
  it("accepts rankings of the other side, any length, ids compared case-insensitively", () => {
    const cohort = parseCohort({
      mentors: [{ ...base.mentors[0]!, preferences: ["a2"] }, base.mentors[1]!],
      adepts: [{ ...base.adepts[0]!, preferences: ["M2", "M1"] }, base.adepts[1]!],
    });
    expect(cohort.adepts[0]!.preferences).toEqual(["M2", "M1"]);
    expect(cohort.mentors[0]!.preferences).toEqual(["a2"]);
  });

  it("an unknown id is an error at the entry, naming the role and the owner", () => {
    const r = safeParseCohort({
      mentors: base.mentors,
      adepts: [{ ...base.adepts[0]!, preferences: ["M1", "M9", "A2"] }, base.adepts[1]!],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path, i.id])).toEqual([
      ["unknown_id", "adepts[0].preferences[1]", "A1"],
      ["unknown_id", "adepts[0].preferences[2]", "A1"],
    ]);
    expect(r.issues[1]!.message).toBe('no mentor with id "A2" ("A2" is an adept)');
  });

  it("an id listed twice is an error at its second place, in English and Swedish", () => {
    const r = safeParseCohort({
      mentors: [{ ...base.mentors[0]!, preferences: ["A1", "A2", " a1 "] }, base.mentors[1]!],
      adepts: base.adepts,
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path, i.id])).toEqual([
      ["duplicate_preference", "mentors[0].preferences[2]", "M1"],
    ]);
    expect(r.issues[0]!.message).toContain("(at place 1)");
    const facts = r.issues[0]!.params as { role: "adept"; id: string; at: number };
    expect(SV_ISSUES.duplicate_preference(facts)).toContain("på plats 1");
  });

  it("the spreadsheet readers take the lists from 'Önskade mentorer' and 'Önskade adepter'", async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const result = await readCohort([
      {
        name: "mentorer.csv",
        bytes: enc(
          "Kod;Kommun;Verksamhet;År som chef;Samrått med chef;Önskade adepter\nM1;Borås;Skola;10;ja;A2, A1\nM2;Mark;Vård;12;ja;\n",
        ),
      },
      {
        name: "adepter.csv",
        bytes: enc(
          "Kod;Kommun;Verksamhet;År som chef;Samrått med chef;Önskade mentorer\nA1;Tranemo;IFO;3;ja;M2 | M1\nA2;Vårgårda;Teknik;4;ja;M1\n",
        ),
      },
    ]);
    if (!result.success) throw new Error(result.issues.map((i) => formatReadIssue(i)).join("\n"));
    expect(result.cohort.mentors.map((m) => m.preferences)).toEqual([["A2", "A1"], undefined]);
    expect(result.cohort.adepts.map((a) => a.preferences)).toEqual([["M2", "M1"], ["M1"]]);
  });

  it("a spreadsheet's unknown id is reported at its file and row", async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const result = await readCohort([
      {
        name: "mentorer.csv",
        bytes: enc("Kod;Kommun;Verksamhet;År som chef;Samrått med chef\nM1;Borås;Skola;10;ja\n"),
      },
      {
        name: "adepter.csv",
        bytes: enc(
          "Kod;Kommun;Verksamhet;År som chef;Samrått med chef;Önskade mentorer\nA1;Tranemo;IFO;3;ja;M1\nA2;Vårgårda;Teknik;4;ja;M7\n",
        ),
      },
    ]);
    expect(result.success).toBe(false);
    if (result.success) return;
    const text = result.issues.map((i) => formatReadIssue(i)).join("\n");
    expect(text).toMatch(/adepter\.csv.*(row|rad) 3/u);
    expect(text).toContain('no mentor with id "M7"');
  });
});
