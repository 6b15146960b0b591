/**
 * The sparse path's first scoring pass, shared between threads: rows are taken in blocks from
 * one shared counter, so a thread that starts late or runs slowly takes fewer blocks, and each
 * thread keeps its own best pairs. Here: what the pass needs of the threads (`RowShare`, which
 * match/helpers.ts makes in Node), what a helper hands back (`RowPart`), and the merge of the
 * parts into the one answer a single thread gives (`mergeParts`). Nothing here starts a thread.
 */
import { spanOf } from "./firstPass.js";
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
 * share.start(s);
 * for (let b = share.claim(rows); b >= 0; b = share.claim(rows)) scoreRows(b, Math.min(rows, b + share.block));
 * const { parts, redo } = share.finish(rows);
 */
export interface RowShare {
  /** Hands the helpers the rows to score (once, before the first claim). */
  start(s: RowStream): void;
  /** Rows per block. */
  readonly block: number;
  /** The `k` and `rowK` the helpers keep: the share is used only by a pass with the same. */
  readonly k: number;
  readonly rowK: number;
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
 * the single-thread pass keeps): written into the first part's `colW`/`colR`/`colN`, with
 * `colMin` the weakest kept weight of a full column (-Infinity otherwise). Equal to one thread's
 * pass over all rows, whatever rows each part scored. Weights must be whole numbers, as the
 * pass's are (a `RangeError` otherwise).
 *
 * @example
 * mergeParts(k, [own, helper], colMin); // own now holds the best k per column of both
 */
export function mergeParts(k: number, parts: readonly RowPart[], colMin: Float64Array): void {
  const into = parts[0]!;
  const cols = into.colN.length;
  // Each kept pair as one number, `w * span + (span - 1 - row)` (as the pass's heaps pack them):
  // a greater key is heavier, or as heavy and from a lower row. Exact for the pass's weights,
  // whole numbers whose keys the pass has checked to stay below 2^53.
  let rows = 1;
  for (const part of parts)
    for (let c = 0; c < cols; c++)
      for (let i = c * k; i < c * k + part.colN[c]!; i++) rows = Math.max(rows, part.colR[i]! + 1);
  const span = spanOf(rows - 1);
  const keys = new Float64Array(parts.length * k);
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
        keys[n++] = key;
      }
    }
    const m = Math.min(k, n);
    const sorted = keys.subarray(0, n).sort();
    for (let i = 0; i < m; i++) {
      const key = sorted[n - 1 - i]!;
      const w = Math.floor(key / span);
      into.colW[c * k + i] = w;
      into.colR[c * k + i] = span - 1 - (key - w * span);
    }
    into.colN[c] = m;
    colMin[c] = m === k ? into.colW[c * k + m - 1]! : -Infinity;
  }
}
