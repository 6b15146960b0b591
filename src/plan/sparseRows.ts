/**
 * The rows of a national cohort's residual problem, scored one at a time (`RowStream`), and the
 * sparse problem grown by pairs (`withEdges`): what the sparse path (sparse.ts) and its proof
 * passes (sparseProof.ts) share.
 */
import { type ScorerRows, scorerOfRows, scorerRows } from "../criteria/scorerRows.js";
import { onlyListedRules, type Prepared, RULE_BIT } from "../prepare/prepare.js";
import { banRow, FORBIDDEN, popcount3, residualShape, rowCodes } from "./buildProblem.js";
import type { Built } from "./plan.js";
import { violationWeight } from "./runSolver.js";

/** Rows' new edges: per row, columns and combined weights (unordered). */
export type Additions = { col: number[]; w: number[] }[];

/**
 * Rows' new edges in one list (unordered within a row): row r's are `col[start[r]]` to
 * `col[start[r + 1] - 1]`, with their combined weights in `w`. The first pass's thousands of
 * kept pairs go in these three arrays rather than two growing lists per row.
 */
export interface RowAdditions {
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly w: Float64Array;
}

/** `adds` as one list (`RowAdditions`), each row's in the same order. */
export function rowAdditions(adds: Additions): RowAdditions {
  const start = new Int32Array(adds.length + 1);
  adds.forEach((add, r) => {
    start[r + 1] = start[r]! + add.col.length;
  });
  const col = new Int32Array(start[adds.length]!);
  const w = new Float64Array(col.length);
  adds.forEach((add, r) => {
    col.set(add.col, start[r]!);
    w.set(add.w, start[r]!);
  });
  return { start, col, w };
}

/**
 * Columns by an interned value of their adepts (a municipality, a sector): the columns of value
 * `v` are `cols[start[v]..start[v + 1] - 1]`, ascending.
 */
interface ColumnsBy {
  readonly start: Int32Array;
  readonly cols: Int32Array;
}

function columnsBy(values: Int32Array, adeptOf: Int32Array): ColumnsBy {
  let most = 0;
  for (const v of values) most = Math.max(most, v + 1);
  const start = new Int32Array(most + 1);
  for (let c = 0; c < adeptOf.length; c++) start[values[adeptOf[c]!]! + 1]!++;
  for (let v = 0; v < most; v++) start[v + 1]! += start[v]!;
  const at = start.slice(0, most);
  const cols = new Int32Array(adeptOf.length);
  for (let c = 0; c < adeptOf.length; c++) cols[at[values[adeptOf[c]!]!]!++] = c;
  return { start, cols };
}

/** Per row of `p`'s residual problem: its codes and combined weights, one row at a time. */
export class RowStream {
  readonly codes: Uint8Array;
  readonly shape: ReturnType<typeof residualShape>;
  /** The residual problem without edges (rows, columns, capacities). */
  readonly empty: Built;
  readonly v: number;
  /**
   * The columns by municipality and by sector: with only the municipality and sector rules in
   * force a row's codes are set from the mentor's two lists (`rowCodesByLists`), not tested pair
   * by pair.
   */
  private readonly byTown: ColumnsBy | null;
  private readonly bySector: ColumnsBy | null;

  constructor(
    readonly p: Prepared,
    adeptLocked: Uint8Array,
    load: Int32Array,
  ) {
    this.shape = residualShape(p, adeptLocked);
    const { rowMentor, colAdept } = this.shape;
    this.codes = new Uint8Array(colAdept.length);
    const lists = onlyListedRules(p);
    this.byTown = lists ? columnsBy(p.adeptMunicipality, this.shape.adeptOf) : null;
    this.bySector = lists ? columnsBy(p.adeptSector, this.shape.adeptOf) : null;
    const capacity = new Int32Array(rowMentor.length);
    rowMentor.forEach((m, r) => {
      capacity[r] = Math.max(0, p.mentors[m]!.capacity - load[m]!);
    });
    const problem = {
      rows: rowMentor.length,
      cols: colAdept.length,
      capacity,
      rowStart: new Int32Array(rowMentor.length + 1),
      colIndex: new Int32Array(0),
      weight: new Float64Array(0),
    };
    this.empty = { problem, penalty: new Uint8Array(0), rowMentor, colAdept };
    this.v = violationWeight(problem);
  }

  /**
   * Codes of row r (see rowCodes) into `codes`, and the row's mentor made the scorer's row
   * (`Scorer.beginRow`: then `p.scorer.unitsOf(adept)`); false without allowed pairs.
   */
  begin(r: number): boolean {
    const { p, shape } = this;
    const m = shape.rowMentor[r]!;
    const allowed =
      this.byTown === null
        ? rowCodes(p, m, shape.adeptOf, shape.colOf, this.codes)
        : this.rowCodesByLists(m);
    if (allowed === 0) return false;
    p.scorer.beginRow(m);
    return true;
  }

  /**
   * `rowCodes` where only the municipality and sector rules can be in force: every column 0,
   * then the columns of the mentor's municipality and of the mentor's sector (a few per cent of
   * a national row) get their rule bits and their code; exclusions and history as `rowCodes`.
   */
  private rowCodesByLists(m: number): number {
    const { p, codes } = this;
    const { adeptOf } = this.shape;
    const town = this.byTown!;
    const sector = this.bySector!;
    const { hardMask, softMask } = p;
    const t = p.mentorMunicipality[m]!;
    const s = p.mentorSector[m]!;
    codes.fill(0);
    let allowed = codes.length;
    // A mentor's value no adept has is past the end of `start`: no columns.
    const townFrom = t + 1 < town.start.length ? town.start[t]! : 0;
    const townTo = t + 1 < town.start.length ? town.start[t + 1]! : 0;
    const sectorFrom = s + 1 < sector.start.length ? sector.start[s]! : 0;
    const sectorTo = s + 1 < sector.start.length ? sector.start[s + 1]! : 0;
    const townBit = RULE_BIT.differentMunicipality;
    const sectorBit = RULE_BIT.differentSector;
    // The mentor's municipality (and its sector too where it is the adept's), then the mentor's
    // sector in the other municipalities: each column once.
    for (let i = townFrom; i < townTo; i++) {
      const c = town.cols[i]!;
      const bits = townBit | (p.adeptSector[adeptOf[c]!] === s ? sectorBit : 0);
      allowed -= markCode(codes, c, bits, hardMask, softMask);
    }
    for (let i = sectorFrom; i < sectorTo; i++) {
      const c = sector.cols[i]!;
      if (p.adeptMunicipality[adeptOf[c]!] !== t) {
        allowed -= markCode(codes, c, sectorBit, hardMask, softMask);
      }
    }
    return banRow(p.banned.get(m), this.shape.colOf, codes, allowed);
  }
}

/** Column c's code for the rule `bits` it breaks (see `rowCodes`); 1 when that forbids it. */
function markCode(
  codes: Uint8Array,
  c: number,
  bits: number,
  hardMask: number,
  softMask: number,
): number {
  if ((bits & hardMask) !== 0) {
    codes[c] = FORBIDDEN;
    return 1;
  }
  codes[c] = popcount3(bits & softMask);
  return 0;
}

/**
 * `built` with the edges of `adds` (columns not yet in their row; duplicates within `adds`
 * are kept once), each row's columns ascending. A combined weight `units - V * penalty`
 * (`0 <= units < V`) is split back into its units and soft-rule count.
 */
export function withEdges(built: Built, additions: Additions | RowAdditions, v: number): Built {
  const { problem, penalty } = built;
  const rows = problem.rows;
  const adds = Array.isArray(additions) ? rowAdditions(additions) : additions;
  const most = problem.colIndex.length + adds.col.length;
  const cols = new Int32Array(most);
  const ws = new Float64Array(most);
  const rowStart = new Int32Array(rows + 1);
  let n = 0;
  for (let r = 0; r < rows; r++) {
    // The row's edges, then its additions, sorted by column in place (insertion sort: a row
    // holds a few dozen; stable, so of a column given twice the first one stays).
    const from = n;
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
      cols[n] = problem.colIndex[e]!;
      ws[n++] = problem.weight[e]! - v * penalty[e]!;
    }
    if (r < adds.start.length - 1) {
      for (let i = adds.start[r]!; i < adds.start[r + 1]!; i++) {
        const c = adds.col[i]!;
        const w = adds.w[i]!;
        let at = n++;
        while (at > from && cols[at - 1]! > c) {
          cols[at] = cols[at - 1]!;
          ws[at] = ws[at - 1]!;
          at--;
        }
        cols[at] = c;
        ws[at] = w;
      }
    }
    // Keep each column once (the first of its run).
    let kept = from;
    for (let e = from; e < n; e++) {
      if (e > from && cols[e] === cols[kept - 1]) continue;
      cols[kept] = cols[e]!;
      ws[kept++] = ws[e]!;
    }
    n = kept;
    rowStart[r + 1] = n;
  }
  const pen = new Uint8Array(n);
  const weight = new Float64Array(n);
  for (let e = 0; e < n; e++) {
    const w = ws[e]!;
    const k = w >= 0 ? 0 : Math.ceil(-w / v);
    pen[e] = k;
    weight[e] = w + v * k;
  }
  return {
    ...built,
    problem: { ...problem, rowStart, colIndex: cols.slice(0, n), weight },
    penalty: pen,
  };
}

/**
 * What a helper thread needs to score a stream's rows as the stream does (match/helpers.ts):
 * the residual layout, the interned people and rules, and the scorer's row path, all plain
 * data. Rows are scored the same way from it, to the bit.
 *
 * @example
 * const state = streamState(s); // null when a rule needs more than interned ids
 */
export interface StreamState {
  readonly shape: RowStream["shape"];
  readonly v: number;
  readonly rules: Pick<
    Prepared,
    | "mentorMunicipality"
    | "adeptMunicipality"
    | "mentorSector"
    | "adeptSector"
    | "banned"
    | "hardMask"
    | "softMask"
  >;
  readonly scorer: ScorerRows;
}

/**
 * `s` as plain data for another thread, or null where its rows need more than interned ids
 * (a rule in force beside the municipality and sector rules: `onlyListedRules`).
 *
 * @example
 * const state = streamState(s); if (state !== null) worker.postMessage(state);
 */
export function streamState(s: RowStream): StreamState | null {
  const { p } = s;
  if (!onlyListedRules(p)) return null;
  return {
    shape: s.shape,
    v: s.v,
    rules: {
      mentorMunicipality: p.mentorMunicipality,
      adeptMunicipality: p.adeptMunicipality,
      mentorSector: p.mentorSector,
      adeptSector: p.adeptSector,
      banned: p.banned,
      hardMask: p.hardMask,
      softMask: p.softMask,
    },
    scorer: scorerRows(p.scorer),
  };
}

/**
 * The stream of a `StreamState`, on another thread: `begin(r)` and the scorer's `unitsOf` give
 * what the original stream gives.
 *
 * @example
 * const s = streamOfState(state); if (s.begin(0)) s.p.scorer.unitsOf(s.shape.adeptOf[0]);
 */
export function streamOfState(state: StreamState): RowStream {
  const s = Object.create(RowStream.prototype) as Record<string, unknown>;
  // A state is made only where no rule but the municipality and sector rules is in force: the
  // codes by lists.
  const { adeptOf } = state.shape;
  Object.assign(s, {
    p: { ...state.rules, scorer: scorerOfRows(state.scorer) },
    shape: state.shape,
    v: state.v,
    codes: new Uint8Array(adeptOf.length),
    byTown: columnsBy(state.rules.adeptMunicipality, adeptOf),
    bySector: columnsBy(state.rules.adeptSector, adeptOf),
  });
  return s as unknown as RowStream;
}
