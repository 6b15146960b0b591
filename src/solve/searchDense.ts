import type { FlowState } from "./flowState.js";
import { type Search, settleBatch, startSearch } from "./search.js";

/**
 * Dijkstra over the dense cost matrix, in the manner of compiled dense solvers: every row not
 * yet settled is a candidate (unreachable ones at +Infinity), each newly settled column is read
 * as one contiguous run, and the last of them relaxes the candidates and finds the minimum in
 * the same pass. Same steps and tie-breaking as searchSparse, so both give the same answer.
 *
 * @example
 * if (state.dense !== null) searchDense(state, state.dense, search, source);
 */
export function searchDense(
  state: FlowState,
  dense: Float64Array,
  search: Search,
  source: number,
): void {
  const { rows, u, v, rowTier } = state;
  const { dist, predCol, colDist, doneRows, doneCols, todo, parked, atMin } = search;
  startSearch(state, search, source);
  // Candidates: every row outside the tier region; tier rows wait for level 1 (see searchSparse).
  let todoLen = 0;
  let parkedLen = 0;
  for (let r = 0; r < rows; r++) {
    dist[r] = Number.POSITIVE_INFINITY;
    if (rowTier[r] === 1) parked[parkedLen++] = r;
    else todo[todoLen++] = r;
  }
  let scanned = 0;
  let level = 0;
  for (;;) {
    const nCols = search.nCols;
    // Relax from every newly settled column; the last one's pass also finds the minimum.
    // Unreachable rows stay at +Infinity and never reach `min`, which starts at MAX_VALUE.
    while (scanned < nCols - 1) {
      const c = doneCols[scanned++]!;
      const base = colDist[c]! - u[c]!;
      const off = c * rows;
      for (let k = 0; k < todoLen; k++) {
        const r = todo[k]!;
        const value = base + dense[off + r]! - v[r]!;
        if (value < dist[r]!) {
          dist[r] = value;
          predCol[r] = c;
        }
      }
    }
    let min = Number.MAX_VALUE;
    let nMin = 0;
    if (scanned < nCols) {
      const c = doneCols[scanned++]!;
      const base = colDist[c]! - u[c]!;
      const off = c * rows;
      for (let k = 0; k < todoLen; k++) {
        const r = todo[k]!;
        let d = dist[r]!;
        const value = base + dense[off + r]! - v[r]!;
        if (value < d) {
          d = value;
          dist[r] = value;
          predCol[r] = c;
        }
        if (d < min) {
          min = d;
          atMin[0] = k;
          nMin = 1;
        } else if (d === min) {
          atMin[nMin++] = k;
        }
      }
    } else {
      for (let k = 0; k < todoLen; k++) {
        const d = dist[todo[k]!]!;
        if (d < min) {
          min = d;
          atMin[0] = k;
          nMin = 1;
        } else if (d === min) {
          atMin[nMin++] = k;
        }
      }
    }
    if (nMin === 0) {
      if (level === 1) return;
      // Nothing with room is reachable (see searchSparse): the tier rows join the candidates,
      // at their distance from every column settled so far, taken in settling order.
      level = 1;
      search.levelRows = search.nRows;
      search.levelCols = nCols;
      for (let k = 0; k < parkedLen; k++) {
        const r = parked[k]!;
        let d = Number.POSITIVE_INFINITY;
        for (let j = 0; j < nCols; j++) {
          const c = doneCols[j]!;
          const value = colDist[c]! - u[c]! + dense[c * rows + r]! - v[r]!;
          if (value < d) {
            d = value;
            predCol[r] = c;
          }
        }
        dist[r] = d;
        todo[todoLen++] = r;
      }
      continue;
    }
    if (level === 1 && min >= search.bestEnd) return;
    // Take the rows at the minimum out of the candidates (highest position first, so the
    // positions still to come stay valid).
    const batchStart = search.nRows;
    let nRows = batchStart;
    for (let j = nMin - 1; j >= 0; j--) {
      const k = atMin[j]!;
      doneRows[nRows++] = todo[k]!;
      todo[k] = todo[--todoLen]!;
    }
    search.nRows = nRows;
    const end = settleBatch(state, search, batchStart, min);
    if (end >= 0) {
      search.endRow = end;
      search.endDist = min;
      return;
    }
  }
}
