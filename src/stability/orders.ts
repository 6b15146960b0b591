import type { Prepared } from "../prepare/prepare.js";
import { rowOfEdges } from "../solve/edges.js";
import { normalizeKey } from "../util/normalize.js";
import type { Acceptable } from "./acceptable.js";

/**
 * Each side's strict order over its acceptable partners, as ranks on the acceptable pairs
 * (0 is best). An adept's order: the mentors of `adept.preferences` that are acceptable, in
 * that order, then every other acceptable mentor by pair score (highest first), ties by
 * normalised id (ascending, which is canonical order). A mentor's order: the same, with
 * `mentor.preferences`.
 *
 * @example
 * const o = strictOrders(p, acc);
 * o.mentorRank[e] < o.mentorRank[f] // the mentor of pairs e and f prefers e's adept
 */
export interface StrictOrders {
  /** Per acceptable pair: its adept's rank in its mentor's order. */
  readonly mentorRank: Int32Array;
  /** Per acceptable pair: its mentor's rank in its adept's order. */
  readonly adeptRank: Int32Array;
  /** Length `adepts + 1`: adept a's pairs, best first, are `adeptEdge[adeptStart[a] ..]`. */
  readonly adeptStart: Int32Array;
  readonly adeptEdge: Int32Array;
}

/**
 * Whether a person prefers partner x (listed at place `px`, `ux` units together) to partner y
 * (`py`, `uy`): listed partners first by place, then by units (highest first), then by index.
 * The one order of both sides (`strictOrders` ranks by it, stability/streamed.ts compares by it).
 *
 * @example
 * prefers(Infinity, 500_000, 3, Infinity, 400_000, 1) // true: a better pair score
 */
export function prefers(
  px: number,
  ux: number,
  x: number,
  py: number,
  uy: number,
  y: number,
): boolean {
  if (px !== py) return px < py;
  if (ux !== uy) return ux > uy;
  return x < y;
}

/** Ranks of `edges` (pairs of one person): listed partners first, then by units, then index. */
function rankEdges(
  edges: number[],
  partnerOf: (e: number) => number,
  units: Float64Array,
  listed: ReadonlyMap<number, number>,
  rank: Int32Array,
): number[] {
  const place = (e: number) => listed.get(partnerOf(e)) ?? Number.POSITIVE_INFINITY;
  // Partners are distinct within one person's pairs: the order is strict.
  const sorted = edges.sort((e, f) =>
    prefers(place(e), units[e]!, partnerOf(e), place(f), units[f]!, partnerOf(f)) ? -1 : 1,
  );
  sorted.forEach((e, r) => {
    rank[e] = r;
  });
  return sorted;
}

/**
 * A person's preferences as canonical indices of the other side, each to its place (the first
 * place of an index listed twice).
 *
 * @example
 * listed(["A02", "A01"], adeptAt) // Map { 1 => 0, 0 => 1 }
 */
export function listed(
  preferences: readonly string[] | undefined,
  index: ReadonlyMap<string, number>,
): Map<number, number> {
  const out = new Map<number, number>();
  preferences?.forEach((id, place) => {
    const i = index.get(normalizeKey(id));
    if (i !== undefined && !out.has(i)) out.set(i, place);
  });
  return out;
}

/**
 * The strict orders of both sides over the acceptable pairs (see `StrictOrders`); `mentorOfEdge`
 * is each pair's mentor (`rowOfEdges(acc.rowStart)`, made here unless the caller has it).
 *
 * @example
 * const orders = strictOrders(p, acceptablePairs(p));
 */
export function strictOrders(
  p: Prepared,
  acc: Acceptable,
  mentorOfEdge: Int32Array = rowOfEdges(acc.rowStart),
): StrictOrders {
  const edges = acc.adept.length;
  const mentorAt = new Map(p.mentors.map((m, i) => [normalizeKey(m.id), i]));
  const adeptAt = new Map(p.adepts.map((a, i) => [normalizeKey(a.id), i]));
  const mentorRank = new Int32Array(edges);
  const adeptRank = new Int32Array(edges);
  const byAdept: number[][] = Array.from({ length: acc.adepts }, () => []);
  for (let m = 0; m < acc.mentors; m++) {
    const row: number[] = [];
    for (let e = acc.rowStart[m]!; e < acc.rowStart[m + 1]!; e++) {
      row.push(e);
      byAdept[acc.adept[e]!]!.push(e);
    }
    const prefs = listed(p.mentors[m]!.preferences, adeptAt);
    rankEdges(row, (e) => acc.adept[e]!, acc.units, prefs, mentorRank);
  }
  const adeptStart = new Int32Array(acc.adepts + 1);
  const adeptEdge = new Int32Array(edges);
  byAdept.forEach((list, a) => {
    const prefs = listed(p.adepts[a]!.preferences, mentorAt);
    const sorted = rankEdges(list, (e) => mentorOfEdge[e]!, acc.units, prefs, adeptRank);
    adeptEdge.set(sorted, adeptStart[a]!);
    adeptStart[a + 1] = adeptStart[a]! + sorted.length;
  });
  return { mentorRank, adeptRank, adeptStart, adeptEdge };
}
