/**
 * `--out` never leads to a file the command reads, never writes through a link or onto a
 * device, and every refusal is exit 2 with one line, before any work is done. Run in-process,
 * as commands.test.ts does.
 */
import {
  chmodSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it, test } from "vitest";
import { parseCommandLine } from "../../src/cli/program.js";
import { runJob } from "../../src/cli/run.js";
import { fixtures } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "mentorpair-out-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function mp(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const err: string[] = [];
  const parsed = await parseCommandLine(args, {
    stdoutIsTTY: false,
    writeOut: () => {},
    writeErr: (s) => err.push(s),
  });
  if ("exitCode" in parsed) return { code: parsed.exitCode, stdout: "", stderr: err.join("") };
  const result = await runJob(parsed.job);
  return {
    code: result.exitCode,
    stdout: result.stdout
      .map((c) => (typeof c === "string" ? c : Buffer.from(c).toString("utf8")))
      .join(""),
    stderr: result.stderr.join("\n"),
  };
}

let folders = 0;
/** A fresh folder with the two input files, a --config file and a --history file. */
function folder() {
  const dir = join(tmp, `k${folders++}`);
  mkdirSync(join(dir, "sub"), { recursive: true });
  const mentors = join(dir, "var2024-semikolon.csv");
  const exclusions = join(dir, "var2024-undantag.csv");
  copyFileSync(join(fixtures, "var2024-semikolon.csv"), mentors);
  copyFileSync(join(fixtures, "var2024-undantag.csv"), exclusions);
  const config = join(dir, "inställningar.json");
  writeFileSync(config, '{ "weights": { "wishes": 3 } }\n');
  const history = join(dir, "vår2023.json");
  writeFileSync(history, '{ "pairs": [] }\n');
  const files = [mentors, exclusions, config, history];
  const snapshot = () => files.map((f) => readFileSync(f).toString("base64"));
  const args = [mentors, exclusions, "--config", config, "--history", history, "-q"];
  return { dir, mentors, exclusions, config, history, args, before: snapshot(), snapshot };
}
type Folder = ReturnType<typeof folder>;

const ONE_LINE = /^[^\n]+$/u;

describe("--out that leads to a file the command reads is refused (exit 2), the file untouched", () => {
  test.each<[string, (k: Folder) => string]>([
    ["the input file itself", (k) => k.mentors],
    ["the input file spelled with ./", (k) => `${k.dir}/./var2024-semikolon.csv`],
    ["the input file spelled through sub/..", (k) => `${k.dir}/sub/../var2024-undantag.csv`],
    ["the input file as a relative path", (k) => relative(process.cwd(), k.exclusions)],
    [
      "a symbolic link to the input file",
      (k) => {
        symlinkSync(k.mentors, join(k.dir, "länk.csv"));
        return join(k.dir, "länk.csv");
      },
    ],
    [
      "a hard link to the input file",
      (k) => {
        linkSync(k.mentors, join(k.dir, "hård.csv"));
        return join(k.dir, "hård.csv");
      },
    ],
    [
      "the input file through a linked folder",
      (k) => {
        symlinkSync(k.dir, join(k.dir, "sub", "upp"));
        return join(k.dir, "sub", "upp", "var2024-semikolon.csv");
      },
    ],
    ["the --config file", (k) => k.config],
    ["the --history file", (k) => k.history],
    [
      "a hard link to the --history file",
      (k) => {
        linkSync(k.history, join(k.dir, "sub", "kopia.json"));
        return join(k.dir, "sub", "kopia.json");
      },
    ],
  ])("%s", async (_name, outPath) => {
    const k = folder();
    const out = outPath(k);
    for (const command of [["match", "--format", "json"], ["report"]]) {
      const r = await mp(...command, ...k.args, "--out", out);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /--out .+ is the (input|--config|--history) file .+: mentorpair never writes over what it reads/u,
      );
      expect(r.stderr).toMatch(ONE_LINE);
      expect(k.snapshot()).toEqual(k.before);
    }
  });

  it("is refused before anything is read: an invalid --config file as --out is not parsed", async () => {
    const k = folder();
    writeFileSync(k.config, "{ not json");
    const before = readFileSync(k.config);
    const r = await mp("match", ...k.args, "--out", k.config);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is the --config file");
    expect(r.stderr).not.toContain("not valid JSON");
    expect(readFileSync(k.config).equals(before)).toBe(true);
  });

  it("is refused before anything is read: an invalid input file as --out is not read", async () => {
    const k = folder();
    const broken = join(k.dir, "mentorer.csv");
    copyFileSync(join(fixtures, "broken", "mentorer.csv"), broken);
    const r = await mp("match", broken, join(fixtures, "broken", "adepter.csv"), "--out", broken);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is the input file");
    expect(r.stderr).not.toContain("error:");
  });
});

describe("--out is written only as a regular file in an existing folder", () => {
  it("a symbolic link is refused, leaving the link and the file it points to untouched", async () => {
    const k = folder();
    const elsewhere = join(k.dir, "sub", "gammal.json");
    writeFileSync(elsewhere, "gammalt\n");
    symlinkSync(elsewhere, join(k.dir, "par.json"));
    const r = await mp("match", ...k.args, "--out", join(k.dir, "par.json"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /cannot write .+: it is a symbolic link; mentorpair does not write through links/u,
    );
    expect(r.stderr).toMatch(ONE_LINE);
    expect(readFileSync(elsewhere, "utf8")).toBe("gammalt\n");
    expect(statSync(join(k.dir, "par.json")).isFile()).toBe(true);
  });

  it("a device (/dev/null) is refused", async () => {
    const k = folder();
    const r = await mp("match", ...k.args, "--out", "/dev/null");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot write /dev/null: it is not a regular file");
  });

  test.each<[string, (k: Folder) => string, string]>([
    ["a missing folder", (k) => join(k.dir, "saknas", "par.json"), "the folder does not exist"],
    ["a folder", (k) => join(k.dir, "sub"), "it is a folder"],
    ["a path ending in /", (k) => `${join(k.dir, "ny")}/`, "it is a folder"],
    [
      "a file used as a folder",
      (k) => join(k.mentors, "par.json"),
      "a part of the path is not a folder",
    ],
  ])("%s is exit 2 with one line saying why", async (_name, outPath, why) => {
    const k = folder();
    const r = await mp("match", ...k.args, "--out", outPath(k));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(why);
    expect(r.stderr).toMatch(ONE_LINE);
  });

  it.skipIf(process.getuid?.() === 0)(
    "a folder without write permission is exit 2, the file there unchanged",
    async () => {
      const k = folder();
      const target = join(k.dir, "sub", "par.json");
      writeFileSync(target, "gammalt\n");
      chmodSync(join(k.dir, "sub"), 0o555);
      try {
        const r = await mp("match", ...k.args, "--out", target);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe(
          `mentorpair match: cannot write ${target}: permission denied (the file there is unchanged)`,
        );
        expect(readFileSync(target, "utf8")).toBe("gammalt\n");
      } finally {
        chmodSync(join(k.dir, "sub"), 0o755);
      }
    },
  );

  it("an existing output is replaced as a whole and keeps its mode; no temporary file is left", async () => {
    const k = folder();
    const target = join(k.dir, "sub", "par.csv");
    writeFileSync(target, "x".repeat(100_000), { mode: 0o600 });
    const [toFile, toStdout] = await Promise.all([
      mp("match", ...k.args, "--out", target),
      mp("match", ...k.args, "--format", "csv"),
    ]);
    expect(toFile.code).toBe(0);
    expect(readFileSync(target, "utf8")).toBe(toStdout.stdout);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(k.dir, "sub"))).toEqual(["par.csv"]);
  });
});
