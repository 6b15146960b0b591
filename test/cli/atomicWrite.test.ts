/**
 * `writeFileAtomic`: the file at the target is the old bytes or the complete new bytes, never a
 * fragment, whichever step fails; and it never writes through a link or onto a device.
 */
import { spawn } from "node:child_process";
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, test } from "vitest";
import { type AtomicFs, NODE_FS, writeFileAtomic } from "../../src/cli/atomicWrite.js";
import { root } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "mentorpair-atomic-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let folders = 0;
/** A fresh folder holding `par.csv` with the old bytes. */
function folderWithOldFile(): { dir: string; target: string; old: Buffer } {
  const dir = join(tmp, `f${folders++}`);
  mkdirSync(dir);
  const target = join(dir, "par.csv");
  const old = Buffer.from("mentor,adept\nM01,A05\nM02,A03\n", "utf8");
  writeFileSync(target, old, { mode: 0o640 });
  return { dir, target, old };
}

const NEW = `mentor,adept\n${"M99,A99\n".repeat(20_000)}`;

function enospc(): NodeJS.ErrnoException {
  return Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
}

/** Node's fs, but a disk with `free` bytes left: a write beyond them writes what fits, then fails. */
function diskWithFree(free: number): AtomicFs {
  let left = free;
  return {
    ...NODE_FS,
    writeSync: (fd, buffer, offset, length) => {
      if (left === 0) throw enospc();
      const n = NODE_FS.writeSync(fd, buffer, offset, Math.min(length, left));
      left -= n;
      return n;
    },
  };
}

function failing<K extends keyof AtomicFs>(name: K): AtomicFs {
  return {
    ...NODE_FS,
    [name]: () => {
      throw Object.assign(new Error(`${name} failed`), { code: "EIO" });
    },
  };
}

describe("writeFileAtomic", () => {
  it("a disk that fills part-way leaves the previous file byte-identical and no temporary file", () => {
    const { dir, target, old } = folderWithOldFile();
    expect(() => writeFileAtomic(target, NEW, diskWithFree(10_000))).toThrow(
      expect.objectContaining({ code: "ENOSPC" }),
    );
    expect(readFileSync(target).equals(old)).toBe(true);
    expect(readdirSync(dir)).toEqual(["par.csv"]);
  });

  test.each([
    "openSync",
    "fchmodSync",
    "writeSync",
    "fsyncSync",
    "closeSync",
    "renameSync",
  ] as const)(
    "a failing %s leaves the previous file byte-identical and no temporary file",
    (step) => {
      const { dir, target, old } = folderWithOldFile();
      expect(() => writeFileAtomic(target, NEW, failing(step))).toThrow(`${step} failed`);
      expect(readFileSync(target).equals(old)).toBe(true);
      expect(readdirSync(dir)).toEqual(["par.csv"]);
    },
  );

  it("a new file that cannot be completed is not created at all", () => {
    const { dir } = folderWithOldFile();
    const target = join(dir, "ny.csv");
    expect(() => writeFileAtomic(target, NEW, diskWithFree(100))).toThrow("no space");
    expect(readdirSync(dir)).toEqual(["par.csv"]);
  });

  it("replaces the whole file, shorter or longer, and keeps its mode", () => {
    const { target } = folderWithOldFile();
    writeFileAtomic(target, NEW);
    expect(readFileSync(target, "utf8")).toBe(NEW);
    writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it("writes everything when the system writes a little at a time", () => {
    const { target } = folderWithOldFile();
    const trickle: AtomicFs = {
      ...NODE_FS,
      writeSync: (fd, buffer, offset, length) =>
        NODE_FS.writeSync(fd, buffer, offset, Math.min(length, 777)),
    };
    writeFileAtomic(target, NEW, trickle);
    expect(readFileSync(target, "utf8")).toBe(NEW);
  });

  it("creates its temporary file exclusively, in the target's folder", () => {
    const { dir, target } = folderWithOldFile();
    const opened: { path: string; flags: string }[] = [];
    const spy: AtomicFs = {
      ...NODE_FS,
      openSync: (path, flags, mode) => {
        opened.push({ path, flags });
        return NODE_FS.openSync(path, flags, mode);
      },
    };
    writeFileAtomic(target, NEW, spy);
    expect(opened[0]?.flags).toBe("wx");
    expect(opened[0]?.path.startsWith(join(dir, ".par.csv.mentorpair-"))).toBe(true);
  });

  it("refuses a symbolic link, leaving the link and the file it points to untouched", () => {
    const { dir, target, old } = folderWithOldFile();
    const link = join(dir, "länk.csv");
    symlinkSync("par.csv", link);
    expect(() => writeFileAtomic(link, NEW)).toThrow(expect.objectContaining({ code: "ESYMLINK" }));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe("par.csv");
    expect(readFileSync(target).equals(old)).toBe(true);
  });

  it("refuses a folder", () => {
    const { dir } = folderWithOldFile();
    expect(() => writeFileAtomic(dir, NEW)).toThrow(expect.objectContaining({ code: "EISDIR" }));
  });

  it("refuses what is not a regular file (renaming over a device would replace it)", () => {
    const { dir } = folderWithOldFile();
    const fake: AtomicFs = {
      ...NODE_FS,
      lstatSync: (path) =>
        path.endsWith("null") ? lstatSync("/dev/null") : NODE_FS.lstatSync(path),
    };
    expect(() => writeFileAtomic(join(dir, "null"), NEW, fake)).toThrow(
      expect.objectContaining({ code: "ENOTFILE" }),
    );
    expect(readdirSync(dir)).toEqual(["par.csv"]);
  });
});

describe("writeFileAtomic in a process killed with SIGKILL part-way", () => {
  // The child writes its first 4 KiB, says so, and waits; it is then killed, so no clean-up
  // code runs: only the order of the steps keeps the target whole.
  function killMidWrite(target: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ["--import", "tsx", join(root, "test", "cli", "killedWriter.ts"), target],
        { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
      );
      let said = "";
      child.stdout.on("data", (b: Buffer) => {
        said += b.toString("utf8");
        if (said.includes("mid-write")) child.kill("SIGKILL");
      });
      child.on("error", reject);
      child.on("close", (_code, signal) =>
        signal === "SIGKILL"
          ? resolve()
          : reject(new Error(`killMidWrite: the child ended by itself (${said})`)),
      );
    });
  }

  it("the target is still the old bytes; only a temporary file is left over", async () => {
    const { dir, target, old } = folderWithOldFile();
    await killMidWrite(target);
    expect(readFileSync(target).equals(old)).toBe(true);
    const left = readdirSync(dir).filter((f) => f !== "par.csv");
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.par\.csv\.mentorpair-[0-9a-f]{16}\.tmp$/u);
    expect(statSync(join(dir, left[0]!)).size).toBe(4096);
  });
});
