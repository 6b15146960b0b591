import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root, runInProcess } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "mentorpair-stability-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const SPRING = join(root, "examples", "sjuharad-spring-2024.json");

/** The spring cohort where every adept ranks the mentors in reverse order and every mentor the adepts in order. */
function rankedCohort(): string {
  const cohort = JSON.parse(readFileSync(SPRING, "utf8"));
  const mentorIds = cohort.mentors.map((m: { id: string }) => m.id);
  const adeptIds = cohort.adepts.map((a: { id: string }) => a.id);
  for (const a of cohort.adepts) a.preferences = [...mentorIds].reverse();
  for (const m of cohort.mentors) m.preferences = [...adeptIds];
  const file = join(tmp, "ranked.json");
  writeFileSync(file, JSON.stringify(cohort));
  return file;
}

describe("mentorpair match says whether the plan is stable", () => {
  const ranked = rankedCohort();

  it("in the table and in Markdown, when someone ranked the other side", async () => {
    const table = await runInProcess("match", ranked, "-q");
    expect(table.code).toBe(0);
    // The default plan has five blocking pairs (M04/A02 first), as `match(...).stability` says.
    expect(table.stdout).toContain("The plan is not stable: in 5 pairs the rules allow");
    expect(table.stdout).toContain("M04 and A02");
    const md = await runInProcess("match", ranked, "--format", "md", "-q");
    // Markdown escapes the colon (and other syntax) of the same sentence.
    expect(md.stdout).toContain("The plan is not stable\\: in 5 pairs the rules allow");
    const stable = await runInProcess("match", ranked, "--objective", "stable", "-q");
    expect(stable.stdout).toContain('With the "stable" objective no mentor and adept');
  });

  it("in Swedish too", async () => {
    const r = await runInProcess("match", ranked, "--lang", "sv", "-q");
    expect(r.stdout).toContain("Planen är inte stabil");
  });

  it("and nothing about stability when nobody ranked anyone", async () => {
    const r = await runInProcess("match", SPRING, "-q");
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/stable|stabil/);
  });
});
