import type * as z from "zod/mini";
import { isMunicipalityCode, municipalityHint } from "../geo/municipalities.js";
import { type ResolvedOptions, resolveOptions } from "../options/resolve.js";
import { issueOf } from "../phrasebook/index.js";
import { eligibilityFacts } from "../rules/eligibility.js";
import { rulesBroken } from "../rules/pairRules.js";
import { type Cohort, CohortSchema } from "../schema/cohort.js";
import { fastCohort } from "../schema/fast.js";
import { formatPath } from "../schema/issues.js";
import { oversizedListIssues } from "../schema/oversized.js";
import { preferenceIssues } from "../schema/preferences.js";
import { unreadableIssue } from "../schema/unreadable.js";
import type { CohortIssue, CohortWarning, MatchOptions, SafeParseResult } from "../types.js";
import { guarded } from "../util/boundary.js";
import { CohortError } from "../util/cohortError.js";
import { nfc, normalizeKey } from "../util/normalize.js";
import { printable } from "../util/quote.js";
import { qualityWarnings } from "./quality.js";

function idAt(input: unknown, path: readonly PropertyKey[]): string | undefined {
  const [side, index] = path;
  if ((side !== "mentors" && side !== "adepts") || typeof index !== "number") return undefined;
  if (typeof input !== "object" || input === null) return undefined;
  const list = (input as Record<string, unknown>)[side];
  if (!Array.isArray(list)) return undefined;
  const person: unknown = list[index];
  if (typeof person !== "object" || person === null) return undefined;
  const id: unknown = (person as Record<string, unknown>).id;
  return typeof id === "string" && id.length <= 200 ? id.trim() : undefined;
}

const SUFFIX = /\s+(kommun|stad|municipality)$/iu;

function zodMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    return `unknown field${issue.keys.length === 1 ? "" : "s"} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`;
  }
  if (issue.code === "invalid_type" && issue.message.startsWith("Invalid input")) {
    return `expected ${issue.expected}`;
  }
  return issue.message;
}

/**
 * A schema issue as a code, its facts and its English words: zod's own codes with the facts a
 * phrasebook needs, and a refinement's own code (`invalid_characters`) from its `params`.
 */
function fromZod(issue: z.core.$ZodIssue): Pick<CohortIssue, "code" | "message" | "params"> {
  const message = zodMessage(issue);
  switch (issue.code) {
    case "custom": {
      const { code, ...facts } = (issue.params ?? {}) as { code?: unknown };
      return typeof code === "string"
        ? { code, message, params: facts }
        : { code: "invalid", message, params: { detail: message } };
    }
    case "invalid_type":
      return { code: issue.code, message, params: { expected: issue.expected } };
    case "too_small":
      return {
        code: issue.code,
        message,
        params: { origin: issue.origin, minimum: Number(issue.minimum), detail: message },
      };
    case "too_big":
      return {
        code: issue.code,
        message,
        params: { origin: issue.origin, maximum: Number(issue.maximum), detail: message },
      };
    case "invalid_value":
      return { code: issue.code, message, params: { values: issue.values.map(String) } };
    case "unrecognized_keys":
      return { code: issue.code, message, params: { keys: issue.keys.map((k) => printable(k)) } };
    default:
      return { code: issue.code, message, params: { detail: message } };
  }
}

/**
 * The id of a person whose record failed, read without trusting the input (a getter may throw
 * on a second read) and escaped (it may itself hold the characters that failed).
 */
function safeId(input: unknown, path: readonly PropertyKey[]): string | undefined {
  try {
    const id = idAt(input, path);
    return id === undefined ? undefined : printable(id, Number.POSITIVE_INFINITY);
  } catch {
    return undefined;
  }
}

function withId(issue: Omit<CohortIssue, "id">, id: string | undefined): CohortIssue {
  return id === undefined ? issue : { ...issue, id };
}

/** Each key's index in `keys` (the last, for a key that occurs twice). */
function indexOfKeys(keys: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) index.set(keys[i]!, i);
  return index;
}

/** Checks across records that a schema cannot express; returns the cohort with names resolved. */
function crossCheck(
  cohort: Cohort,
  resolved: ResolvedOptions,
): { cohort: Cohort; issues: CohortIssue[] } {
  const issues: CohortIssue[] = [];
  // Where each id was first seen: a mentor's index, or an adept's as ~index (paths are written
  // only for an issue).
  const seen = new Map<string, number>();
  const pathOf = (at: number) => (at >= 0 ? `mentors[${at}]` : `adepts[${~at}]`);
  // Each person's id keyed once, by side in input order (for the indexes below).
  const mentorKeys: string[] = [];
  const adeptKeys: string[] = [];
  const resolvePerson = <P extends Cohort["mentors"][number] | Cohort["adepts"][number]>(
    p: P,
    at: number,
  ): P => {
    const id = nfc(p.id);
    const key = normalizeKey(id);
    (at >= 0 ? mentorKeys : adeptKeys).push(key);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        path: `${pathOf(at)}.id`,
        id,
        ...issueOf("duplicate_id", { id: printable(id), also: pathOf(first) }),
      });
    } else {
      seen.set(key, at);
    }
    const written = nfc(p.municipality);
    const place = resolved.table.resolve(written);
    let municipality = place?.name ?? written.trim().replace(SUFFIX, "");
    if (place === undefined && isMunicipalityCode(written)) {
      issues.push({
        path: `${pathOf(at)}.municipality`,
        id,
        ...issueOf("unknown_municipality_code", { text: printable(written) }),
      });
    } else if (place === undefined && resolved.rules.differentMunicipality === "hard") {
      // Under a hard rule an unknown name could hide that two people share a municipality.
      issues.push({
        path: `${pathOf(at)}.municipality`,
        id,
        ...issueOf("unknown_municipality", {
          text: printable(written),
          ...municipalityHint(written, resolved.table),
        }),
      });
      municipality = written;
    }
    const sector = nfc(p.sector);
    // Most people are written as the library writes them: kept as they are, not copied.
    if (id === p.id && municipality === p.municipality && sector === p.sector) return p;
    return { ...p, id, municipality, sector };
  };
  const mentors = cohort.mentors.map((m, i) => resolvePerson(m, i));
  const adepts = cohort.adepts.map((a, i) => resolvePerson(a, ~i));

  const mentorIndex = indexOfKeys(mentorKeys);
  const adeptIndex = indexOfKeys(adeptKeys);
  const pairKey = (mi: number, ai: number) => `${mi},${ai}`;

  const refs = (list: "exclusions" | "locked" | "history") => {
    const keys = new Set<string>();
    const found: { mi: number; ai: number; at: number }[] = [];
    cohort[list].forEach((ref, at) => {
      const mi = mentorIndex.get(normalizeKey(ref.mentor));
      const ai = adeptIndex.get(normalizeKey(ref.adept));
      if (mi === undefined) {
        issues.push({
          path: `${list}[${at}].mentor`,
          id: ref.mentor,
          ...issueOf("unknown_id", {
            role: "mentor",
            id: printable(ref.mentor),
            otherRole: adeptIndex.has(normalizeKey(ref.mentor)),
          }),
        });
      }
      if (ai === undefined) {
        issues.push({
          path: `${list}[${at}].adept`,
          id: ref.adept,
          ...issueOf("unknown_id", {
            role: "adept",
            id: printable(ref.adept),
            otherRole: mentorIndex.has(normalizeKey(ref.adept)),
          }),
        });
      }
      if (mi !== undefined && ai !== undefined) {
        keys.add(pairKey(mi, ai));
        found.push({ mi, ai, at });
      }
    });
    return { keys, found };
  };
  issues.push(...preferenceIssues({ mentors, adepts }, mentorIndex, adeptIndex));
  const exclusions = refs("exclusions");
  const history = refs("history");
  const locked = refs("locked");

  const adeptLockedAt = new Map<number, number>();
  const mentorLoad = new Map<number, number>();
  for (const { mi, ai, at } of locked.found) {
    const mentor = mentors[mi]!;
    const adept = adepts[ai]!;
    const path = `locked[${at}]`;
    const pairId = `${mentor.id}/${adept.id}`;
    const earlier = adeptLockedAt.get(ai);
    if (earlier !== undefined) {
      issues.push({
        path,
        id: adept.id,
        ...issueOf("locked_twice", { id: printable(adept.id), at: `locked[${earlier}]` }),
      });
      continue;
    }
    adeptLockedAt.set(ai, at);
    const load = (mentorLoad.get(mi) ?? 0) + 1;
    mentorLoad.set(mi, load);
    if (load === mentor.capacity + 1) {
      issues.push({
        path,
        id: mentor.id,
        ...issueOf("capacity_exceeded", { id: printable(mentor.id), capacity: mentor.capacity }),
      });
    }
    if (exclusions.keys.has(pairKey(mi, ai))) {
      issues.push({
        path,
        id: pairId,
        ...issueOf("locked_conflict", { pair: printable(pairId), with: "exclusion" }),
      });
    }
    if (history.keys.has(pairKey(mi, ai))) {
      issues.push({
        path,
        id: pairId,
        ...issueOf("locked_conflict", { pair: printable(pairId), with: "history" }),
      });
    }
    const broken = rulesBroken(mentor, adept, resolved.rules, "hard");
    if (broken.length > 0) {
      issues.push({
        path,
        id: pairId,
        ...issueOf("locked_breaks_rule", {
          pair: printable(pairId),
          rules: broken,
          municipality: printable(adept.municipality),
          sector: printable(adept.sector),
        }),
      });
    }
    for (const [role, person] of [
      ["mentor", mentor],
      ["adept", adept],
    ] as const) {
      const facts = eligibilityFacts(person, role, resolved.rules);
      if (facts !== undefined) {
        issues.push({
          path,
          id: person.id,
          ...issueOf("locked_ineligible", {
            role,
            id: printable(person.id),
            ...(facts.years === undefined
              ? {}
              : { years: facts.years.has, least: facts.years.least }),
            ...(facts.consent === undefined ? {} : { consent: facts.consent }),
          }),
        });
      }
    }
  }
  return { cohort: { ...cohort, mentors, adepts }, issues };
}

/** What `parseWith` gives: the checked cohort and its warnings, or every issue. */
type Parsed =
  | { success: true; data: Cohort; warnings: CohortWarning[] }
  | { success: false; issues: CohortIssue[] };

/** Parses and checks; the shared core of `parseCohort`, `safeParseCohort` and `match`. */
export function parseWith(input: unknown, resolved: ResolvedOptions): Parsed {
  return parseRead(input, resolved, fastCohort(input));
}

/**
 * `parseWith` for a caller that has read the input with `fastCohort` already (`fast`: its
 * validated form, or undefined when it is not plainly valid and zod must read it).
 *
 * @example
 * const parsed = parseRead(input, resolved, fastCohort(input));
 */
export function parseRead(
  input: unknown,
  resolved: ResolvedOptions,
  fast: Cohort | undefined,
): Parsed {
  let parsed: ReturnType<typeof CohortSchema.safeParse> | undefined;
  let zodIssues: z.core.$ZodIssue[] | undefined;
  // A plainly valid cohort is read without zod (the same output); anything else goes to zod.
  if (fast !== undefined) {
    parsed = { success: true, data: fast };
  } else {
    try {
      // A list longer than allowed is refused before zod reads it element by element.
      zodIssues = oversizedListIssues(CohortSchema, input);
      if (zodIssues === undefined) {
        parsed = CohortSchema.safeParse(input);
        // zod words its issues lazily, from the input (a Proxy's prototype): read them here too.
        if (!parsed.success) zodIssues = parsed.error.issues;
      }
    } catch (error) {
      // A getter or Proxy trap in the input threw: an issue at its path, never a raw error.
      return { success: false, issues: [unreadableIssue(input, error)] };
    }
  }
  if (parsed === undefined || !parsed.success || zodIssues !== undefined) {
    zodIssues ??= [];
    const issues = zodIssues.map((issue) =>
      withId({ path: formatPath(issue.path), ...fromZod(issue) }, safeId(input, issue.path)),
    );
    return { success: false, issues };
  }
  const { cohort, issues } = crossCheck(parsed.data, resolved);
  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: cohort, warnings: qualityWarnings(cohort, resolved) };
}

/**
 * Validates a cohort without throwing. On failure `issues` lists every problem with its path
 * (`adepts[3].managerYears`) and the person's id; on success `warnings` lists data-quality notes
 * (missing optional fields, which score neutrally). Options matter for the checks that depend
 * on rules (a locked pair must obey the hard rules) and on the municipality table (codes).
 *
 * Never throws for any cohort: a value that cannot be read (a getter or Proxy trap that throws)
 * is an issue with code `unreadable` at its path. Invalid options are a caller's bug and throw
 * a `RangeError` or `TypeError` naming `safeParseCohort`, as in `match`.
 *
 * @example
 * const r = safeParseCohort(JSON.parse(text));
 * if (!r.success) for (const i of r.issues) console.log(i.path, i.message);
 */
export function safeParseCohort(input: unknown, options?: MatchOptions): SafeParseResult {
  return guarded("safeParseCohort", () =>
    parseWith(input, resolveOptions("safeParseCohort", options)),
  );
}

/**
 * Validates a cohort and returns it with defaults filled in, ids in Unicode NFC and
 * 4-digit municipality codes resolved to names. Throws `CohortError` listing every problem.
 *
 * @example
 * const cohort = parseCohort({
 *   mentors: [{ id: "M01", municipality: "Borås", sector: "Äldreomsorg", managerYears: 12 }],
 *   adepts: [{ id: "A01", municipality: "1491", sector: "Förskola", managerYears: 3 }],
 * });
 * cohort.adepts[0].municipality // "Ulricehamn"
 */
export function parseCohort(input: unknown, options?: MatchOptions): Cohort {
  return guarded("parseCohort", () => {
    const result = parseWith(input, resolveOptions("parseCohort", options));
    if (!result.success) throw new CohortError("parseCohort", result.issues);
    return result.data;
  });
}
