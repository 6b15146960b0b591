import type { Adept, Mentor } from "../schema/cohort.js";
import { normalizeKey } from "../util/normalize.js";
import { intern } from "./intern.js";
import type { PairRuleDef } from "./rule.js";

/** Overlap (Jaccard) of the two backgrounds at or above which they count as the same. */
export const SAME_BACKGROUND_JACCARD = 0.5;

type Background = Pick<Mentor | Adept, "sector" | "sectorExperience">;

/**
 * A person's sectors as normalised keys: `sectorExperience` plus the current sector, or
 * `undefined` when no experience is given.
 *
 * @example
 * backgroundKeys({ sector: "Förskola", sectorExperience: ["Grundskola"] }) // Set { "förskola"... }
 */
export function backgroundKeys(person: Background): Set<string> | undefined {
  if (person.sectorExperience === undefined || person.sectorExperience.length === 0)
    return undefined;
  return new Set([...person.sectorExperience, person.sector].map(normalizeKey));
}

/**
 * The rule "different work-life experience": true when it is broken, i.e. both list their
 * `sectorExperience` and their sectors (experience plus current sector) overlap by at least
 * half (Jaccard >= 0.5). Unknown backgrounds never break it.
 *
 * @example
 * sameWorkBackground(
 *   { sector: "Förskola", sectorExperience: ["Grundskola"] },
 *   { sector: "Grundskola", sectorExperience: ["Förskola"] },
 * ) // true
 */
export function sameWorkBackground(mentor: Background, adept: Background): boolean {
  const m = backgroundKeys(mentor);
  const a = backgroundKeys(adept);
  if (m === undefined || a === undefined) return false;
  let common = 0;
  for (const k of a) if (m.has(k)) common++;
  return common / (m.size + a.size - common) >= SAME_BACKGROUND_JACCARD;
}

/** The same test on two sorted lists of interned sectors (a merge), `null` when unknown. */
function sameSorted(m: Int32Array | null, a: Int32Array | null): boolean {
  if (m === null || a === null) return false;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < m.length && j < a.length) {
    const x = m[i] as number;
    const y = a[j] as number;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      common++;
      i++;
      j++;
    }
  }
  return common / (m.length + a.length - common) >= SAME_BACKGROUND_JACCARD;
}

/**
 * Mentor and adept have different work-life backgrounds (see `sameWorkBackground`). Laid out
 * as each person's sorted, interned sectors, so a pair costs one merge of two short lists.
 *
 * @example
 * differentWorkBackground.block(mentor, adept) // { rule: "differentWorkBackground" }
 */
export const differentWorkBackground: PairRuleDef<"differentWorkBackground"> = {
  rule: "differentWorkBackground",
  breaks: sameWorkBackground,
  interned(mentors, adepts) {
    const ids = new Map<string, number>();
    const layout = (x: Background) => {
      const keys = backgroundKeys(x);
      return keys === undefined ? null : intern([...keys], ids).sort();
    };
    const m = mentors.map(layout);
    const a = adepts.map(layout);
    return (mentor, adept) => sameSorted(m[mentor] ?? null, a[adept] ?? null);
  },
  block: () => ({ rule: "differentWorkBackground" }),
};
