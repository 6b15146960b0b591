import { describe, expect, it } from "vitest";
import { CohortError, match, parseCohort, safeParseCohort } from "../src/index.js";
import { normalizeKey } from "../src/util/normalize.js";
import { LONE_SURROGATE, UNSAFE_CHARS } from "../src/util/quote.js";

const person = (id: string, more: Record<string, unknown> = {}) => ({
  id,
  municipality: "Borås",
  sector: "HR",
  managerYears: 9,
  managerConsent: true,
  ...more,
});

/** The issues of a cohort that must not parse. */
function issuesOf(input: unknown) {
  const r = safeParseCohort(input);
  expect(r.success).toBe(false);
  return r.success ? [] : r.issues;
}

/** Nothing a message or an issue says may reach a terminal raw. */
function expectPrintable(text: string): void {
  expect(text.match(UNSAFE_CHARS)).toBeNull();
  expect(text.match(LONE_SURROGATE)).toBeNull();
}

const BAD_ID_CHARS = [
  ["ESC", "\u001b[2J"],
  ["NUL", "\u0000"],
  ["C1 CSI", "\u009b"],
  ["right-to-left override", "\u202e"],
  ["zero-width space", "\u200b"],
  ["zero-width joiner", "\u200d"],
  ["word joiner", "\u2060"],
  ["BOM inside", "\ufeff"],
  ["soft hyphen", "\u00ad"],
  ["lone high surrogate", "\ud800"],
  ["lone low surrogate", "\udc00"],
  ["line break", "\n2"],
  ["tab", "\t2"],
] as const;

describe("ids refuse control, invisible and half characters", () => {
  it.each(BAD_ID_CHARS)("an id with a %s is refused with invalid_characters", (_, bad) => {
    const id = `M${bad}1`;
    const issues = issuesOf({ mentors: [person(id)], adepts: [person("A1")] });
    const issue = issues.find((i) => i.path === "mentors[0].id");
    expect(issue?.code).toBe("invalid_characters");
    expect(issue?.message).toMatch(
      /^must not contain .*: "M\\u\{[0-9A-F]{4}\}.*visible characters$/u,
    );
    for (const i of issues) {
      expectPrintable(i.message);
      expectPrintable(i.id ?? "");
    }
    const thrown = (() => {
      try {
        parseCohort({ mentors: [person(id)], adepts: [person("A1")] });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(CohortError);
    expectPrintable((thrown as Error).message);
  });

  it('"M1" and "M\\u200b1" are not two different people', () => {
    const issues = issuesOf({
      mentors: [person("M1"), person("M\u200b1")],
      adepts: [person("A1", { municipality: "Mark", sector: "Skola", managerYears: 3 })],
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([["mentors[1].id", "invalid_characters"]]);
  });

  it("ids in exclusions, locked and history follow the same rule", () => {
    const issues = issuesOf({
      mentors: [person("M1")],
      adepts: [person("A1", { municipality: "Mark" })],
      exclusions: [{ mentor: "M1\u0000", adept: "A1" }],
      locked: [{ mentor: "M1", adept: "A\u202e1" }],
      history: [{ mentor: "M1", adept: "A1", cohort: "2024\u001b" }],
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["exclusions[0].mentor", "invalid_characters"],
      ["locked[0].adept", "invalid_characters"],
      ["history[0].cohort", "invalid_characters"],
    ]);
  });
});

describe("names: control characters refused, invisible ones do not make a new name", () => {
  it.each([
    ["a municipality", { municipality: "Bor\u001bås" }, "mentors[0].municipality"],
    ["a sector", { sector: "HR\u0000" }, "mentors[0].sector"],
    ["a sector (line break)", { sector: "Individ- och\nfamiljeomsorg" }, "mentors[0].sector"],
    ["a sector (lone surrogate)", { sector: "HR\udfff" }, "mentors[0].sector"],
    ["an offer tag", { offers: ["ok", "bad\u0007"] }, "mentors[0].offers[1]"],
    ["a sector experience", { sectorExperience: ["\u009bHR"] }, "mentors[0].sectorExperience[0]"],
    [
      "an education field",
      { education: { fields: ["x\u0000"] } },
      "mentors[0].education.fields[0]",
    ],
    ["a leadership area", { leadership: { areas: ["y\u001f"] } }, "mentors[0].leadership.areas[0]"],
  ])("%s with a control character is refused, naming the field and the person", (_, more, path) => {
    const issues = issuesOf({ mentors: [person("M1", more)], adepts: [person("A1")] });
    expect(issues.map((i) => [i.path, i.code, i.id])).toEqual([[path, "invalid_characters", "M1"]]);
    for (const i of issues) expectPrintable(i.message);
  });

  it("normalizeKey drops invisible format characters before comparing", () => {
    expect(normalizeKey("Bor\u200bås")).toBe(normalizeKey("Borås"));
    expect(normalizeKey("För\u200dskola")).toBe(normalizeKey("Förskola"));
    expect(normalizeKey("\ufeffMark\u00ad")).toBe(normalizeKey("Mark"));
    expect(normalizeKey("\u202eHR\u202c")).toBe(normalizeKey("HR"));
    // An invisible character between a letter and its combining ring is still one å.
    expect(normalizeKey("Bora\u200b\u030as")).toBe(normalizeKey("Borås"));
    // Line breaks and tabs are spaces, as before.
    expect(normalizeKey("Individ- och\tfamiljeomsorg")).toBe("individ- och familjeomsorg");
  });

  it("a zero-width space does not get round the different-municipality rule", () => {
    for (const [m, a] of [
      ["Bor\u200bås", "Borås"],
      ["Mark\u2060", "Mark"],
      ["\u200eTranemo", "Tranemo"],
    ] as const) {
      const result = match({
        mentors: [person("M1", { municipality: m, sector: "HR", managerYears: 10 })],
        adepts: [person("A1", { municipality: a, sector: "Skola", managerYears: 3 })],
      });
      expect(result.pairs).toEqual([]);
    }
  });

  it("a zero-width joiner does not get round the different-sector rule", () => {
    const result = match({
      mentors: [person("M1", { municipality: "Mark", sector: "För\u200dskola", managerYears: 10 })],
      adepts: [person("A1", { municipality: "Borås", sector: "Förskola", managerYears: 3 })],
    });
    expect(result.pairs).toEqual([]);
  });
});

describe("free text keeps line breaks and tabs, and nothing else invisible to a reader", () => {
  it("line breaks and tabs in wishText and offerText are kept", () => {
    const cohort = parseCohort({
      mentors: [person("M1", { offerText: "Delegering\n\toch\r\nsamtal" })],
      adepts: [person("A1", { wishText: "rad 1\nrad 2", municipality: "Mark" })],
      exclusions: [{ mentor: "M1", adept: "A1", reason: "samma\nchef" }],
    });
    expect(cohort.mentors[0]?.offerText).toBe("Delegering\n\toch\r\nsamtal");
    expect(cohort.exclusions[0]?.reason).toBe("samma\nchef");
  });

  it.each([
    ["ESC", "\u001b[31mröd"],
    ["NUL", "a\u0000b"],
    ["C1", "a\u0085b"],
    ["lone surrogate", "a\ud83db"],
  ])("free text with %s is refused", (_, bad) => {
    const issues = issuesOf({
      mentors: [person("M1", { offerText: bad })],
      adepts: [person("A1", { municipality: "Mark" })],
      locked: [{ mentor: "M1", adept: "A1", reason: bad }],
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["mentors[0].offerText", "invalid_characters"],
      ["locked[0].reason", "invalid_characters"],
    ]);
  });

  it("emoji with zero-width joiners stay in free text", () => {
    const cohort = parseCohort({
      mentors: [person("M1", { offerText: "👩\u200d👩\u200d👧 familj" })],
      adepts: [person("A1", { municipality: "Mark" })],
    });
    expect(cohort.mentors[0]?.offerText).toBe("👩\u200d👩\u200d👧 familj");
  });
});
