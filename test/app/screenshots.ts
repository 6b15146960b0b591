/**
 * Screenshots of the page to look at (not a test): English and Swedish, at 100 % and 200 % zoom,
 * with the spring fixtures loaded and a pair explained. `npx tsx test/app/screenshots.ts [dir]`
 * writes them to `dir` (default: a temporary folder); `--readme` also writes the README's
 * `docs/page.png`.
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixtures, nextPlan, root, startHarness } from "./harness.js";

const args = process.argv.slice(2);
const readme = args.includes("--readme");
const dir =
  args.find((a) => !a.startsWith("--")) ?? mkdtempSync(join(tmpdir(), "mentorpair-shots-"));
mkdirSync(dir, { recursive: true });
const CSV = [join(fixtures, "var2024-semikolon.csv"), join(fixtures, "var2024-undantag.csv")];

const h = await startHarness();
try {
  for (const lang of ["en", "sv"] as const) {
    for (const zoom of [1, 2]) {
      const { page, context } = await h.open({
        locale: lang === "sv" ? "sv-SE" : "en-GB",
        width: 1280 / zoom,
        height: 800 / zoom,
        scale: zoom,
      });
      await page.screenshot({ path: join(dir, `${lang}-${zoom * 100}-empty.png`) });
      await nextPlan(page, () => page.setInputFiles("#files", CSV));
      await page.locator("#plan-h").scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(dir, `${lang}-${zoom * 100}-plan.png`) });
      await page.locator("td[role=gridcell]").nth(14).click();
      await page.locator("[data-testid=pair-status]").waitFor();
      await page.locator("table.heatmap").scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(dir, `${lang}-${zoom * 100}-heat.png`) });
      await page.screenshot({ path: join(dir, `${lang}-${zoom * 100}-full.png`), fullPage: true });
      await context.close();
    }
  }
  if (readme) {
    // The README's picture: a plan after one decision, its pairs and the heat map with a pair
    // explained, small enough to commit.
    const { page, context } = await h.open({ locale: "sv-SE", width: 1100, height: 900 });
    await nextPlan(page, () => page.setInputFiles("#files", CSV));
    await page.getByRole("button", { name: "Lås M06 och A06" }).click();
    await page.fill("#reason", "överenskommet vid starten");
    await nextPlan(page, () => page.getByRole("button", { name: "Bekräfta" }).click());
    await page.locator("td[role=gridcell]").nth(14).click();
    await page.locator("[data-testid=pair-status]").waitFor();
    // The clip is in page coordinates: from the "what changed" line to the end of the heat map.
    // A string, not a function: tsx would wrap an inner function in a helper the page lacks.
    const [top, bottom] = (await page.evaluate(`[".changes", ".heat-layout"].map((sel, i) => {
      const r = document.querySelector(sel).getBoundingClientRect();
      return (i === 0 ? r.top : r.bottom) + window.scrollY;
    })`)) as [number, number];
    await page.screenshot({
      path: join(root, "docs", "page.png"),
      fullPage: true,
      clip: { x: 0, y: top - 8, width: 1100, height: bottom - top + 24 },
    });
    await context.close();
  }
  console.log(`screenshots in ${dir}`);
} finally {
  await h.close();
}
