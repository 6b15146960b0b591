import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { reasons } from "../src/cli/reasons.js";
import { renderMarkdown, renderTable } from "../src/cli/render.js";
import { match, parseCohort } from "../src/index.js";
import type { MatchOptions } from "../src/types.js";
import { person } from "./people.js";

// marked (a CommonMark + GFM renderer) is in node_modules through @arethetypeswrong/cli; it
// renders the export as a Markdown viewer would, so the test sees links, images and HTML.

/** Text that Markdown would turn into a link, an image, HTML, emphasis, code or a cell break. */
const HOSTILE = [
  "[x](javascript:alert(1))",
  "![t](http://evil.example/t.png)",
  "<img src=x onerror=alert(1)>",
  "*em* __strong__ ~~del~~ `code`",
  "a|b",
  "&lt;script&gt;",
  "<http://evil.example>",
  "https://evil.example/x",
  "www.evil.example",
  "# heading",
  "$x^2$",
  "line\nbreak",
];

/**
 * Hostile ids and sector names in every place the export shows input: pairs, an unmatched
 * adept (its reason names the sector), a spare mentor and the alternatives.
 */
function hostileExport(lang: "en" | "sv"): { md: string; ids: string[] } {
  const ids = HOSTILE.filter((h) => !h.includes("\n")).map((h, i) => `${h} ${i}`);
  const mentors = ids.slice(0, 6).map((id, i) => person(id, "Borås", HOSTILE[i]!, 10));
  const adepts = ids.slice(6).map((id, i) => person(id, "Mark", HOSTILE[(i + 1) % 6]!, 3));
  // Every mentor is in Borås: this adept has no allowed mentor, and the reason says why.
  adepts.push(person("alone", "Borås", "HR", 3));
  const options: MatchOptions = { alternatives: 3 };
  const cohort = parseCohort({ mentors, adepts });
  const result = match(cohort, options);
  expect(result.unmatchedAdepts.length).toBeGreaterThan(0);
  expect(result.spareMentors.length).toBeGreaterThan(0);
  return { md: renderMarkdown(result, lang, reasons(result, lang)), ids };
}

describe("Markdown export: no input can create markup", () => {
  it.each(["en", "sv"] as const)(
    "hostile ids and sector names render as their own text, in one cell each (%s)",
    (lang) => {
      const { md } = hostileExport(lang);
      const html = marked.parse(md, { async: false, gfm: true }) as string;
      // Only the tags the export makes itself: headings, paragraphs, tables and lists.
      const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/gu)].map((m) => m[1]));
      expect([...tags].sort()).toEqual(
        ["h1", "h2", "li", "p", "table", "tbody", "td", "th", "thead", "tr", "ul"].sort(),
      );
      // No tag carries an attribute but the table's alignment.
      expect(html).not.toMatch(/<[a-z0-9]+ (?!align="right">)/u);
      // Every table row has as many cells as its header.
      for (const table of html.split("<table>").slice(1)) {
        const rows = table.split("</table>")[0]!.split("<tr>").slice(1);
        const widths = rows.map((r) => r.split(/<t[dh][ >]/u).length - 1);
        expect(new Set(widths).size).toBe(1);
      }
    },
  );

  it("the escaped source has no live link, image or tag syntax", () => {
    const { md } = hostileExport("en");
    const body = md.replace(/\\\\/gu, "");
    expect(body).not.toMatch(/(?<!\\)\]\(|(?<!\\)!\[|(?<!\\)<|(?<!\\)`|(?<!\\)&|(?<!\\)\*/u);
  });

  it("the text of every id survives: rendering the export gives the ids back", () => {
    const { md, ids } = hostileExport("en");
    const html = marked.parse(md, { async: false, gfm: true }) as string;
    const text = html
      .replace(/<[^>]*>/gu, "")
      .replace(/&lt;/gu, "<")
      .replace(/&gt;/gu, ">")
      .replace(/&quot;/gu, '"')
      .replace(/&#39;/gu, "'")
      .replace(/&amp;/gu, "&");
    for (const id of ids) expect(text).toContain(id);
  });
});

describe("terminal table: nothing from the input reaches the terminal raw", () => {
  it("control and invisible characters in reasons and ids are written as \\u{XXXX}", () => {
    const cohort = parseCohort({
      mentors: [person("M1", "Borås", "HR", 10)],
      adepts: [person("A1", "Mark", "Skola", 3), person("A2", "Borås", "Skola", 3)],
    });
    const result = match(cohort);
    // A result built elsewhere (a JSON file, an older version) may carry anything.
    const forged = {
      ...result,
      pairs: result.pairs.map((p) => ({ ...p, mentorId: "M\u001b[2J1", adeptId: "A\u202e1" })),
      unmatchedAdepts: result.unmatchedAdepts.map((u) => ({ ...u, message: "x\u0007\u009b" })),
    };
    const why = { unmatched: new Map<string, string>(), spare: new Map<string, string>() };
    const out = renderTable(forged, "en", why);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u);
    expect(out).toContain("M\\u{001B}[2J1");
    expect(out).toContain("A\\u{202E}1");
    expect(out).toContain("x\\u{0007}\\u{009B}");
  });
});
