import { describe, expect, it } from "vitest";
import { generateCohort } from "../../bench/generate.js";
import { match } from "../../src/index.js";
import { renderReport } from "../../src/report/renderReport.js";

/**
 * What a large report costs is mostly its size: every byte is written, joined and copied. A
 * 1,000-pair report was 3 MB (about 2,650 bytes per pair for its row and card, 77 per heat-map
 * cell); these bounds keep the leaner markup (2026-11-30: about 2,050 and 58).
 */
describe("renderReport stays lean at 200 + 200", () => {
  const cohort = generateCohort(200, 1);
  const result = match(cohort);
  for (const lang of ["en", "sv"] as const) {
    const html = renderReport(cohort, result, { lang });
    const between = (from: string, to: string) =>
      html.slice(html.indexOf(from), html.indexOf(to)).length;

    it(`(${lang}) the pairs table and the cards take at most 2,200 bytes per pair`, () => {
      const bytes = between('<section id="pairs">', '<section id="heatmap">');
      expect(bytes / result.pairs.length).toBeLessThanOrEqual(2200);
    });

    it(`(${lang}) the heat map takes at most 64 bytes per cell`, () => {
      const cells = (html.match(/<td[^>]* title="/gu) ?? []).length;
      expect(cells).toBe(60 * 60);
      const bytes = between('<section id="heatmap">', '<section id="unmatched">');
      expect(bytes / cells).toBeLessThanOrEqual(64);
    });
  }
});
