import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type CohortInput, type Decision, match, renderReport } from "../../src/index.js";
import { SESSION_VERSION, sessionToCohort } from "../../src/session/index.js";

const SPRING: CohortInput = JSON.parse(
  readFileSync(new URL("../../examples/sjuharad-spring-2024.json", import.meta.url), "utf8"),
);

const DECISIONS: Decision[] = [
  { kind: "lock", mentor: "M06", adept: "A03", reason: "agreed at the <kick-off>" },
  { kind: "weight", criterion: "geography", weight: 2 },
  { kind: "forbid", mentor: "M01", adept: "A05", reason: "same manager & team" },
];

/** The `<section id="ID">` of a report, or `undefined`. */
const sectionOf = (html: string, id: string): string | undefined => {
  const start = html.indexOf(`<section id="${id}">`);
  return start < 0 ? undefined : html.slice(start, html.indexOf("</section>", start));
};

describe("renderReport: decisions made by hand", () => {
  const { cohort, options } = sessionToCohort({
    mentorpair: "session",
    version: SESSION_VERSION,
    cohort: SPRING,
    decisions: DECISIONS,
  });
  const result = match(cohort, options);

  it("lists every decision in order, with its reason escaped, in its own section after the summary", () => {
    const html = renderReport(cohort, result, { ...options, decisions: DECISIONS });
    const section = sectionOf(html, "decisions");
    expect(section).toBeDefined();
    expect(section).toContain("<h2>Decisions made by hand</h2>");
    const rows = [
      ...(section ?? "").matchAll(
        /<tr><td class="num">(\d+)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/gu,
      ),
    ].map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual([
      ["1", "Locked the pair M06 and A03.", "agreed at the &lt;kick-off&gt;"],
      ["2", "Set the weight of geography to 2.", ""],
      ["3", "Forbade the pair M01 and A05.", "same manager &amp; team"],
    ]);
    expect(html.indexOf('<section id="decisions">')).toBeGreaterThan(
      html.indexOf('<section id="summary">'),
    );
    expect(html.indexOf('<section id="decisions">')).toBeLessThan(
      html.indexOf('<section id="pairs">'),
    );
    expect(html).toContain('<a href="#decisions">Decisions made by hand</a>');
    expect(sectionOf(html, "audit")).toContain("<dt>Decisions made by hand</dt><dd>3</dd>");
  });

  it("says them in Swedish", () => {
    const html = renderReport(cohort, result, { ...options, lang: "sv", decisions: DECISIONS });
    const section = sectionOf(html, "decisions") ?? "";
    expect(section).toContain("<h2>Beslut fattade för hand</h2>");
    expect(section).toContain("<td>Låste paret M06 och A03.</td>");
    expect(section).toContain("<td>Satte vikten för geografi till 2.</td>");
  });

  it("an empty list says that the optimiser chose every pair", () => {
    const plain = match(SPRING);
    const html = renderReport(SPRING, plain, { decisions: [] });
    expect(sectionOf(html, "decisions")).toContain(
      "No decision was made by hand: every pair was chosen by the optimiser.",
    );
  });

  it("without the option the report has no such section and is the same as before", () => {
    const plain = match(SPRING);
    const html = renderReport(SPRING, plain);
    expect(sectionOf(html, "decisions")).toBeUndefined();
    expect(html).not.toContain("#decisions");
    expect(html).not.toContain("made by hand");
    expect(renderReport(SPRING, plain, {})).toBe(html);
  });

  it.each([
    [{ kind: "lock" }, "not a list", /^renderReport: options\.decisions must be a list/u],
    [
      [{ kind: "lock", mentor: "M01", adept: "A01", reason: 3 }],
      "a reason that is not text",
      /decisions\[0\]\.reason must be a string/u,
    ],
    [[{ kind: "rename" }], "an unknown kind", /^renderReport: /u],
  ])(
    "decisions that are %j (%s) throw a TypeError naming renderReport",
    (decisions, _what, message) => {
      const plain = match(SPRING);
      expect(() => renderReport(SPRING, plain, { decisions: decisions as never })).toThrow(
        TypeError,
      );
      expect(() => renderReport(SPRING, plain, { decisions: decisions as never })).toThrow(message);
    },
  );
});
