import type { FlowState } from "./flowState.js";

/**
 * Greedy start: each column takes its cheapest edge if a row at that cost still has room. With
 * v = 0, u[c] = min cost keeps every reduced cost >= 0 and the matched edge tight; rows stay at
 * v = 0, which is what non-full rows need.
 *
 * @example
 * const state = initialState(rows, cols, capacity, slotLimits(problem), maxW, adjacency);
 * greedyStart(state); // most columns now hold their cheapest row
 */
export function greedyStart(state: FlowState): void {
  const { cols, capacity, colStart, adj, rowSpan, colMin, colNext, colArg } = state;
  const { slotStart, slots, load, slotOf, rowOf, u, gap } = state;
  const inverse = 1 / rowSpan;
  for (let c = 0; c < cols; c++) {
    let r = colArg[c]!;
    if (r < 0) continue;
    const best = colMin[c]!;
    u[c] = best;
    if (load[r]! >= capacity[r]!) {
      // The lowest cheapest row is full: look for another row at the same cost with room.
      r = -1;
      for (let p = colStart[c]!, pe = colStart[c + 1]!; p < pe; p++) {
        const x = adj[p]!;
        const cost = Math.floor(x * inverse);
        if (cost !== best) continue;
        const row = (x - cost * rowSpan) | 0;
        if (load[row]! < capacity[row]!) {
          r = row;
          break;
        }
      }
      if (r < 0) continue;
    }
    const at = slotStart[r]! + load[r]!;
    slots[at] = c;
    slotOf[c] = at;
    load[r]! += 1;
    rowOf[c] = r;
    gap[c] = colNext[c]! - best;
  }
}
