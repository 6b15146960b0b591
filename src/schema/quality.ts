import { municipalityHint } from "../geo/municipalities.js";
import type { ResolvedOptions } from "../options/resolve.js";
import type { CohortWarning } from "../types.js";
import { quote } from "../util/quote.js";
import type { Adept, Cohort, Mentor } from "./cohort.js";

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
  const check = (person: Mentor | Adept, role: "mentor" | "adept", path: string) => {
    const missing = missingFields(person, role);
    if (missing.length > 0) {
      warnings.push({
        code: "missing_fields",
        path,
        id: person.id,
        message: `no ${missing.join(", ")}: the criteria that use ${missing.length === 1 ? "it" : "them"} score neutrally (0.5)`,
      });
    }
    if (person.location === undefined && resolved.table.find(person.municipality) === undefined) {
      const known = resolved.table.resolve(person.municipality) !== undefined;
      warnings.push({
        code: "unknown_municipality",
        path: `${path}.municipality`,
        id: person.id,
        message: known
          ? `no reference point for ${quote(person.municipality)} (options.municipalities gives none): geography scores neutrally (0.5); give its lat and lon, or the person's location`
          : `${quote(person.municipality)} is not a Swedish municipality${municipalityHint(person.municipality, resolved.table)}: geography scores neutrally (0.5), and the different-municipality rule (${resolved.rules.differentMunicipality}) compares the name as written; add the place with options.municipalities or give a location`,
      });
    }
  };
  cohort.mentors.forEach((m, i) => check(m, "mentor", `mentors[${i}]`));
  cohort.adepts.forEach((a, i) => check(a, "adept", `adepts[${i}]`));
  return warnings;
}
