/**
 * The sparse path's first pass over every allowed pair (sparse.ts): one thread's part of it
 * (`PassPart`, also run by helper threads, match/rowsWorker.ts), keeping per column its best `k`
 * pairs and per row its best `rowK` in small heaps of packed keys, and passing over, before
 * their units are computed, the pairs whose total cannot reach either list (`Scorer.totalBelow`).
 */
import type { Scorer } from "../criteria/scorer.js";
import { FORBIDDEN } from "./buildProblem.js";
import type { RowPart } from "./rowShare.js";
import type { RowStream } from "./sparseRows.js";

/**
 * The best-k lists of the first pass, per column (k slots each) and of the current row (rowK),
 * as min-heaps of packed keys: a pair of combined weight `w` (an integer) from row `r` goes into
 * its column's heap as `w * rowSpan + (rowSpan - 1 - r)`, and into its row's as `w * colSpan +
 * (colSpan - 1 - c)` (spans: powers of two above the rows and the columns). A greater key is a
 * heavier pair, or as heavy and earlier, which is the order the lists keep; one number compared
 * and moved per step instead of two. Keys are exact: |w| < 2^36 and spans <= 2^15 within the
 * schema's 20,000 people per side (checked).
 */
interface TopK {
  readonly k: number;
  readonly colKey: Float64Array;
  readonly colN: Int32Array;
  /** Per column the weakest key kept once it has k, -Infinity before. */
  readonly colMinKey: Float64Array;
  /** Per column a total below which a pair cannot beat `colMinKey` (`Scorer.totalBelow`). */
  readonly colBar: Float64Array;
  readonly rowKey: Float64Array;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/**
 * The least power of two above `n`: the span of a packed key's index part.
 *
 * @example
 * spanOf(500) // 512
 */
export function spanOf(n: number): number {
  let span = 1;
  while (span <= n) span *= 2;
  return span;
}

/** A packed key's weight (see `TopK`). */
function weightOfKey(key: number, span: number): number {
  return Math.floor(key / span);
}

/** A packed key's index: the row of a column's key, the column of a row's. */
function indexOfKey(key: number, span: number): number {
  return span - 1 - (key - Math.floor(key / span) * span);
}

/**
 * Puts `key` into a min-heap of at most `k` keys from `base` holding `n`, the weakest at `base`:
 * appended while there is room, else in place of the weakest (the caller has checked that it is
 * stronger). Returns the new count.
 *
 * @example
 * const keys = new Float64Array(2); let n = heapPut(keys, 0, 0, 2, 5); n = heapPut(keys, 0, n, 2, 3); // keys [3, 5]
 */
export function heapPut(
  keys: Float64Array,
  base: number,
  n: number,
  k: number,
  key: number,
): number {
  let i: number;
  if (n < k) {
    i = n;
    while (i > 0) {
      const up = (i - 1) >> 1;
      const above = keys[base + up]!;
      if (above <= key) break;
      keys[base + i] = above;
      i = up;
    }
    keys[base + i] = key;
    return n + 1;
  }
  i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= k) break;
    let low = left;
    let lowKey = keys[base + left]!;
    if (left + 1 < k && keys[base + left + 1]! < lowKey) {
      low = left + 1;
      lowKey = keys[base + low]!;
    }
    if (lowKey >= key) break;
    keys[base + i] = lowKey;
    i = low;
  }
  keys[base + i] = key;
  return k;
}

/**
 * Row r's allowed pairs into the columns' best k and the row's own best rowK (of two as heavy,
 * the lower row or column: the packed key says so), each a small heap with its weakest first. Typed arrays only, so that this
 * loop stays monomorphic: it runs once per pair, and most pairs cost two comparisons.
 */
function keepBest(
  codes: Uint8Array,
  scorer: Scorer,
  adeptOf: Int32Array,
  v: number,
  r: number,
  top: TopK,
): { allowed: number; kept: number } {
  // A local copy: an imported binding can compile to a getter call per pair (tsx does).
  const forbidden = FORBIDDEN;
  const { k, colKey, colN, colMinKey, colBar, rowKey, rowSpan, colSpan } = top;
  const rk = rowKey.length;
  const rowLow = rowSpan - 1 - r;
  const colTop = colSpan - 1;
  // Most pairs reach neither their column's list nor the row's once these are full: a pair
  // whose total is below both bars (`Scorer.totalBelow`) has fewer units than either list's
  // weakest, so a lower combined weight too (broken soft rules only lower it), and is passed
  // over before its units are computed.
  const totals = scorer.rowTotals() ?? EMPTY_TOTALS;
  const barred = totals.length > 0;
  let allowed = 0;
  let rn = 0;
  let rowMin = -Infinity;
  let rowBar = -Infinity;
  const cols = codes.length;
  for (let c = 0; c < cols; c++) {
    const code = codes[c]!;
    if (code === forbidden) continue;
    allowed++;
    const a = adeptOf[c]!;
    if (barred) {
      const t = totals[a]!;
      if (t < colBar[c]! && t < rowBar) continue;
    }
    const w = scorer.unitsOf(a) - v * code;
    const key = w * rowSpan + rowLow;
    if (key > colMinKey[c]!) {
      const n = heapPut(colKey, c * k, colN[c]!, k, key);
      colN[c] = n;
      if (n === k) {
        const least = colKey[c * k]!;
        colMinKey[c] = least;
        colBar[c] = scorer.totalBelow(weightOfKey(least, rowSpan));
      }
    }
    const own = w * colSpan + (colTop - c);
    if (own > rowMin) {
      rn = heapPut(rowKey, 0, rn, rk, own);
      if (rn === rk) {
        rowMin = rowKey[0]!;
        rowBar = scorer.totalBelow(weightOfKey(rowMin, colSpan));
      }
    }
  }
  return { allowed, kept: rn };
}

const EMPTY_TOTALS = new Float64Array(0);

/** An empty `TopK` for `rows` rows and `cols` columns, keeping `rowK` per row. */
function topK(k: number, rows: number, cols: number, rowK: number, v: number): TopK {
  const rowSpan = spanOf(rows);
  const colSpan = spanOf(cols);
  // The heaviest |w| is 3 soft rules broken (3v); keys must stay integers below 2^53.
  if ((4 * v + 1) * Math.max(rowSpan, colSpan) >= 2 ** 53) {
    throw new RangeError(`sparse pass: ${rows} x ${cols} is beyond the packed keys' range`);
  }
  return {
    k,
    colKey: new Float64Array(cols * k),
    colN: new Int32Array(cols),
    colMinKey: new Float64Array(cols).fill(-Infinity),
    colBar: new Float64Array(cols).fill(-Infinity),
    rowKey: new Float64Array(rowK),
    rowSpan,
    colSpan,
  };
}

/**
 * One thread's part of the first pass (see plan/rowShare.ts): its column lists, its rows' own
 * best pairs and its count of allowed pairs. Rows may come in any order (a tie is decided by
 * the packed key's row, not by which came first), so blocks scored again after a helper failed
 * give the same lists.
 *
 * @example
 * const part = new PassPart(s, 24, 12); part.score(0, 100); part.done();
 */
export class PassPart {
  readonly top: TopK;
  /** The rows' own best pairs (at most `rowK` per row): row, column and weight, `n` so far. */
  private readonly row: Int32Array;
  private readonly col: Int32Array;
  private readonly w: Float64Array;
  private n = 0;
  private allowed = 0;
  private rows = 0;

  constructor(
    private readonly s: RowStream,
    k: number,
    rowK: number,
  ) {
    this.top = topK(k, s.shape.rowMentor.length, s.shape.colAdept.length, rowK, s.v);
    const most = rowK * s.shape.rowMentor.length;
    this.row = new Int32Array(most);
    this.col = new Int32Array(most);
    this.w = new Float64Array(most);
  }

  /** Scores rows `from..to - 1`, each row once (blocks in any order: see the class). */
  score(from: number, to: number, tick: (done: number) => void = () => {}): void {
    const { s, top } = this;
    this.rows += to - from;
    for (let r = from; r < to; r++) {
      tick(r);
      if (!s.begin(r)) continue;
      const rn = keepBest(s.codes, s.p.scorer, s.shape.adeptOf, s.v, r, top);
      this.allowed += rn.allowed;
      for (let i = 0; i < rn.kept; i++) {
        const key = top.rowKey[i]!;
        this.row[this.n] = r;
        this.col[this.n] = indexOfKey(key, top.colSpan);
        this.w[this.n++] = weightOfKey(key, top.colSpan);
      }
    }
  }

  /** The part as plain arrays (to merge, or to hand to another thread). */
  done(): RowPart {
    const { k, colKey, colN, rowSpan } = this.top;
    const colW = new Float64Array(colKey.length);
    const colR = new Int32Array(colKey.length);
    for (let c = 0; c < colN.length; c++) {
      for (let i = c * k; i < c * k + colN[c]!; i++) {
        colW[i] = weightOfKey(colKey[i]!, rowSpan);
        colR[i] = indexOfKey(colKey[i]!, rowSpan);
      }
    }
    return {
      colW,
      colR,
      colN,
      keptRow: this.row.slice(0, this.n),
      keptCol: this.col.slice(0, this.n),
      keptW: this.w.slice(0, this.n),
      allowed: this.allowed,
      rows: this.rows,
    };
  }
}
