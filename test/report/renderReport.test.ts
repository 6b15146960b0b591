import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCohort } from "../../bench/generate.js";
import { formatNumber, RULE_NAMES } from "../../src/explain/words.js";
import {
  type CohortInput,
  CRITERIA,
  type MatchOptions,
  type MatchResult,
  match,
  scoreMatrix,
} from "../../src/index.js";
import { escapeHtml } from "../../src/report/escape.js";
import { HEAT_BLOCK_MAX, heatColour, heatColumnBlocks } from "../../src/report/heatmap.js";
import { REPORT_LABELS } from "../../src/report/labels.js";
import { renderReport } from "../../src/report/renderReport.js";
import { cohortArbitrary } from "../arbitraries.js";

const example = (file: string): CohortInput =>
  JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8"));
const EXAMPLES = ["sjuharad-spring-2024.json", "sjuharad-autumn-2024.json"] as const;

/** The text of an HTML fragment: tags dropped, the escapes `escapeHtml` writes undone. */
function text(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/gu, "")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&nbsp;/gu, "\u00a0")
    .replace(/&amp;/gu, "&");
}

/** The cells' text of every body row of the first `<table class="NAME">`. */
function bodyRows(html: string, name: string): string[][] {
  const start = html.indexOf(`<table class="${name}">`);
  if (start < 0) return [];
  const table = html.slice(start, html.indexOf("</table>", start));
  const body = table.slice(table.indexOf("<tbody>"));
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gu)].map((row) =>
    [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gu)].map((c) => text(c[1]!)),
  );
}

/** Each heat-map table: its column labels (adepts), row labels (mentors) and cells per row. */
function heatTables(html: string): { cols: string[]; rows: string[]; cells: number[] }[] {
  return html
    .split('<table class="heat">')
    .slice(1)
    .map((rest) => {
      const table = rest.slice(0, rest.indexOf("</table>"));
      const body = table.slice(table.indexOf("<tbody>"));
      return {
        cols: [...table.matchAll(/<th scope="col">([^<]*)<\/th>/gu)].map((m) => text(m[1]!)),
        rows: [...table.matchAll(/<th scope="row">([^<]*)<\/th>/gu)].map((m) => text(m[1]!)),
        cells: [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/gu)].map(
          (r) => (r[1]!.match(/<td/gu) ?? []).length,
        ),
      };
    });
}

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
          expect(html).toContain(`<h3>${p.mentorId} &harr; ${p.adeptId}`);
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
        for (const ref of references(html)) expect(ref).toMatch(/^#[a-z]+(?:-\d+)?$/u);
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
    // A bar per criterion, filled to its score.
    expect(html).toMatch(/<td><span style="--w:\d+%"><\/span><\/td>/u);
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
        "main",
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
        "caption",
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
    const blocks = heatTables(html);
    expect(blocks.flatMap((b) => b.cols)).toHaveLength(60);
    for (const b of blocks) expect(b.rows).toHaveLength(60);
    expect(html).toContain(
      "Alternatives are left out for cohorts with more than 300 people on a side",
    );
    for (const p of result.pairs) expect(html).toContain(`<h3>${p.mentorId} &harr; ${p.adeptId}`);
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
          for (const p of result.pairs)
            expect(html).toContain(`<h3>${p.mentorId} &harr; ${p.adeptId}`);
          for (const u of result.unmatchedAdepts) expect(html).toContain(`<li>${u.id} `);
          for (const s of result.spareMentors) expect(html).toContain(`<li>${s.id} `);
          expect(html).not.toMatch(/https?:|\/\/|<script/iu);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("renderReport: a table of all pairs before the pair cards", () => {
  const soft: CohortInput = {
    mentors: [
      {
        id: "M1",
        municipality: "Borås",
        sector: "Förskola",
        managerYears: 9,
        managerConsent: true,
      },
      { id: "M2", municipality: "Mark", sector: "Vård", managerYears: 9, managerConsent: true },
    ],
    adepts: [
      { id: "A1", municipality: "Borås", sector: "Vård", managerYears: 3, managerConsent: true },
      { id: "A2", municipality: "Mark", sector: "Skola", managerYears: 3, managerConsent: true },
    ],
    locked: [{ mentor: "M1", adept: "A1" }],
    exclusions: [{ mentor: "M1", adept: "A2" }],
  };
  const softOptions: MatchOptions = { rules: { differentMunicipality: "soft" } };
  const cases: [string, CohortInput, MatchOptions, "en" | "sv"][] = [
    ["spring 2024 (en)", example("sjuharad-spring-2024.json"), {}, "en"],
    ["autumn 2024, a locked pair (sv)", example("sjuharad-autumn-2024.json"), {}, "sv"],
    ["soft rules broken by both pairs (en)", soft, softOptions, "en"],
    ["soft rules broken by both pairs (sv)", soft, softOptions, "sv"],
    ["generated 40 + 40 (sv)", generateCohort(40, 1), {}, "sv"],
  ];

  for (const [name, cohort, options, lang] of cases) {
    it(`${name}: one row per pair, in the result's order, with ids, total, criteria and marks`, () => {
      const result: MatchResult = match(cohort, options);
      const html = renderReport(cohort, result, { ...options, lang });
      const L = REPORT_LABELS[lang];
      const at = html.indexOf('<table class="pairs">');
      expect(at).toBeGreaterThan(html.indexOf('<section id="summary">'));
      if (result.pairs.length > 0) {
        expect(at).toBeLessThan(html.indexOf('<article class="pair"'));
      }
      const rows = bodyRows(html, "pairs");
      expect(rows).toHaveLength(result.pairs.length);
      rows.forEach((cells, i) => {
        const pair = result.pairs[i]!;
        expect(cells.slice(0, 4)).toEqual([
          String(i + 1),
          pair.mentorId,
          pair.adeptId,
          formatNumber(pair.score, lang),
        ]);
        expect(cells.slice(4, 10)).toEqual(
          CRITERIA.map((c) => String(Math.round(pair.criteria[c] * 100))),
        );
        const marks = cells[10] ?? "";
        expect(marks.includes(L.lockedShort)).toBe(pair.locked);
        for (const r of pair.softViolations) expect(marks).toContain(RULE_NAMES[lang][r]);
        if (!pair.locked && pair.softViolations.length === 0) expect(marks).toBe("");
      });
      // The soft cohort has both marks, so the checks above saw each of them.
      if (cohort === soft) {
        expect(result.pairs.some((p) => p.locked && p.softViolations.length > 0)).toBe(true);
      }
    });
  }

  it("links each row to its pair card", () => {
    const cohort = example("sjuharad-spring-2024.json");
    const result = match(cohort);
    const html = renderReport(cohort, result);
    result.pairs.forEach((_, i) => {
      expect(html).toContain(`<a href="#pair-${i + 1}">${i + 1}</a>`);
      expect(html).toContain(`<article class="pair" id="pair-${i + 1}">`);
    });
  });
});

describe("renderReport: the heat map prints in column blocks", () => {
  it("heatColumnBlocks covers 0..count in order, in balanced blocks of at most max", () => {
    for (const max of [1, 7, HEAT_BLOCK_MAX]) {
      for (let count = 0; count <= 130; count++) {
        const blocks = heatColumnBlocks(count, max);
        expect(blocks).toHaveLength(Math.ceil(count / max));
        let next = 0;
        for (const b of blocks) {
          expect(b.start).toBe(next);
          expect(b.end - b.start).toBeGreaterThan(0);
          expect(b.end - b.start).toBeLessThanOrEqual(max);
          next = b.end;
        }
        expect(next).toBe(count);
        const sizes = blocks.map((b) => b.end - b.start);
        if (sizes.length > 0)
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });

  const cases: [string, CohortInput][] = [
    ["spring 2024", example("sjuharad-spring-2024.json")],
    ["generated 40 + 40", generateCohort(40, 1)],
    ["generated 60 + 60", generateCohort(60, 2)],
    ["generated 75 + 75 (capped at 60)", generateCohort(75, 3)],
  ];
  for (const [name, cohort] of cases) {
    it(`${name}: each block has at most ${HEAT_BLOCK_MAX} adepts and every mentor; together they show every adept once`, () => {
      const result = match(cohort);
      const html = renderReport(cohort, result, { lang: "sv" });
      const shownAdepts = Math.min(60, cohort.adepts.length);
      const shownMentors = Math.min(60, cohort.mentors.length);
      const adepts = [...cohort.adepts.map((a) => a.id)].sort().slice(0, shownAdepts);
      const mentors = [...cohort.mentors.map((m) => m.id)].sort().slice(0, shownMentors);
      const blocks = heatTables(html);
      expect(blocks).toHaveLength(Math.ceil(shownAdepts / HEAT_BLOCK_MAX));
      for (const b of blocks) {
        expect(b.cols.length).toBeLessThanOrEqual(HEAT_BLOCK_MAX);
        expect(b.rows).toEqual(mentors);
        expect(b.cells).toEqual(mentors.map(() => b.cols.length));
      }
      expect(blocks.flatMap((b) => b.cols)).toEqual(adepts);
      // Still one chosen cell per pair shown.
      const shownPairs = result.pairs.filter(
        (p) => mentors.includes(p.mentorId) && adepts.includes(p.adeptId),
      );
      expect(html.match(/<td class="chosen"/gu) ?? []).toHaveLength(shownPairs.length);
    });
  }
});

describe("renderReport: the heat map's scores", () => {
  // The map scores its people with a scorer of its own (only the people on the map): every cell
  // must still be the pair's total as scoreMatrix gives it, and a mark where the rules forbid.
  const cells = (html: string) =>
    [...html.matchAll(/<td([^>]*) title="([^"]*) \/ ([^"]*): ([^" ]*)[^"]*">/gu)].map((m) => ({
      blocked: m[1]!.includes("blocked"),
      mentor: text(m[2]!),
      adept: text(m[3]!),
      score: m[4]!,
    }));
  const check = (cohort: CohortInput) => {
    const html = renderReport(cohort, match(cohort));
    const matrix = scoreMatrix(cohort);
    const found = cells(html);
    expect(found.length).toBe(
      Math.min(60, matrix.mentorIds.length) * Math.min(60, matrix.adeptIds.length),
    );
    for (const c of found) {
      const m = matrix.mentorIds.indexOf(c.mentor);
      const a = matrix.adeptIds.indexOf(c.adept);
      expect(c.score).toBe(formatNumber(matrix.score[m]![a]!, "en"));
      expect(c.blocked).toBe(matrix.allowed[m]![a] === 0);
    }
  };
  it("equal scoreMatrix's on a generated cohort larger than the map", () => {
    check(generateCohort(75, 4));
  });
  it("equal scoreMatrix's when people ranked each other (the preference criterion)", () => {
    const cohort = generateCohort(70, 6);
    // Adepts on the map rank mentors on and off it; some mentors rank adepts back.
    cohort.adepts.forEach((a, j) => {
      if (j % 3 === 0) a.preferences = [65, 2, j % 60, 69].map((m) => cohort.mentors[m]!.id);
    });
    cohort.mentors.forEach((m, i) => {
      if (i % 4 === 0) m.preferences = [i % 70, 61].map((a) => cohort.adepts[a]!.id);
    });
    const result = match(cohort);
    expect(Object.keys(result.audit.weights)).toContain("preference");
    check(cohort);
  });
  it("equal scoreMatrix's on random cohorts (missing data, ineligible people)", () => {
    fc.assert(
      fc.property(cohortArbitrary({ maxMentors: 7, maxAdepts: 7, ineligible: true }), (cohort) => {
        check(cohort);
      }),
      { seed: 20261130, numRuns: 60 },
    );
  });
});
