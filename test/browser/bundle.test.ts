import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type BuildResult, build, type Metafile } from "esbuild";
import { chromium } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { type CohortInput, type MatchResult, match } from "../../src/index.js";

const root = join(import.meta.dirname, "..", "..");
// Debian's package: browser downloads are impossible in CI, so playwright-core drives this one.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const MAX_GZIP = 100 * 1024;

interface Built {
  readonly code: string;
  /** The bundled files, relative to the package root. */
  readonly inputs: readonly string[];
  readonly error?: string;
}

/** The files that put bytes in the output (the metafile's inputs also list dropped ones). */
function bundled(meta: Metafile): string[] {
  return Object.values(meta.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([file]) => file),
  );
}

/** What a web app's bundler does with the package entry: no externals, no shims. */
async function bundle(): Promise<Built> {
  try {
    const out: BuildResult<{ write: false; metafile: true }> = await build({
      entryPoints: [join(root, "src", "index.ts")],
      bundle: true,
      platform: "browser",
      format: "esm",
      minify: true,
      write: false,
      metafile: true,
      absWorkingDir: root,
      logLevel: "silent",
    });
    return { code: out.outputFiles[0]?.text ?? "", inputs: bundled(out.metafile) };
  } catch (e) {
    const errors = (e as { errors?: { text: string }[] }).errors ?? [];
    return { code: "", inputs: [], error: errors.map((x) => x.text).join("; ") || String(e) };
  }
}

/**
 * A result as JSON without its wall-clock times (`ms`) and with fractions to 12 significant
 * digits: Chromium 156's V8 and Node 20's differ by one ulp in `Math.sin` (sin 57.792 deg), which
 * moves the raw km and criterion values in the last digits. Scores are rounded and must be equal.
 */
const comparable = (value: unknown): string =>
  JSON.stringify(value, (key, v: unknown) => {
    if (key === "ms") return undefined;
    return typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v;
  });

const pairsOf = (result: {
  readonly pairs: readonly { mentorId: string; adeptId: string; score: number }[];
}) => result.pairs.map((p) => [p.mentorId, p.adeptId, p.score]);

describe("the core in a browser", () => {
  let built: Built;
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

  it("holds only the parts of its dependencies the core uses", () => {
    expect(built.error).toBeUndefined();
    const files = (pkg: string) =>
      built.inputs.filter((f) => f.startsWith(`node_modules/${pkg}/`)).map((f) => f.slice(13));
    // A named `import { z }` kept all of zod's locales (443 KiB of 625 KiB minified).
    // At most the English one (zod 4.3 puts none in: our schema words every message itself).
    expect(
      files("zod").filter((f) => f.includes("/locales/") && f !== "zod/v4/locales/en.js"),
    ).toEqual([]);
    // The lp_solve bridge requires fs and child_process.
    expect(files("javascript-lp-solver").filter((f) => f.includes("External"))).toEqual([]);
    expect(files("javascript-lp-solver").length).toBeGreaterThan(0);
    expect(files("@orama/stemmers").sort()).toEqual([
      "@orama/stemmers/dist/en.js",
      "@orama/stemmers/dist/se.js",
    ]);
    // `_123` (digits in several scripts) is built when stopword's index loads: 464 bytes.
    expect(files("stopword").sort()).toEqual([
      "stopword/src/stopwords__123.js",
      "stopword/src/stopwords_eng.js",
      "stopword/src/stopwords_swe.js",
    ]);
    expect(
      files("@noble/hashes").filter((f) => !/\/(utils|_md|sha2|sha256)\.js$/u.test(f)),
    ).toEqual([]);
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
      const cohort: CohortInput = JSON.parse(
        readFileSync(join(root, "examples", "sjuharad-spring-2024.json"), "utf8"),
      );
      const browser = await chromium.launch({ executablePath: CHROMIUM });
      try {
        const page = await browser.newPage();
        const requests: string[] = [];
        page.on("request", (r) => requests.push(r.url()));
        await page.route("**/*", (route) => route.abort());
        await page.setContent("<!doctype html><title>mentorpair</title>");
        // A string, not a function: vitest rewrites `import()` inside this file's functions.
        // The blob URL stands in for the app's own script: nothing leaves the page.
        const fromBrowser: string = await page.evaluate(`(async () => {
          const code = ${JSON.stringify(built.code)};
          const url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
          const lib = await import(url);
          return JSON.stringify(lib.match(${JSON.stringify(cohort)}));
        })()`);
        expect(requests.filter((u) => !u.startsWith("blob:"))).toEqual([]);
        const inNode = match(cohort);
        // The LP path ran in the browser (the spring cohort is within the "auto" LP range).
        expect(inNode.solver.name).toBe("lp");
        const inBrowser = JSON.parse(fromBrowser) as MatchResult;
        expect(inNode.pairs.length).toBeGreaterThan(0);
        expect(pairsOf(inBrowser)).toEqual(pairsOf(inNode));
        expect(inBrowser.objective).toEqual(inNode.objective);
        expect(inBrowser.solver.name).toBe("lp");
        expect(comparable(inBrowser)).toBe(comparable(inNode));
      } finally {
        await browser.close();
      }
    },
  );
});
