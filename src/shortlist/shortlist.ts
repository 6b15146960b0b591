/**
 * Shortlists: for every adept, a few allowed mentors to read about and rank. Reads a prepared
 * cohort and solves one b-matching (`solve/bMatching.ts`); imports `prepare/`, `solve/` and the
 * leaves only.
 */
import { UNITS_PER_POINT } from "../criteria/total.js";
import { isAllowed, prepare, softViolations } from "../prepare/prepare.js";
import type { CohortInput } from "../schema/cohort.js";
import { maxWeightBMatching } from "../solve/bMatching.js";
import { guarded } from "../util/boundary.js";
import type { Shortlist, ShortlistEntry, ShortlistOptions } from "./types.js";

/**
 * For every eligible adept not locked to a mentor, up to `perAdept` allowed mentors to read
 * about and rank, chosen exactly (a capacitated b-matching, by min-cost flow): first as many
 * entries as possible, then the highest sum of pair scores over all lists, while no mentor
 * appears on more lists than its fair share of the places, `ceil(perAdept × adepts × capacity
 * / places)` (adepts: those who get a list; capacity and places: after locked pairs). Each list
 * is sorted by score (highest first), ties by mentor id. Validates like `match` (throwing
 * `CohortError`); `perAdept` must be a whole number >= 1.
 *
 * @example
 * const s = shortlist(cohort, { perAdept: 3 });
 * s.lists[0] // { adeptId: "A01", mentors: [{ mentorId: "M04", score: 81.2, softViolations: [] }, ...] }
 */
export function shortlist(cohort: CohortInput, options: ShortlistOptions): Shortlist {
  return guarded("shortlist", () => {
    if (typeof options !== "object" || options === null)
      throw new TypeError("shortlist: options must be an object with perAdept");
    const { perAdept, ...matchOptions } = options;
    if (!Number.isInteger(perAdept) || perAdept < 1 || perAdept > 1000) {
      throw new RangeError(
        `shortlist: options.perAdept must be a whole number from 1 to 1000, got ${String(perAdept)}`,
      );
    }
    const p = prepare("shortlist", cohort, matchOptions);
    const lockedLoad = new Int32Array(p.mentors.length);
    const locked = new Uint8Array(p.adepts.length);
    for (const l of p.locked) {
      lockedLoad[l.mentor]!++;
      locked[l.adept] = 1;
    }
    const cols: number[] = [];
    p.adepts.forEach((_, a) => {
      if (p.adeptIneligible[a] === undefined && locked[a] === 0) cols.push(a);
    });
    const left = Int32Array.from(p.mentors, (m, i) =>
      p.mentorIneligible[i] === undefined ? m.capacity - lockedLoad[i]! : 0,
    );
    const places = left.reduce((s, x) => s + x, 0);
    const share = Int32Array.from(left, (c) =>
      places === 0 ? 0 : Math.ceil((perAdept * cols.length * c) / places),
    );
    const rowStart = new Int32Array(p.mentors.length + 1);
    const colIndex: number[] = [];
    const weight: number[] = [];
    for (let m = 0; m < p.mentors.length; m++) {
      cols.forEach((a, c) => {
        if (share[m]! > 0 && isAllowed(p, m, a)) {
          colIndex.push(c);
          weight.push(p.scorer.units(m, a));
        }
      });
      rowStart[m + 1] = colIndex.length;
    }
    const chosen = maxWeightBMatching({
      rows: p.mentors.length,
      cols: cols.length,
      rowCap: share,
      colCap: new Int32Array(cols.length).fill(perAdept),
      rowStart,
      colIndex: Int32Array.from(colIndex),
      weight: Float64Array.from(weight),
    });
    const lists: ShortlistEntry[][] = cols.map(() => []);
    const appearances = new Int32Array(p.mentors.length);
    let units = 0;
    for (let m = 0; m < p.mentors.length; m++) {
      for (let e = rowStart[m]!; e < rowStart[m + 1]!; e++) {
        if (chosen[e] !== 1) continue;
        const a = cols[colIndex[e]!]!;
        units += weight[e]!;
        appearances[m]!++;
        lists[colIndex[e]!]!.push({
          mentorId: p.mentors[m]!.id,
          score: weight[e]! / UNITS_PER_POINT,
          softViolations: softViolations(p, m, a),
        });
      }
    }
    return {
      perAdept,
      // Mentors come in canonical (id) order, and the sort is stable: ties stay by id.
      lists: cols.map((a, c) => ({
        adeptId: p.adepts[a]!.id,
        mentors: lists[c]!.sort((x, y) => y.score - x.score),
      })),
      mentors: p.mentors.flatMap((m, i) =>
        p.mentorIneligible[i] === undefined
          ? [{ mentorId: m.id, lists: appearances[i]!, fairShare: share[i]! }]
          : [],
      ),
      totalScore: units / UNITS_PER_POINT,
    };
  });
}
