import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../errors.js";
import type { Job, JobOutput } from "../job.js";
import { emit } from "../output.js";

/**
 * Where `npm run build` writes the coordinator's page, relative to the package root.
 *
 * @example
 * join(packageRoot, PAGE_FILE) // ".../mentorpair/dist/app/mentorpair.html"
 */
export const PAGE_FILE = join("dist", "app", "mentorpair.html");

/**
 * The built page of this installation: `dist/app/mentorpair.html` in the package that holds this
 * module, found by walking up from the module (the built CLI lives in `dist/cli`, a test runs it
 * from `src/cli/commands`). `undefined` when the package was not built.
 *
 * @example
 * findPage() // "/usr/lib/node_modules/mentorpair/dist/app/mentorpair.html"
 */
export function findPage(
  from: string = dirname(fileURLToPath(import.meta.url)),
): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, PAGE_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * `mentorpair app [path]`: writes the coordinator's page (one self-contained HTML file that runs
 * the whole engine in the browser, offline) to `path` (default `mentorpair.html`; `-` for
 * standard output). Open it in a browser and drag the spreadsheet in: nothing leaves the machine.
 *
 * @example
 * await appCommand({ command: "app", files: [], flags: { out: "mentorpair.html" }, stdoutIsTTY: false }, out);
 */
export async function appCommand(job: Job, out: JobOutput): Promise<void> {
  const page = findPage();
  if (page === undefined) {
    // Only a source checkout that was never built lands here: the package ships the page.
    throw new UsageError(`the page ${PAGE_FILE} is missing: run "npm run build" first`);
  }
  emit(job, out, readFileSync(page, "utf8"));
}
