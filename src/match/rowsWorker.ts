/**
 * A helper thread's side of a large cohort's first scoring pass (see helpers.ts): for each job,
 * it rebuilds the rows from the plain data it was sent (`streamOfState`), takes blocks of mentor
 * rows from the shared counter until none are left, and posts its part back; a wake sent as a
 * call begins keeps it looking for that call's job (`HelperWake`). It keeps nothing between
 * jobs. Started by helpers.ts as a worker thread; not part of the library's API.
 */
import { PassPart } from "../plan/firstPass.js";
import { streamOfState } from "../plan/sparseRows.js";
import { nodeBuiltin } from "../util/node.js";
import { type HelperAnswer, type HelperJob, type HelperWake, SHARED } from "./helpers.js";

interface Port {
  on(event: "message", listener: (message: HelperJob | HelperWake) => void): void;
  postMessage(message: HelperAnswer): void;
}

const threads = nodeBuiltin<{
  workerData?: { port?: Port };
  receiveMessageOnPort(port: Port): { message: HelperJob | HelperWake } | undefined;
}>("node:worker_threads");
const port = threads?.workerData?.port;
port?.on("message", (message) => handle(message, port));

/** A message from the calling thread: a wake (a call has begun) or a job. */
function handle(message: HelperJob | HelperWake, port: Port): void {
  if ("wake" in message) awake(new Int32Array(message.wake), port);
  else serve(message, port);
}

/**
 * A call has begun (`HelperWake`): naps on its shared words until its job is posted, then takes
 * the job off the port at once; gives up after `WAKE_MS`, or when the call is over without a
 * job (it failed validation, say), and the job, if one comes, then arrives as a message.
 */
function awake(control: Int32Array, port: Port): void {
  const until = performance.now() + SHARED.WAKE_MS;
  while (Atomics.load(control, SHARED.POSTED) === 0) {
    if (Atomics.load(control, SHARED.NEXT) >= SHARED.CLOSED || performance.now() > until) return;
    Atomics.wait(control, SHARED.POSTED, 0, SHARED.WAKE_NAP_MS);
  }
  // The job was posted before the word was set, so it is next on the port (unless it could not
  // be sent; then whatever is next, or nothing).
  const got = threads?.receiveMessageOnPort(port);
  if (got !== undefined) handle(got.message, port);
}

/** One job: take blocks while there are any, then answer (a job closed already is skipped). */
function serve(job: HelperJob, port: Port): void {
  const control = new Int32Array(job.control);
  const owner = new Uint8Array(job.owner);
  const state = SHARED.STATE + job.slot;
  const rows = job.state.shape.rowMentor.length;
  if (Atomics.load(control, SHARED.NEXT) >= rows) return;
  let active = false;
  try {
    const part = new PassPart(streamOfState(job.state), job.k, job.rowK);
    // Said before the first block is taken: the caller then waits for this helper's answer.
    Atomics.store(control, state, SHARED.ACTIVE);
    active = true;
    for (;;) {
      const from = Atomics.add(control, SHARED.NEXT, job.block);
      if (from >= rows) break;
      owner[from / job.block] = 2 + job.slot;
      part.score(from, Math.min(rows, from + job.block));
    }
    const d = part.done();
    // Copied, not transferred: a transferred buffer is detached on this side, and after one
    // detached ArrayBuffer V8 checks every typed-array access of the thread for it: the scorer's
    // row loops at 500 + 500 took 7.7-8.2 ms per pass over the rows instead of 5.5-6.1 (every job
    // after this thread's first; 2026-12-01). The part is about 0.1 MB there.
    port.postMessage({ id: job.id, ...d });
  } catch (error) {
    // Out of memory, say: the caller scores this helper's blocks itself.
    if (active) port.postMessage({ id: job.id, failed: String(error) });
  } finally {
    if (active) {
      Atomics.store(control, state, SHARED.DONE);
      Atomics.notify(control, state);
    }
  }
}
