import { type Prepared, ruleBits } from "../prepare/prepare.js";
import type { ScoredProblem } from "./runSolver.js";

function popcount3(bits: number): number {
  return (bits & 1) + ((bits >> 1) & 1) + ((bits >> 2) & 1);
}

/**
 * The residual problem after locked pairs are placed: rows are eligible mentors (capacity less
 * their locked adepts), columns eligible adepts that are not locked, edges the pairs the hard
 * rules, exclusions and history allow, weighted by score units, with the number of soft rules
 * each breaks. Scores are computed once per allowed pair, row by row, into growing typed arrays.
 */
export function buildProblem(
  p: Prepared,
  adeptLocked: Uint8Array,
  load: Int32Array,
): ScoredProblem & { rowMentor: number[]; colAdept: number[]; anyPenalty: boolean } {
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
  // Room for every pair up to 32M (a 5,000 x 5,000 cohort); beyond that the arrays grow.
  let colIndex = new Int32Array(Math.max(16, Math.min(rows * cols, 1 << 25)));
  let weight = new Float64Array(colIndex.length);
  let penalty = new Uint8Array(colIndex.length);
  let edges = 0;
  const capacity = new Int32Array(rows);
  const { hardMask, softMask } = p;
  const ruleMask = hardMask | softMask;
  // Municipality and sector are compared inline (the hot loop); work background only when a rule needs it.
  const mentorTown = p.mentorMunicipality;
  const adeptTown = p.adeptMunicipality;
  const mentorSector = p.mentorSector;
  const adeptSector = p.adeptSector;
  const background = (ruleMask & 4) !== 0;
  let anyPenalty = false;
  for (let r = 0; r < rows; r++) {
    const m = rowMentor[r]!;
    capacity[r] = Math.max(0, p.mentors[m]!.capacity - load[m]!);
    rowStart[r] = edges;
    const banned = p.banned.get(m);
    for (let c = 0; c < cols; c++) {
      const a = colAdept[c]!;
      const bits = background
        ? ruleBits(p, m, a)
        : (mentorTown[m] === adeptTown[a] ? 1 : 0) | (mentorSector[m] === adeptSector[a] ? 2 : 0);
      if ((bits & hardMask) !== 0 || banned?.has(a) === true) continue;
      if (edges === colIndex.length) {
        const grownIndex = new Int32Array(edges * 2);
        grownIndex.set(colIndex);
        colIndex = grownIndex;
        const grownWeight = new Float64Array(edges * 2);
        grownWeight.set(weight);
        weight = grownWeight;
        const grownPenalty = new Uint8Array(edges * 2);
        grownPenalty.set(penalty);
        penalty = grownPenalty;
      }
      colIndex[edges] = c;
      weight[edges] = p.scorer.units(m, a);
      const broken = popcount3(bits & softMask);
      penalty[edges] = broken;
      if (broken > 0) anyPenalty = true;
      edges++;
    }
  }
  rowStart[rows] = edges;
  return {
    problem: {
      rows,
      cols,
      capacity,
      rowStart,
      colIndex: colIndex.subarray(0, edges),
      weight: weight.subarray(0, edges),
    },
    penalty: penalty.subarray(0, edges),
    anyPenalty,
    rowMentor,
    colAdept,
  };
}
