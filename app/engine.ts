/**
 * The page's side of the engine worker: one request at a time per worker, answered by id, with
 * progress. The worker's code is inlined in the page and started from a Blob URL, which works
 * when the page is opened from disk (file://), where a worker from a file URL may be refused.
 */
import type { Answers, Envelope, Failure, PlanFirst, Reply, Request, Stage } from "./protocol.js";

/** Why a request did not answer: the worker said so, or the request was cancelled. */
export class EngineError extends Error {
  constructor(readonly failure: Failure | { readonly kind: "cancelled" }) {
    super(failure.kind === "error" ? failure.message : failure.kind);
  }
}

/** What a caller hears while a request runs. */
export interface Listeners {
  /** A long request's stage and how far it is (0 to 1). */
  readonly onProgress?: (stage: Stage, fraction: number) => void;
  /** A solve's plan, before its heat map and full reasons. */
  readonly onPlan?: (value: PlanFirst) => void;
  /** Bytes that move to the worker instead of being copied. */
  readonly transfer?: Transferable[];
}

interface Pending extends Listeners {
  resolve(value: unknown): void;
  reject(error: EngineError): void;
}

export class Engine {
  #worker: Worker | undefined;
  #next = 1;
  readonly #pending = new Map<number, Pending>();

  constructor(readonly url: string) {}

  #start(): Worker {
    if (this.#worker !== undefined) return this.#worker;
    const worker = new Worker(this.url, { name: "mentorpair" });
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const pending = this.#pending.get(reply.id);
      if (pending === undefined) return;
      if (reply.type === "progress") {
        pending.onProgress?.(reply.stage, reply.fraction);
        return;
      }
      if (reply.type === "plan") {
        pending.onPlan?.(reply.value);
        return;
      }
      this.#pending.delete(reply.id);
      if (reply.type === "done") pending.resolve(reply.value);
      else pending.reject(new EngineError(reply.failure));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.#stop({ kind: "error", message: event.message || "the engine stopped" });
    };
    this.#worker = worker;
    return worker;
  }

  #stop(failure: Failure | { readonly kind: "cancelled" }): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(new EngineError(failure));
  }

  /** Whether a request is waiting for its answer. */
  get busy(): boolean {
    return this.#pending.size > 0;
  }

  /** Sends a request and resolves with its answer. */
  call<T extends Request>(request: T, listeners: Listeners = {}): Promise<Answers[T["type"]]> {
    const worker = this.#start();
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { ...listeners, resolve: resolve as (v: unknown) => void, reject });
      const envelope: Envelope = { id, request };
      worker.postMessage(envelope, listeners.transfer ?? []);
    });
  }

  /** Stops whatever the worker is doing (its requests reject as cancelled); the next call restarts it. */
  cancel(): void {
    if (this.busy) this.#stop({ kind: "cancelled" });
  }
}
