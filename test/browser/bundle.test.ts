import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type BuildResult, build } from "esbuild";
import { chromium } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { match } from "../../src/index.js";

const root = join(import.meta.dirname, "..", "..");
// Debian's package: browser downloads are impossible in CI, so playwright-core drives this one.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const MAX_GZIP = 100 * 1024;

/** What a web app's bundler does with the package entry: no externals, no shims. */
async function bundle(): Promise<{ code: string; error?: string }> {
  try {
    const out: BuildResult<{ write: false }> = await build({
      entryPoints: [join(root, "src", "index.ts")],
      bundle: true,
      platform: "browser",
      format: "esm",
      minify: true,
      write: false,
      logLevel: "silent",
    });
    return { code: out.outputFiles[0]?.text ?? "" };
  } catch (e) {
    const errors = (e as { errors?: { text: string }[] }).errors ?? [];
    return { code: "", error: errors.map((x) => x.text).join("; ") || String(e) };
  }
}

// `ms` is a wall-clock time: everything else must be equal.
const withoutTimes = (value: unknown): string =>
  JSON.stringify(value, (key, v: unknown) => (key === "ms" ? undefined : v));

describe("the core in a browser", () => {
  let built: { code: string; error?: string };
  beforeAll(async () => {
    built = await bundle();
  });

  it("bundles for the browser with no externals and no shims", () => {
    expect(built.error).toBeUndefined();
    expect(built.code.length).toBeGreaterThan(0);
  });

  it(`the minified bundle is at most ${MAX_GZIP / 1024} KiB gzip`, () => {
    expect(built.error).toBeUndefined();
    const gzip = gzipSync(built.code, { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(MAX_GZIP);
  });

  const haveChromium = existsSync(CHROMIUM);
  if (!haveChromium && !process.env.CI) {
    console.warn(`bundle.test: no Chromium at ${CHROMIUM}; the browser run is skipped (CI fails)`);
  }

  it.skipIf(!haveChromium && !process.env.CI)(
    "match in headless Chromium, offline, gives the same result as in Node",
    async () => {
      expect(existsSync(CHROMIUM), `Chromium missing at ${CHROMIUM}: .ci/run installs it`).toBe(
        true,
      );
      expect(built.error).toBeUndefined();
      const cohort: unknown = JSON.parse(
        readFileSync(join(root, "examples", "sjuharad-spring-2024.json"), "utf8"),
      );
      const browser = await chromium.launch({ executablePath: CHROMIUM });
      try {
        const page = await browser.newPage();
        const requests: string[] = [];
        page.on("request", (r) => requests.push(r.url()));
        await page.route("**/*", (route) => route.abort());
        await page.setContent("<!doctype html><title>mentorpair</title>");
        const fromBrowser = await page.evaluate(
          async ({ code, cohort }) => {
            // A blob URL stands in for the app's own script: nothing leaves the page.
            const url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
            const lib = await import(url);
            return JSON.stringify(lib.match(cohort));
          },
          { code: built.code, cohort },
        );
        expect(requests.filter((u) => !u.startsWith("blob:"))).toEqual([]);
        const inNode = match(cohort);
        // The LP path ran in the browser (the spring cohort is within the "auto" LP range).
        expect(inNode.solver.name).toBe("lp");
        expect(withoutTimes(JSON.parse(fromBrowser))).toBe(withoutTimes(inNode));
        expect(inNode.pairs.length).toBeGreaterThan(0);
      } finally {
        await browser.close();
      }
    },
  );
});
