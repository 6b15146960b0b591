/**
 * Builds the coordinator's page as ONE self-contained HTML file: the engine worker is bundled
 * first and inlined as a string in the page's script (the page starts it from a Blob URL), the
 * styles are inlined, and a Content-Security-Policy allows only that script and style (by their
 * SHA-256) and blob workers: no network access of any kind. `npm run build` runs it after tsup;
 * `npx tsx app/build.ts [out]` writes the page elsewhere.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { VERSION } from "../src/version.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

/** Where `npm run build` puts the page (the CLI's `app` command looks for it there). */
export const PAGE_OUT = join(root, "dist", "app", "mentorpair.html");

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** What a script or style may not contain to stay inside its element. */
function inert(code: string, tag: "script" | "style"): string {
  // `</script` inside a string would end the element; esbuild escapes it, this checks.
  if (new RegExp(`</${tag}`, "iu").test(code)) {
    throw new Error(`app/build: the inlined ${tag} contains "</${tag}"`);
  }
  return code;
}

async function bundle(entry: string, define: Record<string, string> = {}): Promise<string> {
  const out = await build({
    entryPoints: [join(here, entry)],
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2022",
    minify: true,
    write: false,
    legalComments: "none",
    jsx: "automatic",
    jsxImportSource: "preact",
    define,
    absWorkingDir: root,
    logLevel: "silent",
  });
  return out.outputFiles[0]?.text ?? "";
}

/** The page's parts and the whole file. */
export interface BuiltPage {
  readonly html: string;
  readonly workerBytes: number;
  readonly mainBytes: number;
}

/**
 * Builds the page in memory.
 *
 * @example
 * const { html } = await buildPage(); writeFileSync("mentorpair.html", html);
 */
export async function buildPage(): Promise<BuiltPage> {
  const worker = await bundle("worker/worker.ts");
  const main = inert(
    await bundle("main.tsx", { __MENTORPAIR_WORKER__: JSON.stringify(worker) }),
    "script",
  );
  const css = inert(readFileSync(join(here, "styles.css"), "utf8"), "style");
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(main)}`,
    `style-src ${sha256(css)}`,
    // The engine worker runs from a Blob URL made from the inlined code.
    "worker-src blob:",
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const html = `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="mentorpair ${VERSION}">
<meta name="referrer" content="no-referrer">
<title>mentorpair</title>
<style>${css}</style>
</head>
<body>
<noscript><p>mentorpair: this page needs JavaScript (it runs only here, offline). Den här sidan behöver JavaScript (den körs bara här, utan nätverk).</p></noscript>
<div id="app"></div>
<script>${main}</script>
</body>
</html>
`;
  return {
    html,
    workerBytes: worker.length,
    mainBytes: main.length - JSON.stringify(worker).length,
  };
}

/** Writes the page to `path` whole (a temporary file, then a rename). */
export async function writePage(path: string = PAGE_OUT): Promise<BuiltPage> {
  const page = await buildPage();
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, page.html);
  renameSync(tmp, path);
  return page;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] === undefined ? PAGE_OUT : resolve(process.argv[2]);
  const page = await writePage(out);
  const { gzipSync } = await import("node:zlib");
  const kib = (n: number) => (n / 1024).toFixed(1);
  console.log(
    `app/build: wrote ${out}: ${kib(page.html.length)} KiB, ${kib(gzipSync(page.html, { level: 9 }).length)} KiB gzip (worker ${kib(page.workerBytes)} KiB, page ${kib(page.mainBytes)} KiB minified)`,
  );
}
