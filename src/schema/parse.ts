import type * as z from "zod";
import { isMunicipalityCode, municipalityHint } from "../geo/municipalities.js";
import { type ResolvedOptions, resolveOptions } from "../options/resolve.js";
import { eligibilityProblem } from "../rules/eligibility.js";
import { hardRuleBroken } from "../rules/pairRules.js";
import type { CohortIssue, CohortWarning, MatchOptions, SafeParseResult } from "../types.js";
import { guarded } from "../util/boundary.js";
import { normalizeKey } from "../util/normalize.js";
import { printable, quote } from "../util/quote.js";
import { type Cohort, CohortSchema } from "./cohort.js";
import { CohortError, formatPath } from "./issues.js";
import { qualityWarnings } from "./quality.js";
import { unreadableIssue } from "./unreadable.js";

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

/** A schema refinement names its own code (`invalid_characters`) in `params.code`. */
function issueCode(issue: z.core.$ZodIssue): string {
  const own: unknown = issue.code === "custom" ? issue.params?.code : undefined;
  return typeof own === "string" ? own : issue.code;
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

/** Checks across records that a schema cannot express; returns the cohort with names resolved. */
function crossCheck(
  cohort: Cohort,
  resolved: ResolvedOptions,
): { cohort: Cohort; issues: CohortIssue[] } {
  const issues: CohortIssue[] = [];
  const seen = new Map<string, string>();
  const resolvePerson = <P extends Cohort["mentors"][number] | Cohort["adepts"][number]>(
    p: P,
    path: string,
  ): P => {
    const id = p.id.normalize("NFC");
    const key = normalizeKey(id);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        code: "duplicate_id",
        path: `${path}.id`,
        id,
        message: `duplicate id "${id}" (also at ${first}); ids must be unique across mentors and adepts`,
      });
    } else {
      seen.set(key, path);
    }
    const written = p.municipality.normalize("NFC");
    const place = resolved.table.resolve(written);
    let municipality = place?.name ?? written.trim().replace(SUFFIX, "");
    if (place === undefined && isMunicipalityCode(written)) {
      issues.push({
        code: "unknown_municipality_code",
        path: `${path}.municipality`,
        id,
        message: `municipality code ${quote(written)} is not a Swedish municipality code; give the name, or add the code with options.municipalities`,
      });
    } else if (place === undefined && resolved.rules.differentMunicipality === "hard") {
      // Under a hard rule an unknown name could hide that two people share a municipality.
      issues.push({
        code: "unknown_municipality",
        path: `${path}.municipality`,
        id,
        message: `${quote(written)} is not a Swedish municipality${municipalityHint(written, resolved.table)}. Write the municipality's name or 4-digit code; for a place outside Sweden, name it in options.municipalities, or make the rule differentMunicipality soft or off`,
      });
      municipality = written;
    }
    return { ...p, id, municipality, sector: p.sector.normalize("NFC") };
  };
  const mentors = cohort.mentors.map((m, i) => resolvePerson(m, `mentors[${i}]`));
  const adepts = cohort.adepts.map((a, i) => resolvePerson(a, `adepts[${i}]`));

  const mentorIndex = new Map(mentors.map((m, i) => [normalizeKey(m.id), i]));
  const adeptIndex = new Map(adepts.map((a, i) => [normalizeKey(a.id), i]));
  const pairKey = (mi: number, ai: number) => `${mi},${ai}`;

  const refs = (list: "exclusions" | "locked" | "history") => {
    const keys = new Set<string>();
    const found: { mi: number; ai: number; at: number }[] = [];
    cohort[list].forEach((ref, at) => {
      const mi = mentorIndex.get(normalizeKey(ref.mentor));
      const ai = adeptIndex.get(normalizeKey(ref.adept));
      if (mi === undefined) {
        const other = adeptIndex.has(normalizeKey(ref.mentor))
          ? ` ("${ref.mentor}" is an adept)`
          : "";
        issues.push({
          code: "unknown_id",
          path: `${list}[${at}].mentor`,
          id: ref.mentor,
          message: `no mentor with id "${ref.mentor}"${other}`,
        });
      }
      if (ai === undefined) {
        const other = mentorIndex.has(normalizeKey(ref.adept))
          ? ` ("${ref.adept}" is a mentor)`
          : "";
        issues.push({
          code: "unknown_id",
          path: `${list}[${at}].adept`,
          id: ref.adept,
          message: `no adept with id "${ref.adept}"${other}`,
        });
      }
      if (mi !== undefined && ai !== undefined) {
        keys.add(pairKey(mi, ai));
        found.push({ mi, ai, at });
      }
    });
    return { keys, found };
  };
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
        code: "locked_twice",
        path,
        id: adept.id,
        message: `adept "${adept.id}" is already locked at locked[${earlier}]`,
      });
      continue;
    }
    adeptLockedAt.set(ai, at);
    const load = (mentorLoad.get(mi) ?? 0) + 1;
    mentorLoad.set(mi, load);
    if (load === mentor.capacity + 1) {
      issues.push({
        code: "capacity_exceeded",
        path,
        id: mentor.id,
        message: `mentor "${mentor.id}" is locked to more adepts than its capacity (${mentor.capacity})`,
      });
    }
    if (exclusions.keys.has(pairKey(mi, ai))) {
      issues.push({
        code: "locked_conflict",
        path,
        id: pairId,
        message: `pair ${pairId} is both locked and excluded`,
      });
    }
    if (history.keys.has(pairKey(mi, ai))) {
      issues.push({
        code: "locked_conflict",
        path,
        id: pairId,
        message: `pair ${pairId} is locked but was already a pair (history)`,
      });
    }
    const broken = hardRuleBroken(mentor, adept, resolved.rules);
    if (broken !== undefined) {
      issues.push({
        code: "locked_breaks_rule",
        path,
        id: pairId,
        message: `locked pair ${pairId} breaks the hard rule: ${broken}`,
      });
    }
    for (const [role, person] of [
      ["mentor", mentor],
      ["adept", adept],
    ] as const) {
      const problem = eligibilityProblem(person, role, resolved.rules);
      if (problem !== undefined) {
        issues.push({
          code: "locked_ineligible",
          path,
          id: person.id,
          message: `locked ${role} "${person.id}" is not eligible: ${problem}`,
        });
      }
    }
  }
  return { cohort: { ...cohort, mentors, adepts }, issues };
}

/** Parses and checks; the shared core of `parseCohort`, `safeParseCohort` and `match`. */
export function parseWith(
  input: unknown,
  resolved: ResolvedOptions,
):
  | { success: true; data: Cohort; warnings: CohortWarning[] }
  | { success: false; issues: CohortIssue[] } {
  let parsed: ReturnType<typeof CohortSchema.safeParse>;
  let zodIssues: z.core.$ZodIssue[] = [];
  try {
    parsed = CohortSchema.safeParse(input);
    // zod words its issues lazily, from the input (a Proxy's prototype): read them here too.
    if (!parsed.success) zodIssues = parsed.error.issues;
  } catch (error) {
    // A getter or Proxy trap in the input threw: an issue at its path, never a raw error.
    return { success: false, issues: [unreadableIssue(input, error)] };
  }
  if (!parsed.success) {
    const issues = zodIssues.map((issue) =>
      withId(
        { code: issueCode(issue), path: formatPath(issue.path), message: zodMessage(issue) },
        safeId(input, issue.path),
      ),
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
