import type { AssignmentProblem } from "../solve/assignment.js";
import { isAllowed, type Prepared } from "./prepare.js";

/** The residual problem after locked pairs are placed: eligible mentors x free eligible adepts. */
export function buildProblem(p: Prepared, adeptLocked: Uint8Array, load: Int32Array) {
  const rowMentor: number[] = [];
  const colAdept: number[] = [];
  p.mentors.forEach((_, i) => {
    if (p.mentorIneligible[i] === undefined) rowMentor.push(i);
  });
  p.adepts.forEach((_, j) => {
    if (p.adeptIneligible[j] === undefined && adeptLocked[j] === 0) colAdept.push(j);
  });
  const rows = rowMentor.length;
  const cols = colAdept.length;
  const rowStart = new Int32Array(rows + 1);
  let colIndex = new Int32Array(Math.max(16, Math.min(rows * cols, 1 << 20)));
  let weight = new Float64Array(colIndex.length);
  let edges = 0;
  const capacity = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const m = rowMentor[r]!;
    capacity[r] = Math.max(0, p.mentors[m]!.capacity - load[m]!);
    rowStart[r] = edges;
    for (let c = 0; c < cols; c++) {
      const a = colAdept[c]!;
      if (!isAllowed(p, m, a)) continue;
      if (edges === colIndex.length) {
        const grownIndex = new Int32Array(edges * 2);
        grownIndex.set(colIndex);
        colIndex = grownIndex;
        const grownWeight = new Float64Array(edges * 2);
        grownWeight.set(weight);
        weight = grownWeight;
      }
      colIndex[edges] = c;
      weight[edges] = p.scorer.units(m, a);
      edges++;
    }
  }
  rowStart[rows] = edges;
  const problem: AssignmentProblem = {
    rows,
    cols,
    capacity,
    rowStart,
    colIndex: colIndex.subarray(0, edges),
    weight: weight.subarray(0, edges),
  };
  return { problem, rowMentor, colAdept };
}
