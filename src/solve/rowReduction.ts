import type { FlowState } from "./flowState.js";

/**
 * Jonker-Volgenant "augmenting row reduction", extended to capacities: a free column c takes its
 * cheapest row r1 (on a tie with a full r1, the second cheapest r2, as JV does). If that row has
 * room, c takes a seat. If it is full, c evicts the held column with the least slack, and the
 * row's potential drops by delta = c's gap to its second cheapest option (u2 - u1), capped by
 * the slack of every other column the row keeps; those columns' potentials rise by delta, so
 * they stay tight and, delta being within their slack, feasible. With capacity 1 this is JV's
 * price rise exactly. "Slack" is the lower bound kept in `gap`: a column's gap to its second
 * cheapest row when placed, less what it has risen since (row potentials only fall here, so its
 * true slack never drops below that). Lowering a row potential only raises reduced costs, so dual
 * feasibility and tight matched edges hold throughout, and non-full rows keep v = 0. The evicted
 * column is treated next. Whatever is still free when the passes stop (or the step budget runs
 * out) goes to the shortest-path phase; on the benchmark's cohorts that is almost nothing.
 *
 * @example
 * greedyStart(state);
 * reduceAugment(state, spread * (cols + 1)); // potentials stay within this bound
 */
export function reduceAugment(state: FlowState, potentialLimit: number): void {
  const { cols, capacity, colStart, adj, rowSpan, colArg } = state;
  const { slotStart, slots, load, slotOf, rowOf, u, v, gap } = state;
  const inverse = 1 / rowSpan;
  // Passes over the free columns, as in Jonker-Volgenant. Within a pass an evicted column after
  // a strict price rise is treated at once; one evicted at a tie waits for the next pass. Passes
  // stop when one frees no fewer columns than it started with (ties can ping-pong forever) or
  // when the step budget is spent; whatever is left goes to the shortest-path phase.
  let list = new Int32Array(cols);
  let listLen = 0;
  for (let c = 0; c < cols; c++) {
    if (rowOf[c] === -1 && colArg[c]! >= 0) list[listLen++] = c;
  }
  let nextList = new Int32Array(cols);
  let budget = 16 * cols;
  while (listLen > 0 && budget > 0) {
    let nextLen = 0;
    let dropped = 0;
    for (let k = 0; k < listLen && budget > 0; k++) {
      let c = list[k]!;
      while (c >= 0 && budget-- > 0) {
        const current = c;
        c = -1;
        // Cheapest and second cheapest reduced cost (rows ascending: ties keep the lowest row).
        let u1 = Number.POSITIVE_INFINITY;
        let u2 = Number.POSITIVE_INFINITY;
        let r1 = -1;
        let r2 = -1;
        for (let p = colStart[current]!, pe = colStart[current + 1]!; p < pe; p++) {
          const x = adj[p]!;
          const cost = Math.floor(x * inverse);
          const r = (x - cost * rowSpan) | 0;
          const h = cost - v[r]!;
          if (h < u2) {
            if (h < u1) {
              u2 = u1;
              r2 = r1;
              u1 = h;
              r1 = r;
            } else {
              u2 = h;
              r2 = r;
            }
          }
        }
        // Take the cheapest row, or on a tie with a full cheapest row the second (as JV does).
        let target = r1;
        let slack = u2 - u1;
        if (load[r1]! >= capacity[r1]! && u1 === u2 && r2 >= 0) {
          target = r2;
          slack = 0;
        }
        let lower = 0;
        let at: number;
        let evicted = -1;
        if (load[target]! < capacity[target]!) {
          at = slotStart[target]! + load[target]!;
          load[target]! += 1;
        } else {
          // Full: evict the held column with the least slack, and lower the row by as much as
          // the newcomer and every other held column can absorb (those rise by the same, so
          // they stay tight). With capacity 1 this is JV's price rise u2 - u1.
          const s0 = slotStart[target]!;
          const s1 = s0 + load[target]!;
          if (s0 === s1) {
            dropped++;
            continue;
          }
          at = s0;
          for (let s = s0 + 1; s < s1; s++) if (gap[slots[s]!]! < gap[slots[at]!]!) at = s;
          lower = slack === Number.POSITIVE_INFINITY ? 0 : slack;
          for (let s = s0; s < s1; s++) if (s !== at) lower = Math.min(lower, gap[slots[s]!]!);
          if (v[target]! - lower < -potentialLimit) {
            dropped++;
            continue;
          }
          if (lower > 0) {
            for (let s = s0; s < s1; s++) {
              if (s === at) continue;
              const held = slots[s]!;
              u[held]! += lower;
              gap[held]! -= lower;
            }
            v[target]! -= lower;
          }
          evicted = slots[at]!;
          rowOf[evicted] = -1;
        }
        u[current] = (target === r1 ? u1 : u2) + lower;
        gap[current] = slack - lower;
        slots[at] = current;
        slotOf[current] = at;
        rowOf[current] = target;
        if (evicted < 0) continue;
        if (lower > 0) c = evicted;
        else nextList[nextLen++] = evicted;
      }
      // A column cut off by the budget stays free for the shortest-path phase.
    }
    if (nextLen + dropped >= listLen) break;
    const swap = list;
    list = nextList;
    nextList = swap;
    listLen = nextLen;
  }
}
