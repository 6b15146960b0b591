/**
 * A disk that fills up while `--out` is written. `node:fs` is replaced by Node's own with a
 * byte budget: a write beyond it writes what fits and fails with ENOSPC, as the kernel does
 * (for `writeFileSync` too, which first empties the file). Run in-process, as commands.test.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { parseCommandLine } from "../../src/cli/program.js";
import { runJob } from "../../src/cli/run.js";
import { fixtures } from "./helpers.js";

const disk = vi.hoisted(() => ({ free: Number.POSITIVE_INFINITY }));

vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  const enospc = () =>
    Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
  const fits = (bytes: number): number => {
    const n = Math.min(bytes, disk.free);
    disk.free -= n;
    return n;
  };
  const writeSync = (fd: number, buffer: Uint8Array, offset = 0, length?: number): number => {
    const wanted = length ?? buffer.length - offset;
    if (wanted > 0 && disk.free === 0) throw enospc();
    return real.writeSync(fd, buffer, offset, fits(wanted));
  };
  const writeFileSync = (path: string, data: string | Uint8Array): void => {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    const fd = real.openSync(path, "w");
    try {
      const n = fits(bytes.length);
      real.writeSync(fd, bytes, 0, n);
      if (n < bytes.length) throw enospc();
    } finally {
      real.closeSync(fd);
    }
  };
  const fs = { ...real, writeSync, writeFileSync };
  return { ...fs, default: fs };
});

const tmp = mkdtempSync(join(tmpdir(), "mentorpair-full-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => {
  disk.free = Number.POSITIVE_INFINITY;
});

async function mp(...args: string[]): Promise<{ code: number; stderr: string }> {
  const parsed = await parseCommandLine(args, {
    stdoutIsTTY: false,
    writeOut: () => {},
    writeErr: () => {},
  });
  if ("exitCode" in parsed) return { code: parsed.exitCode, stderr: "" };
  const result = await runJob(parsed.job);
  return { code: result.exitCode, stderr: result.stderr.join("\n") };
}

const SPRING_SV = [join(fixtures, "var2024-semikolon.csv"), join(fixtures, "var2024-undantag.csv")];

describe("a disk that fills up while --out is written", () => {
  it("leaves the previous file byte-identical, and says so in one line with exit 2", async () => {
    const target = join(tmp, "par.json");
    const old = Buffer.from(
      `${JSON.stringify({ pairs: [{ mentorId: "M01", adeptId: "A05" }] })}\n`,
    );
    writeFileSync(target, old);
    disk.free = 1000;
    const r = await mp("match", ...SPRING_SV, "--out", target, "-q");
    expect(readFileSync(target).equals(old)).toBe(true);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `mentorpair match: cannot write ${target}: the disk is full (the file there is unchanged)`,
    );
    expect(readdirSync(tmp).filter((f) => f !== "ny")).toEqual(["par.json"]);
  });

  it("creates no file at all when the output is new", async () => {
    const folder = join(tmp, "ny");
    mkdirSync(folder);
    disk.free = 10;
    const r = await mp("report", ...SPRING_SV, "--out", join(folder, "rapport.html"), "-q");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^mentorpair report: cannot write .+rapport\.html: the disk is full$/u,
    );
    expect(readdirSync(folder)).toEqual([]);
  });
});
