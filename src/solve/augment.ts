import type { FlowState } from "./flowState.js";
import type { Search } from "./search.js";

/**
 * After a search: moves the duals (settled nodes by how far below the path length D they are,
 * which keeps every residual reduced cost >= 0 and makes the path tight), closes a level-0 set
 * into the tier region when the path ends at a dummy, and augments along the path.
 *
 * @example
 * searchSparse(state, search, source);
 * augment(state, search, source); // source now holds a seat, or another column was pushed out
 */
export function augment(state: FlowState, search: Search, source: number): void {
  const { slotStart, slots, load, slotOf, rowOf, u, v, colTier, rowTier } = state;
  const { predCol, doneRows, doneDist, colDist, doneCols, nRows, nCols, endRow } = search;
  const D = endRow >= 0 ? search.endDist : search.bestEnd;
  if (endRow < 0) {
    // The closed level-0 set joins the tier region: its duals gain (+1, .) and (-1, .).
    for (let k = 0; k < search.levelRows; k++) rowTier[doneRows[k]!] = 1;
    for (let k = 0; k < search.levelCols; k++) colTier[doneCols[k]!] = 1;
  }
  for (let k = 0; k < nRows; k++) {
    const r = doneRows[k]!;
    v[r]! += doneDist[k]! - D;
  }
  for (let k = 0; k < nCols; k++) {
    const c = doneCols[k]!;
    u[c]! += D - colDist[c]!;
  }

  // Augment along the predecessor chain back to the source: each column on the path takes
  // the seat that the next one vacates (or the new seat, or the pushed-out column's seat).
  let r: number;
  let slot: number;
  if (endRow >= 0) {
    r = endRow;
    slot = slotStart[r]! + load[r]!;
    load[r]! += 1;
  } else {
    const out = search.bestCol;
    if (out === source) return;
    r = rowOf[out]!;
    rowOf[out] = -1;
    slot = slotOf[out]!;
  }
  for (;;) {
    const c = predCol[r]!;
    const previous = rowOf[c]!;
    const vacated = slotOf[c]!;
    rowOf[c] = r;
    slots[slot] = c;
    slotOf[c] = slot;
    if (previous < 0) break;
    r = previous;
    slot = vacated;
  }
}
