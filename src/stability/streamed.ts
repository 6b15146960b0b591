import { FORBIDDEN, rowCodes } from "../plan/buildProblem.js";
import type { Prepared } from "../prepare/prepare.js";
import { normalizeKey } from "../util/normalize.js";
import type { StablePlan } from "./blocking.js";
import { listed, prefers } from "./orders.js";

/**
 * The blocking pairs of a plan, as `blockingEdges` on the cohort's `stableInstance` finds them
 * (the same pairs, in the same order: by mentor, then adept), without holding every acceptable
 * pair or ranking anyone's partners: each side's current partner (an adept's mentor, a mentor's
 * worst adept it could give up) is compared with every acceptable pair, scored row by row on
 * the scorer's fast path. Memory O(people); a mentor who is full and could give up nobody is
 * not scored at all. The plan's pairs that are not locked must be allowed (as every plan of the
 * plan step is): `blockingEdges` would count an adept in a forbidden pair as unmatched.
 *
 * @example
 * blockingPairsStreamed(p, stablePlan(p, mentorOf, lockedMentorOf)) // [{ mentor: 1, adept: 3 }]
 */
export function blockingPairsStreamed(
  p: Prepared,
  plan: StablePlan,
): { mentor: number; adept: number }[] {
  const { mentorOf, lockedMentorOf, capacity } = plan;
  const mentors = p.mentors.length;
  const adepts = p.adepts.length;
  const mentorAt = new Map(p.mentors.map((m, i) => [normalizeKey(m.id), i]));
  const adeptAt = new Map(p.adepts.map((a, j) => [normalizeKey(a.id), j]));
  const mentorPlaces = p.mentors.map((m) => listed(m.preferences, adeptAt));
  const adeptPlaces = p.adepts.map((a) => listed(a.preferences, mentorAt));
  const placeOf = (list: ReadonlyMap<number, number>, x: number) =>
    list?.get(x) ?? Number.POSITIVE_INFINITY;

  // Each matched adept's mentor as its own order sees it (place, units); unmatched: none.
  const currentPlace = new Float64Array(adepts);
  const currentUnits = new Float64Array(adepts);
  // Each mentor's load, and the worst adept it could give up (not locked): -1 for none.
  const load = new Int32Array(mentors);
  const worst = new Int32Array(mentors).fill(-1);
  const worstPlace = new Float64Array(mentors);
  const worstUnits = new Float64Array(mentors);
  for (let a = 0; a < adepts; a++) {
    const m = mentorOf[a]!;
    if (m < 0) continue;
    load[m]!++;
    const units = p.scorer.units(m, a);
    currentPlace[a] = placeOf(adeptPlaces[a]!, m);
    currentUnits[a] = units;
    if (lockedMentorOf[a] === m) continue;
    const place = placeOf(mentorPlaces[m]!, a);
    const w = worst[m]!;
    if (w < 0 || prefers(worstPlace[m]!, worstUnits[m]!, w, place, units, a)) {
      worst[m] = a;
      worstPlace[m] = place;
      worstUnits[m] = units;
    }
  }

  const adeptOf = Int32Array.from({ length: adepts }, (_, a) => a);
  const codes = new Uint8Array(adepts);
  const out: { mentor: number; adept: number }[] = [];
  for (let m = 0; m < mentors; m++) {
    const free = load[m]! < capacity[m]!;
    if (p.mentorIneligible[m] !== undefined || (!free && worst[m]! < 0)) continue;
    rowCodes(p, m, adeptOf, adeptOf, codes);
    p.scorer.beginRow(m);
    const own = mentorPlaces[m]!;
    for (let a = 0; a < adepts; a++) {
      if (codes[a] === FORBIDDEN || p.adeptIneligible[a] !== undefined) continue;
      if (lockedMentorOf[a]! >= 0 || mentorOf[a] === m) continue;
      const units = p.scorer.unitsOf(a);
      // The adept would rather have m (an unmatched adept would rather have anyone).
      const mentor = mentorOf[a]!;
      if (
        mentor >= 0 &&
        !prefers(placeOf(adeptPlaces[a]!, m), units, m, currentPlace[a]!, currentUnits[a]!, mentor)
      )
        continue;
      // ... and m has room, or would rather have a than its worst adept it could give up.
      const w = worst[m]!;
      if (free || prefers(placeOf(own, a), units, a, worstPlace[m]!, worstUnits[m]!, w)) {
        out.push({ mentor: m, adept: a });
      }
    }
  }
  return out;
}
