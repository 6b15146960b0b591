import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CohortError,
  type CohortInput,
  type MatchOptions,
  match,
  parseCohort,
  safeParseCohort,
} from "../src/index.js";

const dir = (name: string) => join(import.meta.dirname, "cases", name);
const load = (name: string) =>
  readdirSync(dir(name))
    .filter((f) => f.endsWith(".json"))
    .map(
      (f) =>
        [f.replace(/\.json$/u, ""), JSON.parse(readFileSync(join(dir(name), f), "utf8"))] as const,
    );

interface InvalidCase {
  input: unknown;
  options?: MatchOptions;
  issues: { code: string; path: string; id?: string }[];
}

describe("invalid cohorts: every problem is listed with its path", () => {
  it.each(load("invalid"))("%s", (_, raw) => {
    const c = raw as InvalidCase;
    const result = safeParseCohort(c.input, c.options);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(
      result.issues.map(({ code, path, id }) => ({
        code,
        path,
        ...(id === undefined ? {} : { id }),
      })),
    ).toEqual(c.issues);
    for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
    expect(() => parseCohort(c.input, c.options)).toThrow(CohortError);
  });
});

interface MatchCase {
  about: string;
  input: unknown;
  options?: MatchOptions;
  pairs: [string, string][];
  unmatched: Record<string, string>;
  spare?: Record<string, string>;
  messageIncludes?: Record<string, string>;
}

describe("named match cases", () => {
  it.each(load("match"))("%s", (_, raw) => {
    const c = raw as MatchCase;
    for (const solver of ["lp", "flow"] as const) {
      const result = match(c.input as CohortInput, { ...c.options, solver });
      expect(result.pairs.map((p) => [p.mentorId, p.adeptId])).toEqual(c.pairs);
      expect(Object.fromEntries(result.unmatchedAdepts.map((u) => [u.id, u.reason]))).toEqual(
        c.unmatched,
      );
      for (const [id, reason] of Object.entries(c.spare ?? {})) {
        expect(result.spareMentors.find((s) => s.id === id)?.reason).toBe(reason);
      }
      for (const [id, text] of Object.entries(c.messageIncludes ?? {})) {
        const messages = [...result.unmatchedAdepts, ...result.spareMentors]
          .filter((x) => x.id === id)
          .map((x) => x.message);
        expect(messages.join(" ")).toContain(text);
      }
    }
  });
});
