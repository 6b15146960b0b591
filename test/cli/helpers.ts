import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build, type Options } from "tsup";
import { parseCommandLine } from "../../src/cli/program.js";
import { runJob } from "../../src/cli/run.js";
import configs from "../../tsup.config.js";

export const root = join(import.meta.dirname, "..", "..");
export const fixtures = join(root, "test", "fixtures");

/**
 * Builds the CLI with the CLI entry of `tsup.config.ts` (so the test runs what `npm run build`
 * makes) into a fresh folder inside the project, so anything it leaves external resolves from
 * node_modules and the tests never touch `dist/`, which other builds may be rewriting.
 */
export async function buildCli(): Promise<{ cli: string; dir: string; remove(): void }> {
  const cliConfig = (configs as Options[]).find((c) => c.outDir === "dist/cli");
  if (cliConfig === undefined)
    throw new Error("buildCli: no CLI entry (outDir dist/cli) in tsup.config.ts");
  const cache = join(root, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, "mentorpair-cli-test-"));
  await build({
    ...cliConfig,
    outDir: dir,
    sourcemap: false,
    clean: false,
    config: false,
    silent: true,
  });
  return {
    cli: join(dir, "index.js"),
    dir,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stdoutBytes: Buffer;
  readonly stderr: string;
}

/**
 * Runs the built CLI as a process in `cwd` (the fixtures folder by default), with `node`'s own
 * flags `nodeArgs` before it.
 */
export function run(
  cli: string,
  args: readonly string[],
  cwd = fixtures,
  nodeArgs: readonly string[] = [],
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, cli, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({
        code,
        stdout: stdoutBytes.toString("utf8"),
        stdoutBytes,
        stderr: Buffer.concat(err).toString("utf8"),
      });
    });
  });
}

/**
 * Runs one CLI command in this process (`parseCommandLine` + `runJob`, what the built command
 * does after start-up), so options and outputs can be checked quickly.
 */
export async function runInProcess(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const parsed = await parseCommandLine(args, {
    stdoutIsTTY: false,
    writeOut: (s) => out.push(s),
    writeErr: (s) => err.push(s),
  });
  if ("exitCode" in parsed)
    return { code: parsed.exitCode, stdout: out.join(""), stderr: err.join("") };
  const result = await runJob(parsed.job);
  return {
    code: result.exitCode,
    stdout: result.stdout
      .map((c) => (typeof c === "string" ? c : Buffer.from(c).toString("utf8")))
      .join(""),
    stderr: result.stderr.join("\n"),
  };
}
