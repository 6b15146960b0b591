import type { EligibilityFacts } from "../reasonFacts.js";
import type { CohortIssueFacts, PhrasesFor } from "./issues.js";
import { placeText } from "./place.js";
import { EN_REASONS } from "./reasons.en.js";

const list = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(", ");
const orList = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(" or ");
const an = (role: string) => (role === "adept" ? "an" : "a");

/** A did-you-mean after an unknown municipality, or nothing. */
function hint(f: {
  readonly suggestions: readonly string[];
  readonly seatOf?: string;
  readonly text: string;
}) {
  if (f.seatOf !== undefined)
    return `; "${f.text}" is the seat of ${f.seatOf}: write "${f.seatOf}"`;
  return f.suggestions.length === 0 ? "" : `; did you mean ${orList(f.suggestions)}?`;
}

/** The flat facts of an eligibility issue as the reasons' `EligibilityFacts`. */
const eligibilityFacts = (f: {
  readonly role: "mentor" | "adept";
  readonly years?: number;
  readonly least?: number;
  readonly consent?: "missing" | "refused";
}): EligibilityFacts => ({
  role: f.role,
  ...(f.years === undefined ? {} : { years: { has: f.years, least: f.least ?? 0 } }),
  ...(f.consent === undefined ? {} : { consent: f.consent }),
});

/** English words for the issues of the cohort itself (the readers' own are in `en.read.ts`). */
export const EN_COHORT_ISSUES: PhrasesFor<CohortIssueFacts> = {
  duplicate_id: (f) =>
    `duplicate id "${f.id}" (also at ${f.alsoAt === undefined ? f.also : placeText(f.alsoAt, "en")}); ids must be unique across mentors and adepts`,
  unknown_id: (f) =>
    `no ${f.role} with id "${f.id}"${f.otherRole ? ` ("${f.id}" is ${an(f.role === "mentor" ? "adept" : "mentor")} ${f.role === "mentor" ? "adept" : "mentor"})` : ""}`,
  duplicate_preference: (f) =>
    `${f.role} "${f.id}" is already listed in these preferences (at place ${f.at + 1}); list each ${f.role} once, most wanted first`,
  unknown_municipality: (f) =>
    `"${f.text}" is not a Swedish municipality${hint(f)}${hint(f).endsWith("?") ? "" : "."} Write the municipality's name or 4-digit code; for a place outside Sweden, name it in options.municipalities, or make the rule differentMunicipality soft or off`,
  unknown_municipality_code: (f) =>
    `municipality code "${f.text}" is not a Swedish municipality code; give the name, or add the code with options.municipalities`,
  locked_twice: (f) => `adept "${f.id}" is already locked at ${f.at}`,
  capacity_exceeded: (f) =>
    `mentor "${f.id}" is locked to more adepts than its capacity (${f.capacity})`,
  locked_conflict: (f) =>
    f.with === "exclusion"
      ? `pair ${f.pair} is both locked and excluded`
      : `pair ${f.pair} is locked but was already a pair (history)`,
  locked_breaks_rule: (f) =>
    `locked pair ${f.pair} breaks the hard rule: ${f.rules.map((r) => `${r === "differentWorkBackground" ? "largely the same work background" : `both in ${r === "differentSector" ? f.sector : f.municipality}`} (${r})`).join("; ")}`,
  locked_ineligible: (f) =>
    `locked ${f.role} "${f.id}" is not eligible: ${EN_REASONS.eligibility(eligibilityFacts(f))}`,
  invalid_characters: (f) =>
    `must not contain ${f.kind === "surrogate" ? `half a character (lone surrogate ${f.char})` : f.kind === "control" ? `a control character (${f.char})` : `an invisible formatting character (${f.char})`}: "${f.value}"; ${f.policy === "id" ? "an id may hold only visible characters" : f.policy === "name" ? "a name may not hold control characters" : "free text may hold line breaks and tabs but no other control characters"}`,

  invalid_type: (f) => `expected ${f.expected}`,
  too_small: (f) => f.detail,
  too_big: (f) => f.detail,
  invalid_value: (f) => `must be one of ${list(f.values)}`,
  unrecognized_keys: (f) => `unknown field${f.keys.length === 1 ? "" : "s"} ${list(f.keys)}`,
  invalid: (f) => f.detail,

  missing_fields: (f) =>
    `no ${(f.columns ?? f.fields).join(", ")}: the criteria that use ${f.fields.length === 1 ? "it" : "them"} score neutrally (0.5)`,
  no_point: (f) =>
    `no reference point for "${f.place}" (options.municipalities gives none): geography scores neutrally (0.5); give its lat and lon, or the person's location`,
  unknown_place: (f) =>
    `"${f.text}" is not a Swedish municipality${hint(f)}: geography scores neutrally (0.5), and the different-municipality rule (${f.mode}) compares the name as written; add the place with options.municipalities or give a location`,
  ineligible: (f) => EN_REASONS.eligibility(eligibilityFacts(f)),
};
