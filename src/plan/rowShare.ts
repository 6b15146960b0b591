/**
 * The sparse path's first scoring pass, shared between threads: rows are taken in blocks from
 * one shared counter, so a thread that starts late or runs slowly takes fewer blocks, and each
 * thread keeps its own best pairs. Here: what the pass needs of the threads (`RowShare`, which
 * match/helpers.ts makes in Node), what a helper hands back (`RowPart`), and the merge of the
 * parts into the one answer a single thread gives (`mergeParts`). Nothing here starts a thread.
 */
import { heapPut, spanOf } from "./firstPass.js";
import type { RowStream } from "./sparseRows.js";

/**
 * One thread's best-k lists of the first pass: per column (k slots each, the first `colN[c]`
 * used, any order) and the best `rowK` columns of each of its rows.
 *
 * @example
 * const part: RowPart = { colW, colR, colN, keptRow, keptCol, keptW, allowed: 120_000, rows: 64 };
 */
export interface RowPart {
  readonly colW: Float64Array;
  readonly colR: Int32Array;
  readonly colN: Int32Array;
  /** The rows' own best pairs: row, column and combined weight of each. */
  readonly keptRow: Int32Array;
  readonly keptCol: Int32Array;
  readonly keptW: Float64Array;
  /** Allowed pairs in the part's rows. */
  readonly allowed: number;
  /** Rows the part scored. */
  readonly rows: number;
}

/**
 * The rows of the first pass, shared with helper threads (see match/helpers.ts).
 *
 * @example
 * share.start(s, k, rowK);
 * for (let b = share.claim(rows); b >= 0; b = share.claim(rows)) scoreRows(b, Math.min(rows, b + share.block));
 * const { parts, redo } = share.finish(rows);
 */
export interface RowShare {
  /**
   * Hands the helpers the rows to score, keeping per column its best `k` and per row its best
   * `rowK` as the calling thread does (once, before the first claim).
   */
  start(s: RowStream, k: number, rowK: number): void;
  /** Rows per block. */
  readonly block: number;
  /** The first row of the next block for the calling thread, or -1 when every block is taken. */
  claim(rows: number): number;
  /**
   * After the last claim: waits for the helpers' blocks and returns their parts and the first
   * rows of the blocks that a helper took but did not hand back (it failed, or stopped
   * answering), which the calling thread scores itself.
   */
  finish(rows: number): { parts: RowPart[]; redo: number[] };
}

/**
 * Per column the best `k` of all parts' pairs, by weight and then lower row first (the order
 * the single-thread pass keeps): written into the first part's `colW`/`colR`/`colN` (in any
 * order within a column, as a part's own), with `colMin` the weakest kept weight of a full
 * column (-Infinity otherwise). `rows` is above every row index. Equal to one thread's pass
 * over all rows, whatever rows each part scored. Weights must be whole numbers, as the pass's
 * are (a `RangeError` otherwise).
 *
 * @example
 * mergeParts(k, [own, helper], colMin, rows); // own now holds the best k per column of both
 */
export function mergeParts(
  k: number,
  parts: readonly RowPart[],
  colMin: Float64Array,
  rows: number,
): void {
  const into = parts[0]!;
  const cols = into.colN.length;
  // Each kept pair as one number, `w * span + (span - 1 - row)` (as the pass's heaps pack them):
  // a greater key is heavier, or as heavy and from a lower row. Exact for the pass's weights,
  // whole numbers whose keys the pass has checked to stay below 2^53. Per column the parts'
  // keys go through one min-heap of k, as in the pass: a key above its weakest replaces it.
  const span = spanOf(rows);
  const heap = new Float64Array(k);
  for (let c = 0; c < cols; c++) {
    let n = 0;
    for (const part of parts) {
      for (let i = c * k; i < c * k + part.colN[c]!; i++) {
        const key = part.colW[i]! * span + (span - 1 - part.colR[i]!);
        if (!Number.isSafeInteger(key) || !Number.isInteger(part.colW[i]!)) {
          throw new RangeError(
            `mergeParts: weight ${part.colW[i]} does not pack into an exact key`,
          );
        }
        if (n < k || key > heap[0]!) n = heapPut(heap, 0, n, k, key);
      }
    }
    for (let i = 0; i < n; i++) {
      const w = Math.floor(heap[i]! / span);
      into.colW[c * k + i] = w;
      into.colR[c * k + i] = span - 1 - (heap[i]! - w * span);
    }
    into.colN[c] = n;
    colMin[c] = n === k ? Math.floor(heap[0]! / span) : -Infinity;
  }
}
