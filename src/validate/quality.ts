import { municipalityHint } from "../geo/municipalities.js";
import type { ResolvedOptions } from "../options/resolve.js";
import { issueOf } from "../phrasebook/index.js";
import type { Adept, Cohort, Mentor } from "../schema/cohort.js";
import type { CohortWarning } from "../types.js";
import { printable } from "../util/quote.js";

function missingFields(person: Mentor | Adept, role: "mentor" | "adept"): string[] {
  const missing: string[] = [];
  if (person.workYears === undefined) missing.push("workYears");
  if (person.sectorExperience === undefined || person.sectorExperience.length === 0)
    missing.push("sectorExperience");
  if (person.education?.level === undefined) missing.push("education.level");
  if (person.education?.fields === undefined || person.education.fields.length === 0)
    missing.push("education.fields");
  if (person.leadership?.level === undefined) missing.push("leadership.level");
  if (person.leadership?.staffCount === undefined) missing.push("leadership.staffCount");
  if (person.leadership?.areas === undefined || person.leadership.areas.length === 0)
    missing.push("leadership.areas");
  if (role === "mentor") {
    const m = person as Mentor;
    if ((m.offers?.length ?? 0) === 0 && (m.offerText?.trim() ?? "") === "")
      missing.push("offers/offerText");
  } else {
    const a = person as Adept;
    if ((a.wishes?.length ?? 0) === 0 && (a.wishText?.trim() ?? "") === "")
      missing.push("wishes/wishText");
  }
  return missing;
}

/**
 * Data-quality notes for a valid cohort: one per person with missing optional fields (which
 * score neutrally), and one per person whose municipality has no reference point (geography
 * scores neutrally). Never about rules or eligibility: those are in the match result.
 *
 * @example
 * qualityWarnings(cohort, resolved).map((w) => w.message)
 */
export function qualityWarnings(cohort: Cohort, resolved: ResolvedOptions): CohortWarning[] {
  const warnings: CohortWarning[] = [];
  // A person's path is written only for a warning (most people have none).
  const check = (person: Mentor | Adept, role: "mentor" | "adept", i: number) => {
    const missing = missingFields(person, role);
    if (missing.length > 0) {
      warnings.push({
        path: `${role}s[${i}]`,
        id: person.id,
        ...issueOf("missing_fields", { fields: missing }),
      });
    }
    if (person.location === undefined && resolved.table.find(person.municipality) === undefined) {
      const known = resolved.table.resolve(person.municipality) !== undefined;
      const text = printable(person.municipality);
      warnings.push({
        path: `${role}s[${i}].municipality`,
        id: person.id,
        ...(known
          ? issueOf("no_point", { place: text })
          : issueOf("unknown_place", {
              text,
              ...municipalityHint(person.municipality, resolved.table),
              mode: resolved.rules.differentMunicipality,
            })),
      });
    }
  };
  cohort.mentors.forEach((m, i) => check(m, "mentor", i));
  cohort.adepts.forEach((a, i) => check(a, "adept", i));
  return warnings;
}
