import type { FlowState } from "./flowState.js";
import { type Search, settleBatch, startSearch } from "./search.js";

/**
 * Dijkstra over the column-major sparse adjacency: the frontier holds only rows reached so far
 * (stamped with the search's epoch, so nothing is cleared between searches), and each step scans
 * it for the minimum.
 *
 * @example
 * searchSparse(state, search, source);
 * search.endRow // the row with room the path ends at, or -1: push bestCol out
 */
export function searchSparse(state: FlowState, search: Search, source: number): void {
  const { colStart, adj, rowSpan, u, v, rowTier } = state;
  const { dist, predCol, rowSeen, colDist, doneRows, doneCols, todo, parked } = search;
  const inverse = 1 / rowSpan;
  const epoch = ++search.epoch;
  startSearch(state, search, source);
  let todoLen = 0;
  let parkedLen = 0;
  let scanned = 0;
  let level = 0;
  for (;;) {
    // Scan every settled column not yet scanned: the source, or those held by the rows just
    // settled (reverse arcs of matched edges are tight, so they share the row's distance).
    while (scanned < search.nCols) {
      const c = doneCols[scanned++]!;
      const base = colDist[c]! - u[c]!;
      for (let p = colStart[c]!, pe = colStart[c + 1]!; p < pe; p++) {
        // Unpack: both steps are exact (power-of-two scaling, integers below 2^53).
        const x = adj[p]!;
        const cost = Math.floor(x * inverse);
        const r = (x - cost * rowSpan) | 0;
        // Settled rows hold dist = -Infinity, so they never improve: no separate check.
        const value = base + cost - v[r]!;
        if (rowSeen[r] !== epoch) {
          rowSeen[r] = epoch;
          dist[r] = value;
          predCol[r] = c;
          // Level 0 parks tier rows: reaching them costs (1, .), worse than any (0, .) path.
          if (level === 0 && rowTier[r] === 1) parked[parkedLen++] = r;
          else todo[todoLen++] = r;
        } else if (value < dist[r]!) {
          dist[r] = value;
          predCol[r] = c;
        }
      }
    }
    if (todoLen === 0) {
      if (level === 1) return;
      // Nothing with room is reachable: everything reached is closed. Go on into the tier
      // region from the parked rows; only dummy endings remain.
      level = 1;
      search.levelRows = search.nRows;
      search.levelCols = search.nCols;
      todo.set(parked.subarray(0, parkedLen));
      todoLen = parkedLen;
      if (todoLen === 0) return;
    }
    // O(frontier) scan for the minimum; all rows at it are settled together.
    let min = dist[todo[0]!]!;
    for (let k = 1; k < todoLen; k++) {
      const d = dist[todo[k]!]!;
      if (d < min) min = d;
    }
    if (level === 1 && min >= search.bestEnd) return;
    const batchStart = search.nRows;
    let nRows = batchStart;
    for (let k = todoLen - 1; k >= 0; k--) {
      const r = todo[k]!;
      if (dist[r] !== min) continue;
      todo[k] = todo[--todoLen]!;
      doneRows[nRows++] = r;
      dist[r] = Number.NEGATIVE_INFINITY;
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
