/**
 * A scorer's row path: each weighted criterion scores a mentor's row once per row class of its
 * adepts (`PairScorer.fillClasses`) into one shared table, and one loop then adds every
 * criterion's value per adept. The criteria's own per-adept loops, one pass each over the
 * row's sums, are gone: at 2,000 + 2,000 the classes are 800 to 1,000 per criterion, and six
 * table reads per adept in one loop cost less than a read and write of the sums per criterion.
 */
import type { PairScorer } from "./context.js";

/**
 * What a row path reads: per weighted criterion in `CRITERIA` order its profiles and weight,
 * and per adept its place in the shared table for each criterion (`at[adept * criteria + i]`,
 * the criterion's offset `start[i]` plus its row class). Plain data a worker thread can be sent.
 *
 * @example
 * const fields: RowPathFields = { rows, weights: [1, 3], at, start: Int32Array.of(0, 8, 40) };
 */
export interface RowPathFields {
  readonly rows: readonly PairScorer[];
  readonly weights: readonly number[];
  readonly at: Int32Array;
  readonly start: Int32Array;
}

/**
 * Per adept its place in the shared table for each of `rows` (see `RowPathFields`): `adeptOf(i,
 * j)` is adept j's index in the list criterion i's profiles were built on (its group's first
 * adept where the criterion groups adepts).
 *
 * @example
 * const { at, start } = rowPlaces(rows, n, (i, j) => j);
 */
export function rowPlaces(
  rows: readonly PairScorer[],
  adepts: number,
  adeptOf: (criterion: number, adept: number) => number,
): { at: Int32Array; start: Int32Array } {
  const k = rows.length;
  const start = new Int32Array(k + 1);
  for (let i = 0; i < k; i++) start[i + 1] = start[i]! + rows[i]!.rowClasses.count;
  const at = new Int32Array(adepts * k);
  for (let i = 0; i < k; i++) {
    const of = rows[i]!.rowClasses.of;
    for (let j = 0; j < adepts; j++) at[j * k + i] = start[i]! + of[adeptOf(i, j)]!;
  }
  return { at, start };
}

/**
 * The row path of `fields`: `fill(mentor, sums)` leaves in `sums[adept]` the weighted
 * criteria's `weight * score` added in order from +0, exactly as adding them criterion by
 * criterion would.
 *
 * @example
 * const path = new RowPath(fields); path.fill(0, sums);
 */
export class RowPath {
  private readonly rows: readonly PairScorer[];
  private readonly weights: Float64Array;
  private readonly at: Int32Array;
  /** Every criterion's row, `weight * score` per row class, one after another. */
  private readonly table: Float64Array;
  private readonly views: Float64Array[];

  constructor(readonly fields: RowPathFields) {
    this.rows = fields.rows;
    this.weights = Float64Array.from(fields.weights);
    this.at = fields.at;
    const k = fields.rows.length;
    this.table = new Float64Array(fields.start[k]!);
    this.views = [];
    for (let i = 0; i < k; i++)
      this.views.push(this.table.subarray(fields.start[i]!, fields.start[i + 1]!));
  }

  /** `mentor`'s row into `sums` (one per adept). */
  fill(mentor: number, sums: Float64Array): void {
    const k = this.rows.length;
    // One call per criterion and row, through a deliberately polymorphic site: each
    // `fillClasses` is then optimised on its own.
    for (let i = 0; i < k; i++) this.rows[i]!.fillClasses(mentor, this.weights[i]!, this.views[i]!);
    const t = this.table;
    const at = this.at;
    const n = sums.length;
    // Added left to right from +0 (`0 + a + b` is `(0 + a) + b`), as criterion by criterion.
    if (k === 6) {
      for (let j = 0, b = 0; j < n; j++, b += 6) {
        sums[j] =
          0 +
          t[at[b]!]! +
          t[at[b + 1]!]! +
          t[at[b + 2]!]! +
          t[at[b + 3]!]! +
          t[at[b + 4]!]! +
          t[at[b + 5]!]!;
      }
      return;
    }
    for (let j = 0, b = 0; j < n; j++) {
      let sum = 0;
      for (let i = 0; i < k; i++) sum = sum + t[at[b++]!]!;
      sums[j] = sum;
    }
  }
}
