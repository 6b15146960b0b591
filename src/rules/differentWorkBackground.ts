import type { Adept, Mentor } from "../schema/cohort.js";
import { normalizeKey } from "../util/normalize.js";

/** Overlap (Jaccard) of the two backgrounds at or above which they count as the same. */
export const SAME_BACKGROUND_JACCARD = 0.5;

type Background = Pick<Mentor | Adept, "sector" | "sectorExperience">;

/** A person's sectors as normalised keys: `sectorExperience` plus the current sector. */
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
