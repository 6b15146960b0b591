import type { ReportSection } from "../explain/types.js";
import { CRITERION_NAMES, formatNumber } from "../explain/words.js";
import type { PlanAudit, WeightSensitivity } from "./types.js";
import { SECTION_WORDS } from "./words.js";

type Lang = "en" | "sv";

const num = (x: number | null, lang: Lang) => (x === null ? "-" : formatNumber(x, lang));

/**
 * The report section "How robust is this plan" (sv: "Hur robust är planen") of `weightRanges`'
 * answer, for `renderReport(..., { sections })`.
 *
 * @example
 * renderReport(cohort, result, { lang: "sv", sections: [robustnessSection(weightRanges(cohort), "sv")] });
 */
export function robustnessSection(s: WeightSensitivity, lang: Lang = "en"): ReportSection {
  const W = SECTION_WORDS[lang];
  const pair = (p: { mentorId: string; adeptId: string }) => `${p.mentorId}–${p.adeptId}`;
  const list = (xs: readonly string[]) => (xs.length === 0 ? W.none : xs.join(", "));
  return {
    heading: W.robustHeading,
    paragraphs: [
      W.robustIntro(s.swing),
      W.robustPairs(list(s.robust.map(pair))),
      W.fragilePairs(
        list(
          s.fragile.map((f) =>
            W.fragilePair(pair(f), CRITERION_NAMES[lang][f.criterion], num(f.at, lang)),
          ),
        ),
      ),
    ],
    table: {
      head: [W.criterion, W.weight, W.from, W.to],
      rows: s.ranges.map((r) => [
        CRITERION_NAMES[lang][r.criterion],
        num(r.weight, lang),
        num(r.low, lang),
        r.high === null ? W.noEnd : num(r.high, lang),
      ]),
    },
  };
}

/**
 * The report section "Fairness across groups" (sv: "Rättvisa mellan grupper") of `auditPlan`'s
 * answer, for `renderReport(..., { sections })`.
 *
 * @example
 * renderReport(cohort, result, { sections: [fairnessSection(auditPlan(cohort, result), "en")] });
 */
export function fairnessSection(audit: PlanAudit, lang: Lang = "en"): ReportSection {
  const W = SECTION_WORDS[lang];
  const f = audit.priceOfFairness;
  return {
    heading: W.fairHeading,
    paragraphs: [
      W.fairIntro,
      ...audit.fields.map((field) =>
        W.gap(
          field.field,
          num(field.gaps.shareMatched === null ? null : field.gaps.shareMatched * 100, lang),
          num(field.gaps.meanScore, lang),
        ),
      ),
      W.price(
        num(f.totalScore, lang),
        num(f.fairTotalScore, lang),
        num(f.price, lang),
        num(f.weakestScore, lang),
        num(f.fairWeakestScore, lang),
      ),
    ],
    table: {
      head: [W.field, W.group, W.people, W.matched, W.meanScore, W.lowestScore],
      rows: audit.fields.flatMap((field) =>
        field.groups.map((g) => [
          field.field,
          g.value ?? W.missing,
          String(g.people),
          String(g.matched),
          num(g.meanScore, lang),
          num(g.lowestScore, lang),
        ]),
      ),
    },
  };
}
