/**
 * Shared set-up of the page's end-to-end tests: the page built once into a temporary folder and
 * opened from file:// in Debian's Chromium (playwright-core cannot download browsers here), with
 * every request recorded and anything but the page itself and its blob worker refused.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { buildPage } from "../../app/build.js";

export const root = join(import.meta.dirname, "..", "..");
export const fixtures = join(root, "test", "fixtures");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Browser tests run where Chromium is, and must run in CI (where .ci/run installs it). */
export const RUN_BROWSER = existsSync(CHROMIUM) || Boolean(process.env.CI);
if (!existsSync(CHROMIUM) && !process.env.CI) {
  console.warn(
    `test/app: no Chromium at ${CHROMIUM}; the page's browser tests are skipped (CI fails)`,
  );
}

export interface Harness {
  readonly browser: Browser;
  readonly dir: string;
  readonly pageUrl: string;
  readonly html: string;
  /** Every request any page made, as URLs. */
  readonly requests: string[];
  open(options?: { locale?: string; width?: number; height?: number; scale?: number }): Promise<{
    context: BrowserContext;
    page: Page;
    errors: string[];
  }>;
  close(): Promise<void>;
}

/** Builds the page, writes it to a temporary folder and launches Chromium (once per test file). */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium missing at ${CHROMIUM}: .ci/run installs it`);
  const dir = mkdtempSync(join(tmpdir(), "mentorpair-page-"));
  const { html } = await buildPage();
  const file = join(dir, "mentorpair.html");
  writeFileSync(file, html);
  // A loaded 2-core machine can take a while to start Chromium.
  const browser = await chromium.launch({ executablePath: CHROMIUM, timeout: 60_000 });
  const requests: string[] = [];
  const pageUrl = pathToFileURL(file).href;
  return {
    browser,
    dir,
    pageUrl,
    html,
    requests,
    async open(options = {}) {
      const context = await browser.newContext({
        locale: options.locale ?? "en-GB",
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        deviceScaleFactor: options.scale ?? 1,
        acceptDownloads: true,
      });
      context.on("request", (r) => requests.push(r.url()));
      // Nothing may leave the machine: any request over a network fails (and is recorded).
      await context.route(/^(?!file:|blob:|data:)/u, (route) => route.abort());
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      await page.goto(pageUrl);
      return { context, page, errors };
    },
    async close() {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Requests other than the page's own file and its blob worker (there must be none). */
export const foreign = (h: Harness) =>
  h.requests.filter((u) => u !== h.pageUrl && !u.startsWith("blob:null/"));

/** The text of every cell of the table's body rows. */
export function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page.$$eval(`${selector} tbody tr`, (rows) =>
    rows.map((r) =>
      Array.from((r as HTMLTableRowElement).cells, (c) => (c.textContent ?? "").trim()),
    ),
  );
}

/** Runs `action` and waits until the page shows the plan it leads to (a new plan number). */
export async function nextPlan(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await page.evaluate(
    () => document.querySelector("#plan")?.getAttribute("data-plan") ?? "0",
  );
  await action();
  await page.waitForFunction(
    (b) => {
      const now = document.querySelector("#plan")?.getAttribute("data-plan");
      return now !== undefined && now !== null && now !== b;
    },
    before,
    { timeout: 120_000 },
  );
}

const AXE = readFileSync(join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");

/** Serious and critical accessibility violations on the page as it is now (axe-core). */
export async function axeProblems(page: Page): Promise<string[]> {
  const loaded = await page.evaluate("typeof window.axe !== 'undefined'");
  if (loaded !== true) await page.evaluate(AXE);
  const violations = (await page.evaluate(
    "axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) })))",
  )) as { id: string; impact: string; nodes: string[] }[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.join(", ")}`);
}
