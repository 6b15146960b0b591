import fc from "fast-check";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/universal";
import { type CohortInput, match } from "../../src/index.js";
import { readCohort } from "../../src/io/index.js";
import { cohortArbitrary } from "../arbitraries.js";

type Value = string | number | boolean | null;
type Person = CohortInput["mentors"][number] & { wishes?: readonly string[] };

const HEADERS = [
  "Roll",
  "Kod",
  "Kommun",
  "Verksamhetsområde",
  "År som chef",
  "Tidigare verksamheter",
  "Önskemål/erbjuder",
  "Kapacitet",
  "Samrått med chef",
] as const;

/** One sheet with a role column, list cells joined with `sep`. */
function sheet(cohort: CohortInput, sep: string): Value[][] {
  const row = (p: Person, role: "Mentor" | "Adept"): Value[] => [
    role,
    p.id,
    p.municipality,
    p.sector,
    p.managerYears,
    p.sectorExperience?.join(sep) ?? null,
    (role === "Mentor" ? p.offers : p.wishes)?.join(sep) || null,
    role === "Mentor" ? (p.capacity ?? 1) : null,
    p.managerConsent === true ? "Ja" : "Nej",
  ];
  return [
    [...HEADERS],
    ...cohort.mentors.map((m) => row(m as Person, "Mentor")),
    ...cohort.adepts.map((a) => row(a as Person, "Adept")),
  ];
}

/** CSV as Excel (semicolon) or LibreOffice/Google Sheets (comma) writes it: quoted when needed. */
function csv(rows: Value[][], delimiter: string): Uint8Array {
  const cell = (v: Value) => {
    const s = v === null ? "" : String(v);
    return /["\r\n]/u.test(s) || s.includes(delimiter) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return new TextEncoder().encode(rows.map((r) => r.map(cell).join(delimiter)).join("\r\n"));
}

async function xlsx(rows: Value[][]): Promise<Uint8Array> {
  const blob = await writeXlsxFile([{ sheet: "Deltagare", data: rows }]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

const withoutPairs = (c: CohortInput): CohortInput => ({ mentors: c.mentors, adepts: c.adepts });

describe("one sheet, three formats", () => {
  it("the same sheet as XLSX, semicolon CSV and comma CSV gives the identical cohort and plan", async () => {
    await fc.assert(
      fc.asyncProperty(
        cohortArbitrary({ maxMentors: 6, maxAdepts: 6, ineligible: true }).map(withoutPairs),
        // Each file with the list separator its program writes: the file's own delimiter too.
        fc.constantFrom(", ", "; ", " | ", ",", ";", "\n"),
        async (cohort, sep) => {
          const rows = sheet(cohort, sep);
          const files = [
            { name: "ansokningar.xlsx", bytes: await xlsx(rows) },
            { name: "ansokningar.csv", bytes: csv(rows, ";") },
            { name: "ansokningar.csv", bytes: csv(rows, ",") },
          ];
          const read = await Promise.all(files.map((f) => readCohort([f])));
          const cohorts = read.map((r) => {
            if (!r.success) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
            return r.cohort;
          });
          expect(cohorts[1]).toEqual(cohorts[0]);
          expect(cohorts[2]).toEqual(cohorts[0]);
          // The lists are the generated ones, entry by entry.
          expect(cohorts[0]!.adepts.map((a) => a.wishes ?? [])).toEqual(
            cohort.adepts.map((a) => (a as Person).wishes ?? []),
          );
          const plans = cohorts.map((c) => match(c, { solver: "flow" }).pairs);
          expect(plans[1]).toEqual(plans[0]);
          expect(plans[2]).toEqual(plans[0]);
        },
      ),
      { numRuns: 30 },
    );
  });
});
