import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, percent } from "../../src/explain/words.js";
import { capitalize } from "../../src/phrasebook/words.js";
import { CHUNK_CHARS, joinInChunks } from "../../src/report/chunks.js";
import { barToSentence, rowStart } from "../../src/report/criterionRow.js";
import { escapeHtml, escapeText } from "../../src/report/escape.js";

/** `formatNumber` written plainly (split and regexes): the oracle for its fast path. */
function formatNumberOracle(x: number, lang: "en" | "sv", decimals: number): string {
  const fixed = Math.abs(x).toFixed(decimals);
  const [whole = "", fraction = ""] = fixed.split(".");
  const trimmed = fraction.replace(/0+$/u, "");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, lang === "sv" ? "\u00a0" : ",");
  const sign = x < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${grouped}${trimmed === "" ? "" : (lang === "sv" ? "," : ".") + trimmed}`;
}

describe("the report's building pieces", () => {
  it("joinInChunks gives the text of join, for pieces of any length", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.nat({ max: 2 * CHUNK_CHARS }).map((n) => "x".repeat(n)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.string({ maxLength: 3 }), (xs, sep) => {
        expect(joinInChunks(xs, sep)).toBe(xs.join(sep));
      }),
    );
  });

  it("escapeText escapes &, < and > (what element content needs) and nothing else", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeText(s);
        expect(out).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/u);
        expect(out.replace(/&lt;/gu, "<").replace(/&gt;/gu, ">").replace(/&amp;/gu, "&")).toBe(s);
      }),
    );
    expect(escapeText(`A03's "<b>" & more`)).toBe(`A03's "&lt;b&gt;" &amp; more`);
    expect(escapeHtml(`A03's "x"`)).toBe("A03&#39;s &quot;x&quot;");
  });

  it("a criterion row's bar is filled to the whole per cent written beside it", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom("en", "sv"),
        (score, lang) => {
          const cells = barToSentence(score, lang as "en" | "sv");
          const shown = percent(score, lang as "en" | "sv");
          expect(cells).toBe(`${Math.round(score * 100)}%"></span></td><td>${shown}</td><td>`);
        },
      ),
    );
    // Outside [0, 1] the bar stops at its ends and the number says what the score is.
    expect(barToSentence(1.2, "en")).toBe('100%"></span></td><td>120%</td><td>');
    expect(barToSentence(-0.1, "en")).toBe('0%"></span></td><td>-10%</td><td>');
    expect(rowStart("<b>", "1", true)).toBe(
      '<tr class="neutral"><td>&lt;b&gt;</td><td>1</td><td><span style="--w:',
    );
  });

  it("formatNumber writes what the plain oracle writes", () => {
    const x = fc.oneof(
      fc.double({ min: 0, max: 1100, noNaN: true }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.integer({ min: 0, max: 1_000_000 }).map((u) => u / 10_000),
      fc.constantFrom(0, -0, 0.05, 0.95, 998.96, 998.999, 999, 999.95, 1000),
    );
    fc.assert(
      fc.property(x, fc.constantFrom("en", "sv"), fc.integer({ min: 0, max: 2 }), (n, lang, d) => {
        const l = lang as "en" | "sv";
        expect(formatNumber(n, l, d)).toBe(formatNumberOracle(n, l, d));
      }),
      { numRuns: 2000 },
    );
  });

  it("capitalize upper-cases the first character (ASCII fast path or not)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), (s) => {
        const first = String.fromCodePoint(s.codePointAt(0) ?? 0);
        const expected = s === "" ? "" : first.toUpperCase() + s.slice(first.length);
        expect(capitalize(s)).toBe(expected);
      }),
    );
    expect(capitalize("båda")).toBe("Båda");
    expect(capitalize("överlapp")).toBe("Överlapp");
  });
});
