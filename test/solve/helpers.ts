import fc from "fast-check";
import type { AssignmentProblem } from "../../src/solve/assignment.js";
import { mulberry32 } from "../../src/util/random.js";

/** A dense instance: `weights[row][col]`, `null` = forbidden. */
export interface Dense {
  readonly weights: (number | null)[][];
  readonly capacity: number[];
  readonly rows: number;
  readonly cols: number;
}

export interface Objective {
  readonly matched: number;
  readonly weight: number;
}

/**
 * Exhaustive search over every plan (each column: a row with room over an allowed pair, or
 * none); keeps the most matched, then the most weight. Exponential: tiny instances only.
 */
export function bruteForce(d: Dense): Objective {
  const load = new Array<number>(d.rows).fill(0);
  let best: Objective = { matched: 0, weight: 0 };
  const visit = (c: number, matched: number, weight: number): void => {
    if (c === d.cols) {
      if (matched > best.matched || (matched === best.matched && weight > best.weight)) {
        best = { matched, weight };
      }
      return;
    }
    visit(c + 1, matched, weight);
    for (let r = 0; r < d.rows; r++) {
      const w = d.weights[r]![c];
      if (w === null || w === undefined || load[r]! >= d.capacity[r]!) continue;
      load[r]! += 1;
      visit(c + 1, matched + 1, weight + w);
      load[r]! -= 1;
    }
  };
  visit(0, 0, 0);
  return best;
}

/**
 * Exhaustive bottleneck: the largest minimum edge weight over plans matching exactly `target`
 * columns, `-Infinity` for target 0, `null` when no plan matches `target` columns.
 */
export function bruteBottleneck(d: Dense, target: number): number | null {
  const load = new Array<number>(d.rows).fill(0);
  let best: number | null = null;
  const visit = (c: number, matched: number, weakest: number): void => {
    if (c === d.cols) {
      if (matched === target && (best === null || weakest > best)) best = weakest;
      return;
    }
    visit(c + 1, matched, weakest);
    if (matched === target) return;
    for (let r = 0; r < d.rows; r++) {
      const w = d.weights[r]![c];
      if (w === null || w === undefined || load[r]! >= d.capacity[r]!) continue;
      load[r]! += 1;
      visit(c + 1, matched + 1, Math.min(weakest, w));
      load[r]! -= 1;
    }
  };
  visit(0, 0, Number.POSITIVE_INFINITY);
  return target === 0 && best !== null ? Number.NEGATIVE_INFINITY : best;
}

/** Recomputes matched count and total weight of `rowOf` straight from the CSR arrays. */
export function objectiveOf(p: AssignmentProblem, rowOf: Int32Array): Objective {
  let matched = 0;
  let weight = 0;
  for (let c = 0; c < p.cols; c++) {
    const r = rowOf[c]!;
    if (r < 0) continue;
    for (let e = p.rowStart[r]!; e < p.rowStart[r + 1]!; e++) {
      if (p.colIndex[e] === c) {
        matched++;
        weight += p.weight[e]!;
      }
    }
  }
  return { matched, weight };
}

/** Weights: mostly tiny (many ties), sometimes huge (exactness near 1e11), sometimes forbidden. */
const weightArb = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: fc.integer({ min: -3, max: 3 }), weight: 4 },
  { arbitrary: fc.integer({ min: -100, max: 100 }), weight: 2 },
  { arbitrary: fc.integer({ min: -1e11, max: 1e11 }), weight: 1 },
);

/** Dense instances up to `maxRows x maxCols`, built directly at the chosen size (no filtering). */
export function denseArb(maxRows = 6, maxCols = 6, maxCapacity = 3): fc.Arbitrary<Dense> {
  return fc
    .record({
      rows: fc.integer({ min: 0, max: maxRows }),
      cols: fc.integer({ min: 0, max: maxCols }),
    })
    .chain(({ rows, cols }) =>
      fc
        .record({
          weights: fc.array(fc.array(weightArb, { minLength: cols, maxLength: cols }), {
            minLength: rows,
            maxLength: rows,
          }),
          capacity: fc.array(fc.integer({ min: 0, max: maxCapacity }), {
            minLength: rows,
            maxLength: rows,
          }),
        })
        .map(({ weights, capacity }) => ({ weights, capacity, rows, cols: rows === 0 ? 0 : cols })),
    );
}

/** Deterministic PRNG (mulberry32) for the larger randomized cross-checks. */
export const rng = mulberry32;

/** A random dense instance as a matrix, for the cross-checks. */
export function randomDense(
  rows: number,
  cols: number,
  options: {
    density: number;
    maxWeight: number;
    minCapacity: number;
    maxCapacity: number;
    seed: number;
  },
): Dense {
  const rand = rng(options.seed);
  const span = options.maxCapacity - options.minCapacity + 1;
  const capacity = Array.from(
    { length: rows },
    () => options.minCapacity + Math.floor(rand() * span),
  );
  const weights = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () =>
      rand() < options.density ? Math.floor(rand() * (options.maxWeight + 1)) : null,
    ),
  );
  return { weights, capacity, rows, cols };
}

/**
 * Independent oracle: the textbook O(n^2 m) Hungarian algorithm (potentials, one row at a time)
 * on the capacity-expanded dense matrix, adepts as rows, one column per mentor seat plus one
 * "unmatched" column per adept. Forbidden pairs and unmatched columns cost BIG, which exceeds
 * any difference in total weight, so the minimum is "most matched, then most weight" for these
 * small sizes (everything stays far below 2^53).
 */
export function hungarianOracle(d: Dense): Objective {
  const n = d.cols;
  const seats: number[] = [];
  d.capacity.forEach((cap, r) => {
    for (let k = 0; k < Math.min(cap, n); k++) seats.push(r);
  });
  const m = seats.length + n;
  if (n === 0) return { matched: 0, weight: 0 };
  let maxW = 0;
  let minW = 0;
  for (const row of d.weights) {
    for (const w of row) {
      if (w === null) continue;
      maxW = Math.max(maxW, w);
      minW = Math.min(minW, w);
    }
  }
  const big = (maxW - minW + 1) * (n + 1);
  const cost = (i: number, j: number): number => {
    if (j >= seats.length) return big;
    const w = d.weights[seats[j]!]![i];
    return w === null || w === undefined ? big : maxW - w;
  };
  // 1-indexed arrays as in the classic formulation; p[j] = adept on column j (0 = none).
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else {
          minv[j]! -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  let matched = 0;
  let weight = 0;
  for (let j = 1; j <= seats.length; j++) {
    const i = p[j]!;
    if (i === 0) continue;
    const w = d.weights[seats[j - 1]!]![i - 1];
    if (w === null || w === undefined) continue;
    matched++;
    weight += w;
  }
  return { matched, weight };
}
