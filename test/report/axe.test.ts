import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { generateCohort } from "../../bench/generate.js";
import { match, renderReport } from "../../src/index.js";
import { CHROMIUM, RUN_BROWSER, root } from "../app/harness.js";

const tmp = mkdtempSync(join(tmpdir(), "mentorpair-report-axe-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const AXE = readFileSync(join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");

/** Every axe-core violation of a report, whatever its impact, as "rule: first nodes". */
async function violations(html: string): Promise<string[]> {
  const file = join(tmp, "report.html");
  writeFileSync(file, html);
  const browser = await chromium.launch({ executablePath: CHROMIUM, timeout: 60_000 });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.evaluate(AXE);
    return (await page.evaluate(
      "axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))",
    )) as string[];
  } finally {
    await browser.close();
  }
}

describe.skipIf(!RUN_BROWSER)("the report in a browser", () => {
  it("has no accessibility violation of any impact (landmarks, a heat map in two blocks)", async () => {
    // 40 + 40: the heat map comes in two blocks of 20 adepts, each with its corner cell.
    const cohort = generateCohort(40, 3);
    for (const lang of ["en", "sv"] as const) {
      const html = renderReport(cohort, match(cohort), { lang });
      expect(html).toContain("<main>");
      expect(await violations(html)).toEqual([]);
    }
  }, 120_000);
});
