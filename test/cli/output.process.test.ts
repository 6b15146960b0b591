/**
 * The built `mentorpair` command as a process, when its output cannot be written: standard
 * output full, closed or read-only, `--out` over its own input, and a kill part-way through
 * writing `--out`. Each ends with a documented exit code and one line, never a stack trace.
 */
import { type StdioOptions, spawn } from "node:child_process";
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, fixtures } from "./helpers.js";

let cli = "";
let removeBuild = () => {};
const tmp = mkdtempSync(join(tmpdir(), "mentorpair-cli-out-"));

beforeAll(async () => {
  const built = await buildCli();
  cli = built.cli;
  removeBuild = built.remove;
}, 60_000);

afterAll(() => {
  removeBuild();
  rmSync(tmp, { recursive: true, force: true });
});

const SPRING_SV = ["var2024-semikolon.csv", "var2024-undantag.csv"];
const STACK_LINE = /\n\s+at /u;

/** Runs the built CLI with the given standard output and error (a pipe where not given). */
function runWith(
  args: readonly string[],
  stdio: { stdout?: number; stderr?: number },
  cwd = fixtures,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const io: StdioOptions = ["ignore", stdio.stdout ?? "pipe", stdio.stderr ?? "pipe"];
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: io });
    const err: Buffer[] = [];
    child.stdout?.resume();
    child.stderr?.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr: Buffer.concat(err).toString("utf8") }));
  });
}

/** A file descriptor for the duration of `use`. */
async function withFd<T>(path: string, flags: string, use: (fd: number) => Promise<T>): Promise<T> {
  const fd = openSync(path, flags);
  try {
    return await use(fd);
  } finally {
    closeSync(fd);
  }
}

/** A cohort large enough that its report takes a while to write (and runs in a worker). */
function largeCohort(n: number): string {
  const towns = ["Borås", "Mark", "Tranemo", "Ulricehamn", "Vårgårda", "Herrljunga"];
  const sectors = ["Skola", "Vård", "Omsorg", "Kultur", "Teknik", "Ekonomi"];
  const text = "Jag vill dela med mig av erfarenheter av förändringsarbete och ledarskap. ".repeat(
    6,
  );
  const person = (id: string, i: number, years: number) => ({
    id,
    municipality: towns[i % towns.length],
    sector: sectors[(i * 7) % sectors.length],
    managerYears: years,
    managerConsent: true,
  });
  return JSON.stringify({
    mentors: Array.from({ length: n }, (_, i) => ({
      ...person(`M${i}`, i, 6 + (i % 15)),
      offerText: text,
    })),
    adepts: Array.from({ length: n }, (_, i) => ({
      ...person(`A${i}`, i + 3, 2 + (i % 5)),
      wishText: text,
    })),
  });
}

describe.concurrent("the mentorpair command when its output cannot be written", () => {
  it.skipIf(!existsSync("/dev/full"))(
    "standard output on a full disk (/dev/full) is exit 2 with one line, no stack trace",
    async () => {
      const r = await withFd("/dev/full", "w", (fd) =>
        runWith(["match", ...SPRING_SV, "-q"], { stdout: fd }),
      );
      expect(r.stderr).not.toMatch(STACK_LINE);
      expect(r.stderr).toBe("mentorpair: cannot write to standard output: the disk is full\n");
      expect(r.code).toBe(2);
    },
  );

  it("standard output open only for reading (EBADF) is exit 2 with one line", async () => {
    const r = await withFd(join(fixtures, SPRING_SV[0]!), "r", (fd) =>
      runWith(["match", ...SPRING_SV, "-q"], { stdout: fd }),
    );
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).toBe(
      "mentorpair: cannot write to standard output: it is closed or not open for writing\n",
    );
    expect(r.code).toBe(2);
  });

  it.skipIf(!existsSync("/dev/full"))(
    "standard error on a full disk is exit 2 (nothing can say why)",
    async () => {
      const r = await withFd("/dev/full", "w", (fd) =>
        runWith(["match", ...SPRING_SV], { stderr: fd }),
      );
      expect(r.code).toBe(2);
    },
  );

  it("a reader that stops early is still a quiet exit 0", async () => {
    const file = join(tmp, "epipe.json");
    writeFileSync(file, largeCohort(120));
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [cli, "match", file, "--format", "json", "-q"], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      const err: Buffer[] = [];
      child.stdout.once("data", () => child.stdout.destroy());
      child.stderr.on("data", (b: Buffer) => err.push(b));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stderr: Buffer.concat(err).toString("utf8") }));
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it('"match ansökningar.xlsx --out ansökningar.xlsx" is exit 2 and leaves the applications as they were', async () => {
    const dir = mkdtempSync(join(tmp, "same-"));
    copyFileSync(join(fixtures, "var2024-en-flik.xlsx"), join(dir, "ansökningar.xlsx"));
    const before = readFileSync(join(dir, "ansökningar.xlsx"));
    for (const out of ["ansökningar.xlsx", "./ansökningar.xlsx"]) {
      const r = await runWith(["match", "ansökningar.xlsx", "--out", out], {}, dir);
      expect(r.stderr).toBe(
        `mentorpair match: --out ${out} is the input file ansökningar.xlsx: mentorpair never writes over what it reads; give the output another name\n`,
      );
      expect(r.code).toBe(2);
    }
    expect(readFileSync(join(dir, "ansökningar.xlsx")).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(["ansökningar.xlsx"]);
  });
});

// Alone, so the other runs do not slow it or it them.
describe("the mentorpair command killed part-way", () => {
  it("killed (SIGKILL) while writing --out, the file there is the old bytes or the complete new ones, never a fragment", async () => {
    const dir = mkdtempSync(join(tmp, "kill-"));
    writeFileSync(join(dir, "stor.json"), largeCohort(120));
    const target = join(dir, "rapport.html");
    const old = Buffer.from("<!DOCTYPE html><p>last year's report</p>\n".repeat(1000));
    writeFileSync(target, old);
    const oldIno = statSync(target).ino;
    const args = ["report", "stor.json", "-q", "--out"];
    // The complete new report, written undisturbed beside it.
    const complete = runWith([...args, "komplett.html"], {}, dir);
    const child = spawn(process.execPath, [cli, ...args, "rapport.html"], {
      cwd: dir,
      stdio: "ignore",
    });
    const ended = new Promise<string | number | null>((resolve) =>
      child.on("close", (code, signal) => resolve(signal ?? code)),
    );
    let running = true;
    void ended.then(() => {
      running = false;
    });
    // Kill as soon as anything happens at the target or a temporary file appears.
    while (running) {
      const now = statSync(target, { throwIfNoEntry: false });
      const touched = now === undefined || now.ino !== oldIno || now.size !== old.length;
      if (touched || readdirSync(dir).some((f) => f.startsWith(".rapport.html."))) {
        child.kill("SIGKILL");
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await ended;
    expect((await complete).code).toBe(0);
    const left = readFileSync(target);
    const whole = left.equals(old) || left.equals(readFileSync(join(dir, "komplett.html")));
    expect(whole).toBe(true);
  });
});
