import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readXlsxTables } from "../../src/io/xlsx.js";
import { shortlist } from "../../src/stable/index.js";
import { root, runInProcess } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "mentorpair-shortlist-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const SPRING = join(root, "examples", "sjuharad-spring-2024.json");

describe("mentorpair shortlist", () => {
  it("--format json gives the library's shortlist", async () => {
    const r = await runInProcess("shortlist", SPRING, "--per-adept", "2", "--format", "json", "-q");
    expect(r.code).toBe(0);
    const cohort = JSON.parse(readFileSync(SPRING, "utf8"));
    expect(JSON.parse(r.stdout)).toEqual(shortlist(cohort, { perAdept: 2 }));
  });

  it("--format xlsx --lang sv writes one row per adept, mentors and scores in columns (mail merge)", async () => {
    const out = join(tmp, "forslag.xlsx");
    const r = await runInProcess(
      "shortlist",
      SPRING,
      "--format",
      "xlsx",
      "--out",
      out,
      "--lang",
      "sv",
      "-q",
    );
    expect(r.code).toBe(0);
    const { tables } = await readXlsxTables("forslag.xlsx", readFileSync(out));
    const sheet = tables[0];
    expect(sheet?.sheet).toBe("Förslag");
    expect(sheet?.rows[0]?.slice(0, 3)).toEqual(["Adept", "Mentor 1", "Poäng 1"]);
    const cohort = JSON.parse(readFileSync(SPRING, "utf8"));
    const s = shortlist(cohort, { perAdept: 3 });
    expect(sheet?.rows.slice(1).map((row) => row[0])).toEqual(s.lists.map((l) => l.adeptId));
    expect(sheet?.rows[1]?.[1]).toBe(s.lists[0]?.mentors[0]?.mentorId);
  });

  it("--per-adept 0 is a usage error", async () => {
    const r = await runInProcess("shortlist", SPRING, "--per-adept", "0");
    expect(r.code).toBe(2);
  });
});
