import { randomBytes } from "node:crypto";
import * as nodeFs from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * The file system calls `writeFileAtomic` makes. Tests pass a copy of `NODE_FS` with one call
 * replaced by one that fails, to check that a failure at any step leaves the target as it was.
 */
export interface AtomicFs {
  readonly lstatSync: (path: string) => nodeFs.Stats;
  readonly openSync: (path: string, flags: string, mode?: number) => number;
  readonly writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  readonly fchmodSync: (fd: number, mode: number) => void;
  readonly fchownSync: (fd: number, uid: number, gid: number) => void;
  readonly fsyncSync: (fd: number) => void;
  readonly closeSync: (fd: number) => void;
  readonly renameSync: (from: string, to: string) => void;
  readonly unlinkSync: (path: string) => void;
}

/**
 * Node's own `fs`, as `writeFileAtomic` uses it.
 *
 * @example
 * writeFileAtomic("par.csv", "a,b\n", { ...NODE_FS, renameSync: failingRename });
 */
export const NODE_FS: AtomicFs = nodeFs;

/** Mode of a new file (before the umask), as for a file a text editor saves. */
const NEW_FILE_MODE = 0o644;
/** Names over 255 bytes fail on most file systems; the temporary name adds about 30. */
const TEMP_BASE_MAX = 100;

/**
 * The name of a temporary file beside `path`: hidden, unique, and saying who left it there if
 * the process is killed before it can remove it.
 *
 * @example
 * tempPathFor("ut/par.csv") // "ut/.par.csv.mentorpair-3f9a0c1e2b7d4a65.tmp"
 */
export function tempPathFor(path: string): string {
  const base = basename(path).slice(0, TEMP_BASE_MAX);
  return join(dirname(path), `.${base}.mentorpair-${randomBytes(8).toString("hex")}.tmp`);
}

/** An error with a system-style `code`, as Node's own file errors have. */
function codedError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/**
 * Replaces the file at `path` with `data` as a whole, or leaves it as it was: the bytes go to a
 * new temporary file in the same folder (created exclusively, so nothing else is overwritten),
 * which is flushed to disk and then renamed over `path`. A crash, a kill or a full disk
 * part-way leaves the previous file untouched (and at worst the temporary file). The new file
 * keeps the old one's mode (and owner, where allowed); a new file gets 0o644 less the umask.
 *
 * Never writes through a link: a symbolic link at `path` fails with code `ESYMLINK`, and a
 * device, pipe or socket with code `ENOTFILE` (renaming over `/dev/null` would replace it).
 * Other failures throw Node's own error (`ENOSPC`, `EACCES`, `ENOENT`, ...), after removing
 * the temporary file.
 *
 * @example
 * writeFileAtomic("par.csv", "mentor,adept\nM01,A05\n");
 */
export function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  fs: AtomicFs = NODE_FS,
): void {
  let previous: nodeFs.Stats | undefined;
  try {
    previous = fs.lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  if (previous?.isSymbolicLink()) {
    throw codedError("ESYMLINK", `writeFileAtomic: ${path} is a symbolic link`);
  }
  if (previous?.isDirectory()) throw codedError("EISDIR", `writeFileAtomic: ${path} is a folder`);
  if (previous !== undefined && !previous.isFile()) {
    throw codedError("ENOTFILE", `writeFileAtomic: ${path} is not a regular file`);
  }
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const temp = tempPathFor(path);
  const fd = fs.openSync(temp, "wx", NEW_FILE_MODE);
  let open = true;
  try {
    if (previous !== undefined) {
      // The umask applied to the new file; the old file's mode is what the user chose.
      fs.fchmodSync(fd, previous.mode & 0o777);
      try {
        fs.fchownSync(fd, previous.uid, previous.gid);
      } catch {
        // Only the owner's administrator may give a file away; the content matters more.
      }
    }
    for (let done = 0; done < bytes.length; ) {
      done += fs.writeSync(fd, bytes, done, bytes.length - done);
    }
    fs.fsyncSync(fd);
    open = false;
    fs.closeSync(fd);
    fs.renameSync(temp, path);
  } catch (error) {
    if (open) {
      try {
        fs.closeSync(fd);
      } catch {
        // The write already failed; that error is the one to report.
      }
    }
    try {
      fs.unlinkSync(temp);
    } catch {
      // Nothing more can be done; the previous file is untouched either way.
    }
    throw error;
  }
  syncFolder(dirname(path), fs);
}

/** Flushes the rename to disk, where the system allows a folder to be synced (not Windows). */
function syncFolder(folder: string, fs: AtomicFs): void {
  try {
    const fd = fs.openSync(folder, "r");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // The file is complete and in place; only its survival of a power cut is less certain.
  }
}
