/**
 * Run by atomicWrite.test.ts as a process: writes 1 MiB to the file named on the command line
 * with `writeFileAtomic`, prints "mid-write" after the first 4 KiB and then waits (for the
 * test to kill it with SIGKILL).
 */
import { NODE_FS, writeFileAtomic } from "../../src/cli/atomicWrite.js";

const target = process.argv[2];
if (target === undefined) throw new Error("killedWriter: give the file to write");
const pause = new Int32Array(new SharedArrayBuffer(4));
let first = true;
writeFileAtomic(target, new Uint8Array(1024 * 1024).fill(0x6e), {
  ...NODE_FS,
  writeSync: (fd, buffer, offset, length) => {
    const n = NODE_FS.writeSync(fd, buffer, offset, Math.min(length, 4096));
    if (first) {
      first = false;
      process.stdout.write("mid-write\n");
      Atomics.wait(pause, 0, 0, 30_000);
    }
    return n;
  },
});
