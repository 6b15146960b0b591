/**
 * The coordinator's page end to end, in headless Chromium from file://: load the fixtures, the
 * plan equals `match()` in Node, lock and forbid pairs (the heat map by keyboard alone), change a
 * weight, undo, export and load the session again (and the CLI reproduces its plan), export
 * the pairs and the report, switch language; no request leaves the page, and axe-core finds no
 * serious or critical violation on any screen. One browser for the whole file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { num } from "../../app/i18n.js";
import { parseCommandLine } from "../../src/cli/program.js";
import { runJob } from "../../src/cli/run.js";
import {
  type CohortInput,
  CRITERIA,
  type Decision,
  explainPair,
  type MatchOptions,
  type MatchResult,
  match,
  type Session,
} from "../../src/index.js";
import { readCohort } from "../../src/io/index.js";
import { sessionToCohort } from "../../src/session/index.js";
import { matchStable } from "../../src/stable/index.js";
import {
  axeProblems,
  fixtures,
  foreign,
  type Harness,
  nextPlan,
  RUN_BROWSER,
  startHarness,
  tableRows,
} from "./harness.js";

const CSV = [join(fixtures, "var2024-semikolon.csv"), join(fixtures, "var2024-undantag.csv")];
const XLSX = [join(fixtures, "var2024-en-flik.xlsx")];

async function inputOf(files: readonly string[]): Promise<CohortInput> {
  const read = await readCohort(files.map((f) => ({ name: basename(f), bytes: readFileSync(f) })));
  if (!read.success) throw new Error(`fixture does not read: ${read.issues[0]?.message}`);
  return read.input;
}

/** The plan in Node for the cohort read from `files` with these decisions. */
async function nodePlan(
  files: readonly string[],
  decisions: readonly Decision[] = [],
  options: MatchOptions = {},
): Promise<MatchResult> {
  const session: Session = {
    mentorpair: "session",
    version: 1,
    cohort: await inputOf(files),
    options,
    decisions,
  };
  const applied = sessionToCohort(session);
  return match(applied.cohort, applied.options);
}

/** The pairs table as the page writes it (mentor, adept, total, the six criteria in per cent). */
const expectedRows = (r: MatchResult, lang: "en" | "sv" = "en") =>
  r.pairs.map((p) => [
    p.mentorId,
    p.adeptId,
    num(p.score, lang),
    ...CRITERIA.map((c) => String(Math.round(p.criteria[c] * 100))),
  ]);
const shownRows = async (page: Page) => (await tableRows(page, "#pairs")).map((r) => r.slice(0, 9));

describe.skipIf(!RUN_BROWSER)("the coordinator's page in Chromium, from file://", () => {
  let h: Harness;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    h = await startHarness();
    ({ page, errors } = await h.open());
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  it("is one file whose Content-Security-Policy forbids the network", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(h.html)?.[1];
    expect(csp).toMatch(
      /^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'; worker-src blob:/u,
    );
    expect(csp).not.toMatch(/unsafe|https?:|connect-src/u);
    // No external resource: outside the one inline script and style, no src or href at all.
    const markup = h.html
      .replace(/<script>.*<\/script>/su, "<script></script>")
      .replace(/<style>.*<\/style>/su, "<style></style>");
    expect(markup).not.toMatch(/\s(src|href)=|<link|<img|<iframe/u);
    expect(markup.match(/<script>/gu)).toHaveLength(1);
    expect(markup.match(/<style>/gu)).toHaveLength(1);
  });

  it("the empty page has no serious accessibility problem", async () => {
    await page.waitForSelector("#files", { state: "attached" });
    expect(await axeProblems(page)).toEqual([]);
  });

  it("lists a broken file's problems with file, row and column, before matching", async () => {
    await page.setInputFiles("#files", join(fixtures, "broken-missing-column.csv"));
    const problems = page.locator(".problems li");
    await problems.first().waitFor();
    const texts = await problems.allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts[0]).toMatch(/^broken-missing-column\.csv row \d+/u);
    expect(await page.locator("#plan").count()).toBe(0);
    expect(await axeProblems(page)).toEqual([]);
  });

  it("loads the semicolon CSV and its exclusions: the table is match() in Node", async () => {
    await nextPlan(page, () => page.setInputFiles("#files", CSV));
    expect(await shownRows(page)).toEqual(expectedRows(await nodePlan(CSV)));
    expect(await page.textContent("[data-testid=optimal]")).toBe("yes");
    expect(await axeProblems(page)).toEqual([]);
  });

  it("selects a pair with the keyboard alone, explains it, and locks it with a reason", async () => {
    // The grid has one tab stop (roving tabindex); the arrow keys move, Enter explains.
    expect(await page.locator("[role=gridcell][tabindex='0']").count()).toBe(1);
    await page.locator("[role=gridcell][tabindex='0']").focus();
    for (const key of ["ArrowRight", "ArrowRight", "End", "Home", "ArrowRight", "ArrowRight"]) {
      await page.keyboard.press(key);
    }
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowDown");
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toMatch(/M06 and A03: /u);
    await page.keyboard.press("Enter");
    await page.locator("[data-testid=pair-status]").waitFor();
    const input = await inputOf(CSV);
    const why = explainPair(input, "M06", "A03");
    const status = await page.textContent("[data-testid=pair-status]");
    expect(status).toContain("Allowed, not chosen");
    expect(status).toContain(`costs ${num(why.loss?.totalScore ?? Number.NaN, "en", 2)} points`);
    expect(await page.textContent("[data-testid=pair-text]")).toBe(why.text.replace(/\n\n/gu, ""));
    expect(await axeProblems(page)).toEqual([]);

    // On to the panel's lock button with Tab, the dialog by keyboard too.
    const lock = page.getByRole("button", { name: "Lock M06 and A03" });
    for (let i = 0; i < 10 && !(await lock.evaluate((b) => b === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Enter");
    await page.locator("dialog[open]").waitFor();
    await page.keyboard.type("agreed at the kick-off");
    expect(await axeProblems(page)).toEqual([]);
    await page.keyboard.press("Tab"); // from the reason to the confirm button
    await nextPlan(page, () => page.keyboard.press("Enter"));
    const expected = await nodePlan(CSV, [
      { kind: "lock", mentor: "M06", adept: "A03", reason: "agreed at the kick-off" },
    ]);
    expect(await shownRows(page)).toEqual(expectedRows(expected));
    expect(await page.textContent(".changes")).toMatch(/Since the last change: \d+ pairs kept/u);
  });

  it("forbids a pair with a reason, changes a weight, and undoes", async () => {
    await page.getByRole("button", { name: "Forbid M01 and A05" }).click();
    await page.locator("dialog[open]").waitFor();
    // A forbid needs its reason: an empty one is not accepted.
    await page.getByRole("button", { name: "Confirm" }).click();
    expect(await page.locator("dialog[open]").count()).toBe(1);
    await page.fill("#reason", "same manager");
    await nextPlan(page, () => page.getByRole("button", { name: "Confirm" }).click());
    const decided: Decision[] = [
      { kind: "lock", mentor: "M06", adept: "A03", reason: "agreed at the kick-off" },
      { kind: "forbid", mentor: "M01", adept: "A05", reason: "same manager" },
    ];
    expect(await shownRows(page)).toEqual(expectedRows(await nodePlan(CSV, decided)));
    const beforeWeight = await shownRows(page);

    await nextPlan(page, () =>
      page
        .getByLabel("Geography: weights")
        .fill("4")
        .then(() => page.getByLabel("Geography: weights").press("Enter")),
    );
    const weighted = [...decided, { kind: "weight", criterion: "geography", weight: 4 } as const];
    expect(await shownRows(page)).toEqual(expectedRows(await nodePlan(CSV, weighted)));

    await nextPlan(page, () => page.getByRole("button", { name: "Undo" }).click());
    expect(await shownRows(page)).toEqual(beforeWeight);
    await nextPlan(page, () => page.getByRole("button", { name: "Redo" }).click());
    expect(await shownRows(page)).toEqual(expectedRows(await nodePlan(CSV, weighted)));

    const log = await tableRows(page, "#decisions");
    expect(log).toEqual([
      ["1", "Locked the pair M06 and A03.", "agreed at the kick-off"],
      ["2", "Forbade the pair M01 and A05.", "same manager"],
      ["3", "Set the weight of geography to 4.", ""],
    ]);
  });

  it("saves the session; the CLI and the page loaded again reproduce the plan", async () => {
    const shown = await shownRows(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save session" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("var2024-semikolon.session.json");
    const file = join(h.dir, "plan.session.json");
    await download.saveAs(file);
    const session = JSON.parse(readFileSync(file, "utf8")) as Session;
    expect(session.mentorpair).toBe("session");
    expect(session.decisions).toHaveLength(3);

    // The command line, on the saved file.
    const parsed = await parseCommandLine(["match", file, "--format", "json"], {
      stdoutIsTTY: false,
      writeOut: () => {},
      writeErr: () => {},
    });
    if ("exitCode" in parsed) throw new Error("match did not parse");
    const out = await runJob(parsed.job);
    expect(out.exitCode).toBe(0);
    const fromCli = JSON.parse(String(out.stdout.join(""))) as MatchResult;
    expect(expectedRows(fromCli)).toEqual(shown);

    // A fresh page loads the session: the same plan, the decisions back (and undoable).
    const again = await h.open();
    await nextPlan(again.page, () => again.page.setInputFiles("#files", file));
    expect(await shownRows(again.page)).toEqual(shown);
    expect(await tableRows(again.page, "#decisions")).toHaveLength(3);
    expect(await again.page.getByRole("button", { name: "Undo" }).isEnabled()).toBe(true);
    expect(again.errors).toEqual([]);
    await again.context.close();
  });

  it("exports the pairs as CSV and XLSX, and the report with the decisions", async () => {
    const save = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name }).click(),
      ]);
      const path = join(h.dir, download.suggestedFilename());
      await download.saveAs(path);
      return path;
    };
    const csv = readFileSync(await save("Pairs as CSV"), "utf8");
    const lines = csv.trim().split(/\r?\n/u);
    expect(lines[0]).toMatch(/^Mentor,Adept,Total,Geography/u);
    // Every score as computed in Chromium, to 4 decimals, equals Node's: the plan made with the
    // decisions of the tests above (Chromium's Math.sin may differ from Node's in the last
    // digits, which moves km and geography only below the rounding).
    const inNode = await nodePlan(CSV, [
      { kind: "lock", mentor: "M06", adept: "A03", reason: "agreed at the kick-off" },
      { kind: "forbid", mentor: "M01", adept: "A05", reason: "same manager" },
      { kind: "weight", criterion: "geography", weight: 4 },
    ]);
    const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
    expect(lines.slice(1).map((l) => l.split(",").slice(0, 9))).toEqual(
      inNode.pairs.map((p) => [
        p.mentorId,
        p.adeptId,
        String(p.score),
        ...CRITERIA.map((c) => String(round4(p.criteria[c]))),
      ]),
    );
    const xlsx = readFileSync(await save("Pairs as XLSX"));
    expect(xlsx.subarray(0, 2).toString()).toBe("PK");
    await page.fill("#report-title", "Spring 2024");
    const report = readFileSync(await save("Printable report (HTML)"), "utf8");
    expect(report).toContain("<title>Spring 2024</title>");
    expect(report).toContain("<td>Forbade the pair M01 and A05.</td><td>same manager</td>");
  });

  it("switches to Swedish at any time: headings, reasons and numbers", async () => {
    await page.getByRole("button", { name: "Svenska" }).click();
    await page.getByRole("heading", { name: "2. Planen" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    expect(await page.textContent("#plan p")).toMatch(/adepter har fått en mentor/u);
    const rows = await shownRows(page);
    expect(rows.map((r) => r[2])).toEqual(rows.map((r) => r[2]!.replace(".", ",")));
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "2. The plan" }).waitFor();
  });

  it("loads the XLSX fixture: the table is match() in Node", async () => {
    await nextPlan(page, () => page.setInputFiles("#files", XLSX));
    expect(await shownRows(page)).toEqual(expectedRows(await nodePlan(XLSX)));
    expect(await tableRows(page, "#decisions")).toEqual([]);
  });

  it('offers the objective "stable" only when someone gave preferences, and shows the blocking pairs and the price of stability', async () => {
    // The XLSX fixture loaded above has no preferences: no "stable" to choose.
    expect(await page.locator("#o-total").count()).toBe(1);
    expect(await page.locator("#o-stable").count()).toBe(0);
    expect(await page.locator("[data-testid=blocking]").count()).toBe(0);
    expect(await page.textContent("#pairs thead")).not.toContain("Preference");

    const spring = JSON.parse(
      readFileSync(join(fixtures, "..", "..", "examples", "sjuharad-spring-2024.json"), "utf8"),
    ) as CohortInput;
    const ranked: CohortInput = {
      ...spring,
      adepts: spring.adepts.map((a) =>
        a.id === "A01" ? { ...a, preferences: ["M03", "M01"] } : a,
      ),
    };
    const file = join(h.dir, "ranked.json");
    writeFileSync(file, JSON.stringify(ranked));
    await nextPlan(page, () => page.setInputFiles("#files", file));
    const byDefault = match(ranked);
    const blocking = byDefault.stability?.blockingPairs ?? [];
    expect(blocking.length).toBeGreaterThan(0);
    expect(await page.textContent("[data-testid=blocking]")).toBe(
      blocking.map((b) => `${b.mentorId}–${b.adeptId}`).join(", "),
    );
    expect(await page.locator("[data-testid=price]").count()).toBe(0);

    await nextPlan(page, () => page.getByLabel(/^stable:/u).check());
    const stable = matchStable(ranked);
    expect(await shownRows(page)).toEqual(expectedRows(stable));
    // The seventh criterion's column follows the six.
    expect(await page.textContent("#pairs thead")).toContain("Preference");
    expect((await tableRows(page, "#pairs")).map((r) => r[9])).toEqual(
      stable.pairs.map((p) => String(Math.round((p.criteria.preference ?? Number.NaN) * 100))),
    );
    expect(await page.textContent("[data-testid=blocking]")).toBe("none: the plan is stable");
    expect(await page.textContent("[data-testid=price]")).toBe(
      `${num(stable.stability?.priceOfStability ?? Number.NaN, "en", 2)} points`,
    );
    expect(await tableRows(page, "#decisions")).toEqual([
      [
        "1",
        "Set the objective to stable (no mentor and adept would both rather have each other than the partners they got).",
        "",
      ],
    ]);
    expect(await axeProblems(page)).toEqual([]);

    // Preference has its own weight here (2 by default); the plan follows it.
    expect(await page.getByLabel("Preference: weights").inputValue()).toBe("2");
    await nextPlan(page, () =>
      page
        .getByLabel("Preference: weights")
        .fill("0")
        .then(() => page.getByLabel("Preference: weights").press("Enter")),
    );
    const unweighted = matchStable(ranked, { weights: { preference: 0 } });
    expect(await shownRows(page)).toEqual(expectedRows(unweighted));
    expect(await page.textContent("[data-testid=price]")).toBe(
      `${num(unweighted.stability?.priceOfStability ?? Number.NaN, "en", 2)} points`,
    );
  });

  it("at 200% zoom nothing is wider than the window but the tables' own scroll boxes", async () => {
    const zoomed = await h.open({ width: 640, height: 450, scale: 2 });
    await nextPlan(zoomed.page, () => zoomed.page.setInputFiles("#files", CSV));
    const wide = await zoomed.page.evaluate(() =>
      document.documentElement.scrollWidth > window.innerWidth
        ? document.documentElement.scrollWidth
        : 0,
    );
    expect(wide).toBe(0);
    expect(await axeProblems(zoomed.page)).toEqual([]);
    await zoomed.context.close();
  });

  it("a decision that makes the cohort invalid is refused with the reason, and undo recovers", async () => {
    // A session whose last decision locks a pair that breaks the different-sector rule.
    const input = await inputOf(CSV);
    const sector = (id: string) =>
      [...input.mentors, ...input.adepts].find((p) => p.id === id)?.sector;
    const adept = input.adepts.find((a) => a.sector === sector("M01"))?.id;
    expect(adept).toBeDefined();
    const session: Session = {
      mentorpair: "session",
      version: 1,
      cohort: input,
      decisions: [
        { kind: "weight", criterion: "wishes", weight: 2 },
        { kind: "lock", mentor: "M01", adept: adept ?? "" },
      ],
    };
    const file = join(h.dir, "bad-lock.session.json");
    writeFileSync(file, JSON.stringify(session));
    const fresh = await h.open();
    await fresh.page.setInputFiles("#files", file);
    const alert = fresh.page.locator(".problems").filter({ hasText: "That change was not made" });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /locked\[0\] \(M01\/A\d+\): locked pair M01\/A\d+ breaks the hard rule/u,
    );
    await nextPlan(fresh.page, () => fresh.page.getByRole("button", { name: "Undo" }).click());
    expect(await shownRows(fresh.page)).toEqual(
      expectedRows(await nodePlan(CSV, [{ kind: "weight", criterion: "wishes", weight: 2 }])),
    );
    expect(await fresh.page.locator(".problems").count()).toBe(0);
    await fresh.context.close();
  });

  it("made no network request and logged no error", () => {
    expect(h.requests.length).toBeGreaterThan(0);
    expect(foreign(h)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
