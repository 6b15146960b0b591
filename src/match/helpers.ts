/**
 * Helper threads for a large cohort's first scoring pass (plan/rowShare.ts), where the runtime
 * gives worker threads (Node, looked up through util/node.ts, never imported). `match` is
 * synchronous, so the threads meet in shared memory: a counter hands out blocks of mentor rows,
 * a state word per helper says whether it took any, and the calling thread waits with
 * `Atomics.wait` only for blocks a helper took. A helper's answer comes back over a message port
 * read synchronously (`receiveMessageOnPort`).
 *
 * A helper is sent what the pass reads, as plain data (`streamState`: the interned people and
 * rules and the scorer's profiles), and scores rows from it exactly as the calling thread does,
 * so the plan does not depend on how many threads took part, only how soon it comes. A helper
 * that fails or stops answering has its blocks scored by the calling thread. Helpers stay alive
 * between calls (they never keep a process running) and hold nothing between jobs.
 */
import { threadCountValid } from "../options/resolve.js";
import type { RowPart, RowShare } from "../plan/rowShare.js";
import { NATIONAL_SCALE, sparseOptions } from "../plan/sparse.js";
import { type RowStream, type StreamState, streamState } from "../plan/sparseRows.js";
import { MAX_PEOPLE_PER_SIDE } from "../schema/cohort.js";
import type { MatchOptions } from "../types.js";
import { nodeBuiltin } from "../util/node.js";

/** Mentor rows per block: small enough that no thread waits long for the last one. */
const BLOCK = 8;
/** The shared words: the next unclaimed row, whether the job is posted, one state per helper. */
const NEXT = 0;
/** Set once the job is posted: a helper woken early (`HelperWake`) stops waiting for it then. */
const POSTED = 1;
const STATE = 2;
/** The counter's value once the pass is over (or never ran): no block is left to take. */
const CLOSED = 0x40000000;
/**
 * How long a helper woken as a call begins (`HelperWake`) keeps looking for its job: the
 * calling thread's validation (about 5 ms at 500 + 500, 20-30 at 2,000 + 2,000). Past it (a
 * national cohort's validation takes longer, and a late start costs it little) the helper
 * sleeps and the job wakes it, as without the wake.
 */
const WAKE_MS = 40;
/**
 * The helper's naps meanwhile (ms): short sleeps on the shared word, not a spin (a spin slowed
 * the calling thread's validation by up to 4 ms: the two threads share the machine's cores).
 */
const WAKE_NAP_MS = 1;
const IDLE = 0;
const ACTIVE = 1;
const DONE = 2;
/**
 * The fewest pairs (mentors x adepts) for which helpers are asked: those of the sparse path,
 * whose first pass they share. Measured interleaved in one process on two cores, one thread
 * against one helper (2026-11-30): 0.81x at 500 + 500, 0.87x at 400 + 400, 0.89x at 700 + 700,
 * 0.97x at 500 adepts and 250 places (the threads' column lists merged as packed keys,
 * `mergeParts`).
 */
const MIN_PAIRS = NATIONAL_SCALE.minPairs;
/** How long the caller waits for a helper's last blocks before scoring them itself. */
const PATIENCE_MS = 5_000;

/** A job for a helper: the rows to score, the shared words and the helper's slot in them. */
export interface HelperJob {
  readonly id: number;
  readonly state: StreamState;
  readonly k: number;
  readonly rowK: number;
  readonly block: number;
  readonly slot: number;
  readonly control: SharedArrayBuffer;
  readonly owner: SharedArrayBuffer;
}

/**
 * Sent to each helper as a call begins, before the cohort is validated: the helper keeps
 * looking for this call's job (naps of `WAKE_NAP_MS` on the shared words, for at most
 * `WAKE_MS`) and takes it off its port as soon as it is posted. A helper woken only by the job
 * started 0.5-6 ms after it was posted once the machine had sat idle for 100 ms, and scored
 * its rows more slowly: at 500 + 500, after such a pause, match took 23.3-24.8 ms without the
 * wake and 20.7-22.7 ms with it (medians of 41 calls alternated with and without, in each of
 * six processes, 2026-12-01, bench/one.ts's protocol: a 100 ms pause, scipy, then match). Naps
 * of 0.25 to 2 ms gave the same.
 */
export interface HelperWake {
  readonly wake: SharedArrayBuffer;
}

/** What a helper hands back: its part, or why it has none. */
export type HelperAnswer =
  | ({ readonly id: number } & RowPart)
  | { readonly id: number; readonly failed: string };

/** The shared words' layout and the wake's timing, for the helper's side (rowsWorker.ts). */
export const SHARED = { NEXT, POSTED, STATE, ACTIVE, DONE, CLOSED, WAKE_MS, WAKE_NAP_MS } as const;

interface Port {
  postMessage(message: unknown, transfer?: readonly unknown[]): void;
  unref(): void;
}
interface ThreadWorker {
  unref(): void;
  terminate(): unknown;
  on(event: "error" | "exit", listener: () => void): void;
}
interface WorkerThreads {
  Worker: new (
    script: string | URL,
    options: { eval?: boolean; workerData: unknown; transferList: unknown[] },
  ) => ThreadWorker;
  MessageChannel: new () => { port1: Port; port2: Port };
  receiveMessageOnPort(port: Port): { message: unknown } | undefined;
}
interface Helper {
  readonly worker: ThreadWorker;
  readonly port: Port;
  /** It failed, exited or was let go: no answer will come, so none is waited for. */
  dead: boolean;
}

/** The helpers made so far; null once one failed (then none are made again). */
let pool: Helper[] | null = [];
let jobs = 0;
/**
 * Answers read off a helper's port for another job still waiting for them: a `match` run from
 * inside another (an `onProgress` that matches) reads its own helper's port, where the outer
 * call's answer may already be. Answers of jobs no one waits for any more are dropped.
 */
const waiting = new Set<number>();
const mailboxes = new Map<Port, Map<number, HelperAnswer>>();

/** The helper's script beside this module: its TypeScript source under tsx or vitest. */
function helperScript(): { script: string | URL; eval: boolean } | null {
  const here: unknown = import.meta.url;
  if (typeof here !== "string" || !here.startsWith("file:")) return null;
  if (!here.endsWith(".ts")) return { script: new URL("./rowsWorker.js", here), eval: false };
  // From source (tests, the bench): tsx compiles the helper as it compiles the caller.
  const url = JSON.stringify(new URL("./rowsWorker.ts", here).href);
  return {
    script: `import("tsx/esm/api").then((t) => { t.register(); return import(${url}); });`,
    eval: true,
  };
}

/** `count` helpers, made on first use; null where none can be made. */
function team(threads: WorkerThreads, count: number): Helper[] | null {
  if (pool === null) return null;
  const script = helperScript();
  if (script === null) return null;
  while (pool.length < count) {
    const { port1, port2 } = new threads.MessageChannel();
    const worker = new threads.Worker(script.script, {
      eval: script.eval,
      workerData: { port: port2 },
      transferList: [port2],
    });
    // A helper never keeps the process alive; after one fails, none is asked again.
    worker.unref();
    port1.unref();
    const helper: Helper = { worker, port: port1, dead: false };
    const stop = () => {
      pool = null;
      helper.dead = true;
    };
    worker.on("error", stop);
    worker.on("exit", stop);
    pool.push(helper);
  }
  return pool.slice(0, count);
}

/** How many threads `options.threads` asks for, or the default (2 with two cores or more). */
function threadCount(options: MatchOptions | undefined): number {
  const asked = options?.threads;
  // A count out of range is refused by `resolveOptions` right after: start no helper for it.
  if (asked !== undefined) return threadCountValid(asked) ? asked : 1;
  const os = nodeBuiltin<{ availableParallelism?(): number }>("node:os");
  return (os?.availableParallelism?.() ?? 1) >= 2 ? 2 : 1;
}

/** The people on one side, when the input has a plausible list of them. */
function sideLength(input: object, side: "mentors" | "adepts"): number {
  const list = (input as Record<string, unknown>)[side];
  return Array.isArray(list) && list.length <= MAX_PEOPLE_PER_SIDE ? list.length : 0;
}

/**
 * Helpers for `match` on `input`, or null where they would not help or cannot run: fewer than
 * `minPairs` pairs (default `MIN_PAIRS`), options that rule the sparse path out, one thread
 * asked for, or no worker threads in this runtime.
 * Made before the cohort is prepared, so that a first call's helpers start up meanwhile. Never
 * throws: without helpers `match` does it all.
 *
 * @example
 * const helpers = startHelpers(cohort, options); // then optimalPlan(p, NATIONAL_SCALE, report, helpers)
 */
export function startHelpers(
  input: unknown,
  options: MatchOptions | undefined,
  minPairs = MIN_PAIRS,
): Helpers | null {
  try {
    if (typeof input !== "object" || input === null || !sparseOptions(options ?? {})) return null;
    if (sideLength(input, "mentors") * sideLength(input, "adepts") < minPairs) return null;
    const count = threadCount(options) - 1;
    if (count < 1 || typeof SharedArrayBuffer !== "function") return null;
    const threads = nodeBuiltin<WorkerThreads>("node:worker_threads");
    const helpers = threads === null ? null : team(threads, count);
    return helpers === null ? null : new Helpers(threads!, helpers);
  } catch {
    return null;
  }
}

/** One `match` call's helpers: the `RowShare` its first scoring pass takes rows from. */
export class Helpers implements RowShare {
  readonly block = BLOCK;
  private readonly id = ++jobs;
  private readonly control: Int32Array<SharedArrayBuffer>;
  private owner: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
  /**
   * Work of the calling thread that needs the prepared cohort but not the plan (the input
   * hash), done once the helpers have their job: meanwhile they take the first blocks.
   */
  meanwhile: (() => void) | null = null;

  constructor(
    private readonly threads: WorkerThreads,
    private readonly team: readonly Helper[],
  ) {
    this.control = new Int32Array(new SharedArrayBuffer(4 * (STATE + team.length)));
    const wake: HelperWake = { wake: this.control.buffer };
    for (const h of team) {
      try {
        h.port.postMessage(wake);
      } catch {
        // Not woken early: the job wakes it.
      }
    }
  }

  start(s: RowStream, k: number, rowK: number): void {
    waiting.add(this.id);
    const rows = s.shape.rowMentor.length;
    this.owner = new Uint8Array(new SharedArrayBuffer(Math.max(1, Math.ceil(rows / BLOCK))));
    let state: StreamState | null = null;
    try {
      state = streamState(s);
    } catch {
      // A scorer this file does not know: the calling thread scores every row.
    }
    if (state === null) return;
    this.team.forEach((h, slot) => {
      const job: HelperJob = {
        id: this.id,
        state: state!,
        k,
        rowK,
        block: BLOCK,
        slot,
        control: this.control.buffer,
        owner: this.owner.buffer as unknown as SharedArrayBuffer,
      };
      try {
        h.port.postMessage(job);
      } catch {
        // Not sent (data a thread cannot be handed): this helper takes no block.
      }
    });
    // No notify: a napping helper sees it within a nap, and a notify cost the calling thread more.
    Atomics.store(this.control, POSTED, 1);
    this.meanwhile?.();
  }

  claim(rows: number): number {
    const from = Atomics.add(this.control, NEXT, BLOCK);
    if (from >= rows) return -1;
    this.owner[from / BLOCK] = 1;
    return from;
  }

  finish(rows: number): { parts: RowPart[]; redo: number[] } {
    Atomics.store(this.control, NEXT, CLOSED);
    const taken = new Set<number>([1]);
    const parts: RowPart[] = [];
    this.team.forEach((h, slot) => {
      // A helper that took no block by now takes none: the counter is past the last row.
      if (Atomics.load(this.control, STATE + slot) === IDLE) return;
      const answer = this.answer(h, slot);
      if (answer === null || "failed" in answer) return;
      parts.push(answer);
      taken.add(2 + slot);
    });
    this.release();
    const redo: number[] = [];
    for (let b = 0; b * BLOCK < rows; b++) if (!taken.has(this.owner[b]!)) redo.push(b * BLOCK);
    return { parts, redo };
  }

  /** Tells the helpers that no more rows are to be had (also when the pass never ran). */
  close(): void {
    Atomics.store(this.control, NEXT, CLOSED);
    this.release();
  }

  /** This job waits for no answer any more: what came or comes for it is dropped. */
  private release(): void {
    waiting.delete(this.id);
    for (const box of mailboxes.values()) box.delete(this.id);
  }

  /** The helper's answer to this job once it is done, or null when it does not come in time. */
  private answer(h: Helper, slot: number): HelperAnswer | null {
    const start = performance.now();
    while (Atomics.load(this.control, STATE + slot) !== DONE) {
      // A helper that is gone never says it is done: its blocks are scored here, at once.
      if (h.dead) return null;
      if (performance.now() - start > PATIENCE_MS) return this.giveUp();
      Atomics.wait(this.control, STATE + slot, ACTIVE, 50);
    }
    // The helper posts its answer before it says it is done. A match run inside this one (from
    // `onProgress`) may have read it already and kept it here; another waiting job's answer is
    // kept for that job, and any other is dropped.
    let box = mailboxes.get(h.port);
    if (box === undefined) {
      box = new Map();
      mailboxes.set(h.port, box);
    }
    const early = box.get(this.id);
    if (early !== undefined) return early;
    while (performance.now() - start <= PATIENCE_MS) {
      const got = this.threads.receiveMessageOnPort(h.port);
      if (got === undefined) {
        if (h.dead) return null;
        Atomics.wait(this.control, STATE + slot, DONE, 1);
        continue;
      }
      const answer = got.message as HelperAnswer;
      if (answer.id === this.id) return answer;
      if (waiting.has(answer.id)) box.set(answer.id, answer);
    }
    return this.giveUp();
  }

  /**
   * A helper that stopped answering is let go, and no helper is asked again while this program
   * runs: every one is stopped, and this job waits for none of the others either.
   */
  private giveUp(): null {
    const helpers = new Set([...(pool ?? []), ...this.team]);
    pool = null;
    for (const h of helpers) {
      h.dead = true;
      h.worker.terminate();
    }
    return null;
  }
}
