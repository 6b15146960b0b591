import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type CohortInput, match, renderReport } from "../../src/index.js";
import {
  auditPlan,
  fairnessSection,
  robustnessSection,
  weightRanges,
} from "../../src/learn/index.js";
import { runInProcess as mp, root } from "../cli/helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "mentorpair-sections-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const file = join(root, "examples", "sjuharad-spring-2024.json");
const spring = JSON.parse(readFileSync(file, "utf8")) as CohortInput;
const result = match(spring);

describe("the report's sections from mentorpair/learn", () => {
  it.each(["en", "sv"] as const)(
    "prints robustness and fairness with their figures (%s)",
    (lang) => {
      const s = weightRanges(spring);
      const audit = auditPlan(spring, result, { by: ["municipality"] });
      const robust = robustnessSection(s, lang);
      const fair = fairnessSection(audit, lang);
      const html = renderReport(spring, result, { lang, sections: [robust, fair] });
      expect(html).toContain(
        `<h2>${lang === "sv" ? "Hur robust är planen" : "How robust is this plan"}</h2>`,
      );
      expect(html).toContain(
        `<h2>${lang === "sv" ? "Rättvisa mellan grupper" : "Fairness across groups"}</h2>`,
      );
      expect(html).toContain('<a href="#more-1">');
      expect(robust.table!.rows).toHaveLength(6);
      expect(fair.table!.rows).toHaveLength(audit.fields[0]!.groups.length);
      for (const g of audit.fields[0]!.groups) expect(html).toContain(`<td>${g.value}</td>`);
      // The sections come after the alternatives and before the settings.
      expect(html.indexOf('id="alternatives"')).toBeLessThan(html.indexOf('id="more-1"'));
      expect(html.indexOf('id="more-2"')).toBeLessThan(html.indexOf('id="settings"'));
    },
  );

  it("escapes the sections' text and refuses anything but strings", () => {
    const html = renderReport(spring, result, {
      sections: [
        {
          heading: "<script>x</script>",
          paragraphs: ["a & b"],
          table: { head: ["<b>"], rows: [["<i>"]] },
        },
      ],
    });
    expect(html).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(html).not.toContain("<script>x");
    expect(html).toContain("<th>&lt;b&gt;</th>");
    expect(() => renderReport(spring, result, { sections: [{ heading: 1 }] as never })).toThrow(
      /^renderReport: options.sections must be a list/u,
    );
  });

  it("leaves the report as it was without sections", () => {
    expect(renderReport(spring, result, { sections: [] })).toBe(renderReport(spring, result));
  });

  it("mentorpair report --robustness --fairness adds both sections", async () => {
    const out = join(tmp, "r.html");
    const r = await mp(
      "report",
      file,
      "--out",
      out,
      "--lang",
      "sv",
      "--robustness",
      "--fairness",
      "municipality,sector",
      "-q",
    );
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("<h2>Hur robust är planen</h2>");
    expect(html).toContain("<h2>Rättvisa mellan grupper</h2>");
    expect(html).toContain("Rättvisans pris");
    const bad = await mp("report", file, "--out", out, "--fairness", "gender", "-q");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--fairness: no person has a field or audit attribute "gender"');
    // The ranges describe the default objective's plan, not the fair plan the report shows.
    const fair = await mp(
      "report",
      file,
      "--out",
      out,
      "--objective",
      "fair",
      "--robustness",
      "-q",
    );
    expect(fair.code).toBe(2);
    expect(fair.stderr).toContain('--robustness describes the plan of objective "total"');
  });
});
