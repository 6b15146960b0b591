import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CohortInput, type MatchOptions, match } from "../../src/index.js";
import { escapeHtml } from "../../src/report/escape.js";
import { heatColour } from "../../src/report/heatmap.js";
import { renderReport } from "../../src/report/renderReport.js";
import { cohortArbitrary } from "../arbitraries.js";

const example = (file: string): CohortInput =>
  JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8"));
const EXAMPLES = ["sjuharad-spring-2024.json", "sjuharad-autumn-2024.json"] as const;

/** Every `src=`, `href=` or CSS `url(` target in the document. */
function references(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href|action|srcset)\s*=\s*["']?([^"'\s>]*)/giu)]
    .map((m) => m[1]!)
    .concat([...html.matchAll(/url\(\s*([^)]*)\)/giu)].map((m) => m[1]!));
}

describe("renderReport on the example cohorts", () => {
  for (const file of EXAMPLES) {
    for (const lang of ["en", "sv"] as const) {
      const cohort = example(file);
      const result = match(cohort);
      const html = renderReport(cohort, result, { lang });

      it(`${file} (${lang}): one complete HTML document in the right language`, () => {
        expect(html.startsWith("<!DOCTYPE html>\n<html lang=")).toBe(true);
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html.trimEnd().endsWith("</html>")).toBe(true);
        expect(html.match(/<html/gu)).toHaveLength(1);
        expect(html).toContain(result.audit.inputHash);
      });

      it(`${file} (${lang}): contains every pair, every unmatched adept and every adept in the alternatives`, () => {
        for (const p of result.pairs) {
          expect(html).toContain(`<h3>${p.mentorId} ↔ ${p.adeptId}`);
        }
        for (const u of result.unmatchedAdepts) expect(html).toContain(u.id);
        for (const a of cohort.adepts) expect(html).toContain(`<tr><td>${a.id}</td>`);
        // One chosen cell per pair in the heat map.
        expect(html.match(/<td class="chosen"/gu) ?? []).toHaveLength(result.pairs.length);
      });

      it(`${file} (${lang}): no script and no external URL of any kind`, () => {
        expect(html).not.toMatch(/<script/iu);
        expect(html).not.toMatch(/https?:/iu);
        expect(html).not.toContain("//");
        for (const ref of references(html)) expect(ref).toMatch(/^#[a-z]+$/u);
        expect(html).not.toMatch(/@import|@font-face|<link|<img|<iframe/iu);
      });
    }
  }

  it("is deterministic: the same input twice gives the same string", () => {
    const cohort = example("sjuharad-autumn-2024.json");
    const a = renderReport(cohort, match(cohort), { lang: "sv" });
    const b = renderReport(cohort, match(cohort), { lang: "sv" });
    expect(b).toBe(a);
    // The people in another order give the same pairs, heat map, reasons and alternatives
    // (the warnings differ: their paths point into the input as given).
    const shuffled = {
      ...cohort,
      mentors: [...cohort.mentors].reverse(),
      adepts: [...cohort.adepts].reverse(),
    };
    const c = renderReport(shuffled, match(shuffled), { lang: "sv" });
    const core = (html: string) =>
      html.slice(html.indexOf('<section id="pairs">'), html.indexOf('<section id="settings">'));
    expect(core(c).length).toBeGreaterThan(1000);
    expect(core(c)).toBe(core(a));
  });

  it("marks forbidden pairs in the heat map and explains the legend", () => {
    const cohort = example("sjuharad-spring-2024.json");
    const html = renderReport(cohort, match(cohort));
    // M05/A03 is an exclusion: its cell is hatched.
    expect(html).toMatch(
      /<td class="blocked" title="M05 \/ A03: [\d.]+ \(not allowed by the rules\)">/u,
    );
    expect(html).toContain("chosen pair");
    expect(html).toContain("not allowed by the rules");
    expect(html).toContain(`style="width:`);
  });

  it("has print styles: white page, pair cards kept whole", () => {
    const html = renderReport(
      example("sjuharad-spring-2024.json"),
      match(example("sjuharad-spring-2024.json")),
    );
    expect(html).toContain("@media print");
    expect(html).toMatch(/article\.pair[^{]*\{[^}]*break-inside: avoid/u);
    expect(html).toMatch(/@media print \{[\s\S]*body \{[^}]*background: #fff/u);
  });
});

describe("renderReport escapes every string from the input", () => {
  const hostile = `<script>alert(1)</script>`;
  const quotes = `"&'`;
  const cohort: CohortInput = {
    mentors: [
      {
        id: hostile,
        municipality: "Borås",
        sector: `Skola ${quotes}`,
        managerYears: 10,
        managerConsent: true,
        offers: ["<b>delegation</b>"],
      },
      { id: "M2", municipality: "Mark", sector: "Vård", managerYears: 10, managerConsent: true },
    ],
    adepts: [
      {
        id: quotes,
        municipality: "<i>Ulricehamn</i>",
        sector: "Förskola",
        managerYears: 3,
        managerConsent: true,
        wishes: ["<b>delegation</b>"],
      },
      { id: "A2", municipality: "Borås", sector: "Vård", managerYears: 1, managerConsent: true },
    ],
    exclusions: [{ mentor: "M2", adept: quotes, reason: "<img src=x onerror=alert(2)>" }],
  };
  const options: MatchOptions = {
    municipalities: [{ name: "<i>Ulricehamn</i>", lat: 57.79, lon: 13.41 }],
  };
  const result = match(cohort, options);

  it("the hostile cohort is matched as the test assumes", () => {
    expect(result.pairs.map((p) => [p.mentorId, p.adeptId])).toEqual([[hostile, quotes]]);
  });

  for (const lang of ["en", "sv"] as const) {
    it(`(${lang}) no raw markup from the input, and the escaped forms are there`, () => {
      const html = renderReport(cohort, result, { ...options, lang, title: `<title> ${quotes}` });
      expect(html).not.toContain("<script>");
      expect(html).not.toContain("<b>");
      expect(html).not.toContain("<i>");
      expect(html).not.toContain("<img");
      expect(html).not.toContain(`"&'`);
      expect(html).toContain(escapeHtml(hostile));
      expect(html).toContain("&quot;&amp;&#39;");
      expect(html).toContain("&lt;i&gt;Ulricehamn&lt;/i&gt;");
      expect(html).toContain("&lt;img src=x onerror=alert(2)&gt;");
      expect(html).toContain(`<title>&lt;title&gt; &quot;&amp;&#39;</title>`);
      // Only the document's own tags remain once escaped text is removed.
      const tags = new Set(
        [...html.matchAll(/<\/?([a-zA-Z0-9!]+)/gu)].map((m) => m[1]!.toLowerCase()),
      );
      const allowed = [
        "!doctype",
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "header",
        "h1",
        "h2",
        "h3",
        "p",
        "code",
        "nav",
        "strong",
        "ol",
        "li",
        "a",
        "section",
        "dl",
        "dt",
        "dd",
        "article",
        "span",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "div",
        "b",
        "ul",
        "br",
        "pre",
        "footer",
      ];
      for (const tag of tags) expect(allowed).toContain(tag);
    });
  }
});

describe("renderReport: big cohorts and bad input", () => {
  const person = (id: string, i: number, years: number) => ({
    id,
    municipality: ["Borås", "Mark", "Ulricehamn", "Tranemo", "Vårgårda"][i % 5]!,
    sector: ["Förskola", "Äldreomsorg", "Grundskola"][i % 3]!,
    managerYears: years,
    managerConsent: true,
    ...(id.startsWith("M")
      ? { offers: ["network", "coaching"].slice(i % 2) }
      : { wishes: ["network"] }),
  });
  const big = (n: number): CohortInput => ({
    mentors: Array.from({ length: n }, (_, i) =>
      person(`M${String(i).padStart(3, "0")}`, i, 6 + (i % 9)),
    ),
    adepts: Array.from({ length: n }, (_, i) =>
      person(`A${String(i).padStart(3, "0")}`, i + 2, 2 + (i % 4)),
    ),
  });

  it("caps the heat map at 60 x 60 and skips alternatives above 300 per side, each with a note", () => {
    const cohort = big(310);
    const result = match(cohort);
    const html = renderReport(cohort, result);
    expect(html).toContain("Showing the first 60 of 310 mentors and the first 60 of 310 adepts");
    expect(html.match(/<tr><th scope="row">/gu)).toHaveLength(60);
    expect(html).toContain(
      "Alternatives are left out for cohorts with more than 300 people on a side",
    );
    for (const p of result.pairs) expect(html).toContain(`<h3>${p.mentorId} ↔ ${p.adeptId}`);
    expect(html.length).toBeLessThan(3_000_000);
  });

  it("lists alternatives for a cohort of 100 per side", () => {
    const cohort = big(100);
    const html = renderReport(cohort, match(cohort), { lang: "sv" });
    expect(html).not.toContain("Alternativen visas inte");
    expect(html).toMatch(/<tr><td>A000<\/td><td>M\d{3} \([\d,]+\)<\/td><td>M\d{3} \([\d,]+\): /u);
  });

  it("rejects a result from another cohort or other options, naming renderReport", () => {
    const cohort = example("sjuharad-spring-2024.json");
    const other = example("sjuharad-autumn-2024.json");
    expect(() => renderReport(other, match(cohort))).toThrow(/^renderReport: /u);
    const weighted = match(cohort, { weights: { wishes: 1 } });
    expect(() => renderReport(cohort, weighted, { weights: { wishes: 5 } })).toThrow(
      /^renderReport: options.weights differs from the result's audit.weights/u,
    );
    // Without options the result's own weights are used.
    expect(renderReport(cohort, weighted)).toContain("<h2>Pairs</h2>");
    expect(() => renderReport(cohort, {} as never)).toThrow(
      /^renderReport: result must be a MatchResult/u,
    );
    expect(() => renderReport(cohort, match(cohort), { lang: "no" as "sv" })).toThrow(
      /^renderReport: options.lang/u,
    );
  });

  it("heat colours run from light to mid blue and stay within range", () => {
    expect(heatColour(0)).toBe("hsl(210 65% 96%)");
    expect(heatColour(100)).toBe("hsl(210 65% 55%)");
    expect(heatColour(250)).toBe(heatColour(100));
    expect(heatColour(-5)).toBe(heatColour(0));
  });
});

describe("renderReport on generated cohorts", () => {
  const cohorts = cohortArbitrary({ maxMentors: 6, maxAdepts: 6, ineligible: true });
  it("contains every pair and every unmatched adept, and no URL", () => {
    fc.assert(
      fc.property(
        cohorts,
        fc.constantFrom("hard" as const, "soft" as const, "off" as const),
        fc.constantFrom("total" as const, "fair" as const),
        fc.constantFrom("en" as const, "sv" as const),
        (cohort, mode, objective, lang) => {
          const options: MatchOptions = { rules: { differentSector: mode }, objective };
          const result = match(cohort, options);
          const html = renderReport(cohort, result, { ...options, lang });
          for (const p of result.pairs) expect(html).toContain(`<h3>${p.mentorId} ↔ ${p.adeptId}`);
          for (const u of result.unmatchedAdepts) expect(html).toContain(`<li>${u.id} `);
          for (const s of result.spareMentors) expect(html).toContain(`<li>${s.id} `);
          expect(html).not.toMatch(/https?:|\/\/|<script/iu);
        },
      ),
      { numRuns: 40 },
    );
  });
});
