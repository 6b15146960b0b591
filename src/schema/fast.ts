/**
 * The schema's answer for a plainly valid cohort, without zod: the same output (strings trimmed
 * where the schema trims them, defaults filled in, every object's keys in the schema's order),
 * about ten times sooner, and none of zod's garbage. It accepts a subset of what the schema
 * accepts: anything unusual (a control, format or surrogate character, but for tabs and line
 * breaks in free text; a key present with the value `undefined` where the schema needs a value;
 * an object that is not a plain object; any value out of range) makes it answer undefined, and
 * the caller asks zod, which words the issues. A test checks it against zod on generated
 * cohorts, valid and not.
 */
import { EDUCATION_LEVELS, LEADERSHIP_LEVELS } from "../types.js";
import {
  type Cohort,
  MAX_AUDIT_ATTRIBUTES,
  MAX_LIST_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PEOPLE_PER_SIDE,
  MAX_TEXT_LENGTH,
  MAYBE_REFUSED,
  MAYBE_REFUSED_IN_TEXT,
} from "./cohort.js";

/** Thrown inside, caught at the top: "not plainly valid, ask zod". */
const BAIL = Symbol("bail");

type Obj = Record<string, unknown>;

function plain(x: unknown): Obj {
  if (typeof x !== "object" || x === null || Object.getPrototypeOf(x) !== Object.prototype)
    throw BAIL;
  return x as Obj;
}

/** A plain object with no key but `keys` (a strict object of the schema). */
function strict(x: unknown, keys: ReadonlySet<string>): Obj {
  const o = plain(x);
  for (const k in o) if (!keys.has(k)) throw BAIL;
  return o;
}

/** Each entry of a list of at most `max`, read: holes too (`map` would skip them). */
function list<T>(x: unknown, max: number, read: (x: unknown) => T): T[] {
  if (!Array.isArray(x) || Object.getPrototypeOf(x) !== Array.prototype || x.length > max)
    throw BAIL;
  const out = new Array<T>(x.length);
  for (let i = 0; i < x.length; i++) out[i] = read(x[i]);
  return out;
}

/**
 * Whether every character of `s` is printable Latin-1 (but the soft hyphen): none that
 * `MAYBE_REFUSED` matches, told by a loop over its characters, which costs a third of the
 * regular expression on a short name (most names and tags). False says nothing: ask it.
 *
 * @example
 * plainLatin1("Borås") // true
 * plainLatin1("M\u200b1") // false (and MAYBE_REFUSED matches it)
 */
export function plainLatin1(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c === 0xad || c > 0xff) return false;
  }
  return true;
}

/** An id or a name: trimmed, 1 to 200 characters, none that a policy might refuse. */
function name(x: unknown): string {
  if (typeof x !== "string") throw BAIL;
  const s = x.trim();
  if (s.length === 0 || s.length > MAX_NAME_LENGTH) throw BAIL;
  if (!plainLatin1(s) && MAYBE_REFUSED.test(s)) throw BAIL;
  return s;
}

/** Free text: at most 10,000 characters, line breaks and tabs kept, nothing else refusable. */
function text(x: unknown): string {
  if (typeof x !== "string" || x.length > MAX_TEXT_LENGTH || MAYBE_REFUSED_IN_TEXT.test(x))
    throw BAIL;
  return x;
}

function number(x: unknown, min: number, max: number): number {
  if (typeof x !== "number" || !(x >= min && x <= max)) throw BAIL;
  return x;
}

function whole(x: unknown, min: number, max: number): number {
  if (!Number.isInteger(number(x, min, max))) throw BAIL;
  return x as number;
}

function oneOf(values: readonly string[]) {
  return (x: unknown) => {
    if (typeof x !== "string" || !values.includes(x)) throw BAIL;
    return x;
  };
}

const years = (x: unknown) => number(x, 0, 80);
const tags = (x: unknown) => list(x, MAX_LIST_LENGTH, name);
const bool = (x: unknown) => {
  if (typeof x !== "boolean") throw BAIL;
  return x;
};

/** An optional field: absent stays absent, `undefined` stays `undefined` (as zod gives). */
function optional(o: Obj, out: Obj, key: string, read: (x: unknown) => unknown): void {
  if (key in o) out[key] = present(o[key], read);
}

/** An optional field's value read once: `undefined` stays `undefined`, else `read` checks it. */
function present(x: unknown, read: (x: unknown) => unknown): unknown {
  return x === undefined ? undefined : read(x);
}

const EDUCATION = new Set(["level", "fields"]);
const educationLevel = oneOf(EDUCATION_LEVELS);
function education(x: unknown): Obj {
  const o = strict(x, EDUCATION);
  const out: Obj = {};
  // As `optional` reads them, by their own names (see `person`).
  if ("level" in o) out.level = present(o.level, educationLevel);
  if ("fields" in o) out.fields = present(o.fields, tags);
  return out;
}

const LEADERSHIP = new Set(["level", "staffCount", "areas"]);
const leadershipLevel = oneOf(LEADERSHIP_LEVELS);
const staffCount = (v: unknown) => whole(v, 0, 1_000_000);
function leadership(x: unknown): Obj {
  const o = strict(x, LEADERSHIP);
  const out: Obj = {};
  // As `optional` reads them, by their own names (see `person`).
  if ("level" in o) out.level = present(o.level, leadershipLevel);
  if ("staffCount" in o) out.staffCount = present(o.staffCount, staffCount);
  if ("areas" in o) out.areas = present(o.areas, tags);
  return out;
}

const LOCATION = new Set(["lat", "lon"]);
function location(x: unknown): Obj {
  const o = strict(x, LOCATION);
  return { lat: number(o.lat, -90, 90), lon: number(o.lon, -180, 180) };
}

function auditAttributes(x: unknown): Obj {
  const o = plain(x);
  const out: Obj = {};
  let n = 0;
  for (const k in o) {
    if (++n > MAX_AUDIT_ATTRIBUTES || k === "__proto__") throw BAIL;
    if (k.trim() === "" || k.length > MAX_NAME_LENGTH) throw BAIL;
    const v = o[k];
    out[k] = typeof v === "string" ? name(v) : Number.isFinite(v) ? v : bool(v);
  }
  return out;
}

const PERSON = [
  "id",
  "municipality",
  "sector",
  "managerYears",
  "workYears",
  "sectorExperience",
  "education",
  "leadership",
  "managerConsent",
  "location",
  "auditAttributes",
];
const MENTOR = new Set([...PERSON, "offers", "offerText", "capacity", "preferences"]);
const ADEPT = new Set([...PERSON, "wishes", "wishText", "preferences"]);
const preferences = (x: unknown) => list(x, MAX_PEOPLE_PER_SIDE, name);

/**
 * A person, field by field as `optional` reads them, written out with each field's own name:
 * `optional`'s key is a variable, which makes V8 look every field up the slow way, and this runs
 * for every person of a national cohort.
 */
function person(x: unknown, mentor: boolean): Obj {
  const o = strict(x, mentor ? MENTOR : ADEPT);
  const out: Obj = {
    id: name(o.id),
    municipality: name(o.municipality),
    sector: name(o.sector),
    managerYears: years(o.managerYears),
  };
  if ("workYears" in o) out.workYears = present(o.workYears, years);
  if ("sectorExperience" in o) out.sectorExperience = present(o.sectorExperience, tags);
  if ("education" in o) out.education = present(o.education, education);
  if ("leadership" in o) out.leadership = present(o.leadership, leadership);
  if ("managerConsent" in o) out.managerConsent = present(o.managerConsent, bool);
  if ("location" in o) out.location = present(o.location, location);
  if ("auditAttributes" in o) out.auditAttributes = present(o.auditAttributes, auditAttributes);
  if (mentor) {
    if ("offers" in o) out.offers = present(o.offers, tags);
    if ("offerText" in o) out.offerText = present(o.offerText, text);
    out.capacity = o.capacity === undefined ? 1 : whole(o.capacity, 1, 1000);
  } else {
    if ("wishes" in o) out.wishes = present(o.wishes, tags);
    if ("wishText" in o) out.wishText = present(o.wishText, text);
  }
  if ("preferences" in o) out.preferences = present(o.preferences, preferences);
  return out;
}

const PAIR = new Set(["mentor", "adept", "reason"]);
const HISTORY = new Set(["mentor", "adept", "cohort"]);
function pair(x: unknown, history: boolean): Obj {
  const o = strict(x, history ? HISTORY : PAIR);
  const out: Obj = { mentor: name(o.mentor), adept: name(o.adept) };
  if (history) optional(o, out, "cohort", name);
  else optional(o, out, "reason", text);
  return out;
}

const COHORT = new Set(["mentors", "adepts", "exclusions", "locked", "history"]);
/** A list of the cohort, `[]` when absent (the schema's default). */
function records<T>(x: unknown, max: number, read: (x: unknown) => T): T[] {
  return x === undefined ? [] : list(x, max, read);
}

/**
 * `CohortSchema`'s output for `input` when it is plainly valid (see above), else undefined
 * (then zod decides, and words what is wrong). Never throws.
 *
 * @example
 * fastCohort(cohort) ?? CohortSchema.safeParse(cohort)
 */
export function fastCohort(input: unknown): Cohort | undefined {
  try {
    const o = strict(input, COHORT);
    const mentors = list(o.mentors, MAX_PEOPLE_PER_SIDE, (m) => person(m, true));
    const adepts = list(o.adepts, MAX_PEOPLE_PER_SIDE, (a) => person(a, false));
    if (mentors.length === 0 || adepts.length === 0) return undefined;
    return {
      mentors,
      adepts,
      exclusions: records(o.exclusions, 1_000_000, (x) => pair(x, false)),
      locked: records(o.locked, MAX_PEOPLE_PER_SIDE, (x) => pair(x, false)),
      history: records(o.history, 1_000_000, (x) => pair(x, true)),
    } as unknown as Cohort;
  } catch {
    // BAIL, or a getter that threw: zod reads the input again and says what is wrong.
    return undefined;
  }
}
