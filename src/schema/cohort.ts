import { en } from "zod/locales";
import * as z from "zod/mini";
import { EDUCATION_LEVELS, LEADERSHIP_LEVELS } from "../types.js";
import { LONE_SURROGATE, printable, quote, UNSAFE_CHARS } from "../util/quote.js";

// zod's English words for the issues this schema does not word itself (an unknown option, a
// wrong type); the classic API sets them on import, the mini one leaves them to the caller.
z.config(en());

export {
  EDUCATION_LEVELS,
  type EducationLevel,
  LEADERSHIP_LEVELS,
  type LeadershipLevel,
} from "../types.js";

/** Longest accepted string (ids, names, tags); free text has its own limit. */
export const MAX_NAME_LENGTH = 200;
/** Longest accepted free text (`wishText`, `offerText`). */
export const MAX_TEXT_LENGTH = 10_000;
/**
 * Most people accepted on one side of a cohort: a national programme (20,000 + 20,000 matches
 * in about a minute, well under 2 GB), and a bound against hostile input.
 */
export const MAX_PEOPLE_PER_SIDE = 20_000;
/** Most entries in one list field (tags, areas, sectors). */
export const MAX_LIST_LENGTH = 100;

/**
 * Which characters a kind of string refuses. A lone surrogate (half a character) is never text.
 * Control characters (C0, C1: ESC can clear a terminal) never belong in a name; free text keeps
 * line breaks and tabs. Ids refuse the invisible format characters too (zero-width space and
 * joiners, bidirectional overrides, soft hyphen, BOM), so "M1" and "M\u200B1" cannot be two
 * people; names keep them (emoji use joiners) and `normalizeKey` drops them when comparing.
 */
type CharPolicy = "id" | "name" | "text";

const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f);
const TEXT_CONTROLS_KEPT = new Set([0x09, 0x0a, 0x0d]);

function refuses(policy: CharPolicy, code: number): boolean {
  if (policy === "id") return true;
  if (!isControl(code)) return false;
  return policy === "name" || !TEXT_CONTROLS_KEPT.has(code);
}

/**
 * A character `UNSAFE_CHARS` or `LONE_SURROGATE` may match: any control, format or surrogate.
 *
 * @example
 * MAYBE_REFUSED.test("M\u200b1") // true
 */
export const MAYBE_REFUSED = maybeRefused("\\u0000-\\u001f");

/**
 * `MAYBE_REFUSED` less the tab and the line breaks, which free text keeps.
 *
 * @example
 * MAYBE_REFUSED_IN_TEXT.test("rad ett\nrad två") // false
 */
export const MAYBE_REFUSED_IN_TEXT = maybeRefused("\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f");

/** C0 controls as given, then C1 controls, format characters and surrogates. */
function maybeRefused(c0: string): RegExp {
  return new RegExp(
    `[${c0}\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb\\ud800-\\udfff]`,
  );
}

/** The first character the policy refuses, as a code point, or undefined. */
function firstRefused(value: string, policy: CharPolicy): number | undefined {
  // Almost every string is plain: one test without allocation before the two searches.
  if (!MAYBE_REFUSED.test(value)) return undefined;
  const lone = value.search(LONE_SURROGATE);
  if (lone >= 0) return value.charCodeAt(lone);
  for (const m of value.matchAll(UNSAFE_CHARS)) {
    const code = m[0].codePointAt(0)!;
    if (refuses(policy, code)) return code;
  }
  return undefined;
}

function charKind(code: number): "surrogate" | "control" | "invisible" {
  if (code >= 0xd800 && code <= 0xdfff) return "surrogate";
  return isControl(code) ? "control" : "invisible";
}

function describeChar(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  if (code >= 0xd800 && code <= 0xdfff) return `half a character (lone surrogate ${hex})`;
  if (isControl(code)) return `a control character (${hex})`;
  return `an invisible formatting character (${hex})`;
}

const ALLOWED: Record<CharPolicy, string> = {
  id: "an id may hold only visible characters",
  name: "a name may not hold control characters",
  text: "free text may hold line breaks and tabs but no other control characters",
};

/**
 * Refuses what `policy` refuses, with code `invalid_characters` and the value quoted safely. A
 * plain check, not `superRefine`: that makes a closure for every string it sees (1.6 MB of
 * garbage per 500 + 500 cohort), and strings are most of a cohort. The issue is the one
 * `superRefine` would push (`continue: true`: the value's other checks still run).
 */
function refineChars(policy: CharPolicy) {
  return (payload: z.core.ParsePayload<string>) => {
    const value = payload.value;
    const code = firstRefused(value, policy);
    if (code === undefined) return;
    payload.issues.push({
      code: "custom",
      input: value,
      continue: true,
      params: {
        code: "invalid_characters",
        char: `U+${code.toString(16).toUpperCase().padStart(4, "0")}`,
        kind: charKind(code),
        value: printable(value),
        policy,
      },
      message: `must not contain ${describeChar(code)}: ${quote(value)}; ${ALLOWED[policy]}`,
    });
  };
}

const trimmed = z.string().check(
  z.trim(),
  z.minLength(1, { error: "must not be empty" }),
  // abort: a 50-million-character cell is refused without scanning it for characters.
  z.maxLength(MAX_NAME_LENGTH, {
    error: `must be at most ${MAX_NAME_LENGTH} characters`,
    abort: true,
  }),
);

const name = trimmed.check(refineChars("name"));
const id = trimmed.check(refineChars("id"));

const text = z.string().check(
  z.maxLength(MAX_TEXT_LENGTH, {
    error: `must be at most ${MAX_TEXT_LENGTH} characters`,
    abort: true,
  }),
  refineChars("text"),
);

const years = z
  .number({ error: "must be a finite number of years" })
  .check(
    z.gte(0, { error: "must not be negative" }),
    z.lte(80, { error: "must be at most 80 years" }),
  );

const tags = z
  .array(name)
  .check(z.maxLength(MAX_LIST_LENGTH, { error: `at most ${MAX_LIST_LENGTH} entries` }));

// A ranking may name everyone on the other side; `parse.ts` checks the ids exist, once each.
const preferences = z
  .array(id)
  .check(z.maxLength(MAX_PEOPLE_PER_SIDE, { error: `at most ${MAX_PEOPLE_PER_SIDE} entries` }));

/** Education: an ordinal level and the fields studied. */
export const EducationSchema = z.strictObject({
  level: z.optional(z.enum(EDUCATION_LEVELS)),
  fields: z.optional(tags),
});

/** Leadership: level, staff led, and areas (experience for a mentor, wants for an adept). */
export const LeadershipSchema = z.strictObject({
  level: z.optional(z.enum(LEADERSHIP_LEVELS)),
  staffCount: z.optional(
    z
      .number({ error: "must be a whole number" })
      .check(
        z.int({ error: "must be a whole number" }),
        z.gte(0, { error: "must not be negative" }),
        z.lte(1_000_000, { error: "must be at most 1000000" }),
      ),
  ),
  areas: z.optional(tags),
});

/** A WGS84 position that overrides the municipality's reference point. */
export const LocationSchema = z.strictObject({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
});

/** Most keys in one person's `auditAttributes`. */
export const MAX_AUDIT_ATTRIBUTES = 20;

/** A free record of short values per person, only for audits (see `auditAttributes`). */
export const AuditAttributesSchema = z
  // An object with a catch-all rather than z.record: zod's record would add 1 KB to the bundle.
  .catchall(z.object({}), z.union([name, z.number(), z.boolean()]))
  .check(
    z.refine(
      (r) => {
        const keys = Object.keys(r);
        return (
          keys.length <= MAX_AUDIT_ATTRIBUTES &&
          keys.every((k) => k.trim() !== "" && k.length <= MAX_NAME_LENGTH)
        );
      },
      {
        error: `at most ${MAX_AUDIT_ATTRIBUTES} attributes, each named by 1 to ${MAX_NAME_LENGTH} characters`,
      },
    ),
  );

const personShape = {
  /** Unique across the cohort (both roles); an anonymised code, not a name. */
  id,
  /** Municipality name, or its 4-digit code for a known municipality. */
  municipality: name,
  /** Current sector (verksamhetsområde). */
  sector: name,
  /** Years as a manager. */
  managerYears: years,
  /** Work-life experience in years. */
  workYears: z.optional(years),
  /** Sectors worked in before (and now). */
  sectorExperience: z.optional(tags),
  education: z.optional(EducationSchema),
  leadership: z.optional(LeadershipSchema),
  /** The applicant has consulted their own manager. */
  managerConsent: z.optional(z.boolean()),
  location: z.optional(LocationSchema),
  /**
   * Attributes for auditing a plan's fairness (`auditPlan` in `mentorpair/learn`), such as an
   * age band: never scored, never a rule, not read from spreadsheets.
   */
  auditAttributes: z.optional(AuditAttributesSchema),
};

/** One mentor's application. */
export const MentorSchema = z.strictObject({
  ...personShape,
  /** What the mentor wants to contribute, as tags. */
  offers: z.optional(tags),
  /** What the mentor wants to contribute, in their own words. */
  offerText: z.optional(text),
  /** How many adepts this mentor can take. The default value is 1. */
  capacity: z._default(
    z
      .number({ error: "must be a whole number of adepts" })
      .check(
        z.int({ error: "must be a whole number of adepts" }),
        z.gte(1, { error: "must be at least 1" }),
        z.lte(1000, { error: "must be at most 1000" }),
      ),
    1,
  ),
  /** Adept ids, most wanted first (any length; unknown or repeated ids are errors). */
  preferences: z.optional(preferences),
});

/** One adept's application. */
export const AdeptSchema = z.strictObject({
  ...personShape,
  /** What the adept wants from the year, as tags. */
  wishes: z.optional(tags),
  /** What the adept wants from the year, in their own words. */
  wishText: z.optional(text),
  /** Mentor ids, most wanted first (any length; unknown or repeated ids are errors). */
  preferences: z.optional(preferences),
});

const pairRef = { mentor: id, adept: id };

/** A pair that must never be formed (conflict of interest). */
export const ExclusionSchema = z.strictObject({ ...pairRef, reason: z.optional(text) });
/** A pre-agreed pair that is always kept. */
export const LockedSchema = z.strictObject({ ...pairRef, reason: z.optional(text) });
/** An earlier pair that is never repeated. */
export const HistorySchema = z.strictObject({ ...pairRef, cohort: z.optional(name) });

/** A cohort: everything `match` needs. */
export const CohortSchema = z.strictObject({
  mentors: z
    .array(MentorSchema)
    .check(
      z.minLength(1, { error: "needs at least one mentor" }),
      z.maxLength(MAX_PEOPLE_PER_SIDE, { error: `at most ${MAX_PEOPLE_PER_SIDE} mentors` }),
    ),
  adepts: z
    .array(AdeptSchema)
    .check(
      z.minLength(1, { error: "needs at least one adept" }),
      z.maxLength(MAX_PEOPLE_PER_SIDE, { error: `at most ${MAX_PEOPLE_PER_SIDE} adepts` }),
    ),
  exclusions: z._default(z.array(ExclusionSchema).check(z.maxLength(1_000_000)), []),
  locked: z._default(z.array(LockedSchema).check(z.maxLength(MAX_PEOPLE_PER_SIDE)), []),
  history: z._default(z.array(HistorySchema).check(z.maxLength(1_000_000)), []),
});

/** A cohort as callers write it (defaults may be left out). */
export type CohortInput = z.input<typeof CohortSchema>;
/** A validated cohort, defaults filled in. */
export type Cohort = z.output<typeof CohortSchema>;
/** A validated mentor. */
export type Mentor = z.output<typeof MentorSchema>;
/** A validated adept. */
export type Adept = z.output<typeof AdeptSchema>;
/** A mentor as callers write it. */
export type MentorInput = z.input<typeof MentorSchema>;
/** An adept as callers write it. */
export type AdeptInput = z.input<typeof AdeptSchema>;
/** Either role. */
export type Person = Mentor | Adept;
