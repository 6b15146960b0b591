import type { Scorer } from "../criteria/scorer.js";
import {
  allowedRuleBits,
  listedRuleBits,
  onlyListedRules,
  type Prepared,
  ruleBits,
} from "../prepare/prepare.js";
import type { ScoredProblem } from "./runSolver.js";

/**
 * A pair's code in `rowCodes` when a hard rule, an exclusion or history forbids it.
 *
 * @example
 * if (codes[c] === FORBIDDEN) continue;
 */
export const FORBIDDEN = 255;

export function popcount3(bits: number): number {
  return (bits & 1) + ((bits >> 1) & 1) + ((bits >> 2) & 1);
}

/**
 * The residual problem after locked pairs are placed: rows are eligible mentors (capacity less
 * their locked adepts), columns eligible adepts that are not locked, edges the pairs the hard
 * rules, exclusions and history allow, weighted by score units, with the number of soft rules
 * each breaks. Two passes over the pairs: the first counts each row's allowed pairs, so that the
 * edge arrays are allocated once at their exact size (no growing, no slack); the second scores
 * each mentor's row (`Scorer.beginRow`) and its allowed pairs alone (`unitsOf`).
 */
export function buildProblem(
  p: Prepared,
  adeptLocked: Uint8Array,
  load: Int32Array,
): ScoredProblem & { rowMentor: number[]; colAdept: number[]; anyPenalty: boolean } {
  const { rowMentor, colAdept, adeptOf, colOf } = residualShape(p, adeptLocked);
  const rows = rowMentor.length;
  const cols = colAdept.length;
  const codes = new Uint8Array(cols);
  const rowStart = new Int32Array(rows + 1);
  for (let r = 0; r < rows; r++) {
    rowStart[r + 1] = rowStart[r]! + rowCodes(p, rowMentor[r]!, adeptOf, colOf, codes);
  }
  const edges = rowStart[rows]!;
  const colIndex = new Int32Array(edges);
  const weight = new Float64Array(edges);
  const penalty = new Uint8Array(edges);
  const capacity = new Int32Array(rows);
  let anyPenalty = false;
  for (let r = 0; r < rows; r++) {
    const m = rowMentor[r]!;
    capacity[r] = Math.max(0, p.mentors[m]!.capacity - load[m]!);
    if (rowStart[r + 1] === rowStart[r]) continue;
    rowCodes(p, m, adeptOf, colOf, codes);
    p.scorer.beginRow(m);
    if (keepRow(codes, p.scorer, adeptOf, rowStart[r]!, colIndex, weight, penalty))
      anyPenalty = true;
  }
  return {
    problem: { rows, cols, capacity, rowStart, colIndex, weight },
    penalty,
    anyPenalty,
    rowMentor,
    colAdept,
  };
}

/**
 * The rows and columns of the residual problem: eligible mentors, eligible adepts not locked,
 * in canonical order, and the maps between columns and adepts (`colOf` is -1 for no column).
 *
 * @example
 * const { rowMentor, adeptOf } = residualShape(p, new Uint8Array(p.adepts.length));
 */
export function residualShape(
  p: Prepared,
  adeptLocked: Uint8Array,
): { rowMentor: number[]; colAdept: number[]; adeptOf: Int32Array; colOf: Int32Array } {
  const rowMentor: number[] = [];
  const colAdept: number[] = [];
  p.mentors.forEach((_, i) => {
    if (p.mentorIneligible[i] === undefined) rowMentor.push(i);
  });
  p.adepts.forEach((_, j) => {
    if (p.adeptIneligible[j] === undefined && adeptLocked[j] === 0) colAdept.push(j);
  });
  const adeptOf = Int32Array.from(colAdept);
  const colOf = new Int32Array(p.adepts.length).fill(-1);
  adeptOf.forEach((a, c) => {
    colOf[a] = c;
  });
  return { rowMentor, colAdept, adeptOf, colOf };
}

/**
 * Writes one row's allowed pairs from `start` on: column, units (the scorer's current row) and soft
 * rules broken. Typed arrays only, so that this loop stays monomorphic. True when a pair breaks
 * a soft rule.
 */
function keepRow(
  codes: Uint8Array,
  scorer: Scorer,
  adeptOf: Int32Array,
  start: number,
  colIndex: Int32Array,
  weight: Float64Array,
  penalty: Uint8Array,
): boolean {
  let e = start;
  let soft = 0;
  for (let c = 0; c < codes.length; c++) {
    const code = codes[c]!;
    if (code === FORBIDDEN) continue;
    colIndex[e] = c;
    weight[e] = scorer.unitsOf(adeptOf[c]!);
    // Zeros are left unwritten: without soft rules the array's pages are never touched.
    if (code !== 0) penalty[e] = code;
    soft |= code;
    e++;
  }
  return soft !== 0;
}

/**
 * Per column of mentor `m`'s row: `FORBIDDEN`, or the number of soft rules the pair breaks.
 * Returns the number of allowed pairs. `colOf` maps an adept to its column (-1 for none).
 * Municipality and sector are compared inline (the hot loop); work background only when a rule
 * needs it.
 *
 * @example
 * const allowed = rowCodes(p, m, adeptOf, colOf, codes); // codes[c] === FORBIDDEN or 0..3
 */
export function rowCodes(
  p: Prepared,
  m: number,
  adeptOf: Int32Array,
  colOf: Int32Array,
  codes: Uint8Array,
): number {
  const { hardMask, softMask } = p;
  const listed = onlyListedRules(p);
  const banned = p.banned.get(m);
  let allowed = 0;
  for (let c = 0; c < adeptOf.length; c++) {
    const a = adeptOf[c]!;
    const bits = listed ? listedRuleBits(p, m, a) : ruleBits(p, m, a);
    if ((bits & hardMask) !== 0) {
      codes[c] = FORBIDDEN;
      continue;
    }
    codes[c] = popcount3(bits & softMask);
    allowed++;
  }
  return banRow(banned, colOf, codes, allowed);
}

/**
 * One pair's code as `rowCodes` writes it (`FORBIDDEN`, or the soft rules it breaks), for a
 * pass that goes column by column: ineligibility, the hard rules, exclusions and history forbid
 * it (`isAllowed`), and the soft rules are counted from the same test of the rules.
 *
 * @example
 * pairCode(p, 0, 2) // FORBIDDEN: both in Borås
 */
export function pairCode(p: Prepared, m: number, a: number): number {
  const bits = allowedRuleBits(p, m, a);
  return bits < 0 ? FORBIDDEN : popcount3(bits & p.softMask);
}

/**
 * A row's codes with the mentor's exclusions and history (`banned`: a handful per mentor,
 * looked up once each) made forbidden; returns the row's allowed pairs, `allowed` less those.
 */
export function banRow(
  banned: ReadonlyMap<number, unknown> | undefined,
  colOf: Int32Array,
  codes: Uint8Array,
  allowed: number,
): number {
  if (banned === undefined) return allowed;
  let left = allowed;
  for (const a of banned.keys()) {
    const c = colOf[a]!;
    if (c >= 0 && codes[c] !== FORBIDDEN) {
      codes[c] = FORBIDDEN;
      left--;
    }
  }
  return left;
}
