import { match } from "../match/match.js";
import { prepare } from "../prepare/prepare.js";
import type { Adept, Mentor } from "../schema/cohort.js";
import type { MatchOptions, MatchResult } from "../types.js";
import { guarded } from "../util/boundary.js";
import { normalizeKey } from "../util/normalize.js";
import { quote } from "../util/quote.js";
import type { AuditField, AuditGroup, AuditOptions, PlanAudit } from "./types.js";

/** Fields audited when `by` is left out. */
const DEFAULT_BY = ["municipality", "sector"] as const;

interface Member {
  readonly person: Mentor | Adept;
  readonly role: "mentor" | "adept";
  /** Totals of the pairs the person is in. */
  readonly scores: number[];
}

/**
 * A person's value of a field: `role`, a field of the application (dotted for nested ones, such
 * as `leadership.level`), or else a key of `auditAttributes`. Lists and missing values are `null`.
 */
function fieldValue(m: Member, field: string): string | null {
  if (field === "role") return m.role;
  let at: unknown = m.person;
  for (const key of field.split(".")) {
    at =
      typeof at === "object" && at !== null && Object.hasOwn(at, key)
        ? (at as Record<string, unknown>)[key]
        : undefined;
  }
  if (at === undefined && field !== "auditAttributes") {
    const own = m.person.auditAttributes;
    if (own !== undefined && Object.hasOwn(own, field)) at = own[field];
  }
  if (typeof at === "string") return at;
  if (typeof at === "number" || typeof at === "boolean") return String(at);
  return null;
}

function groupOf(value: string | null, members: readonly Member[]): AuditGroup {
  const scores = members.flatMap((m) => m.scores);
  const matched = members.filter((m) => m.scores.length > 0).length;
  return {
    value,
    people: members.length,
    matched,
    shareMatched: matched / members.length,
    meanScore: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length,
    lowestScore: scores.length === 0 ? null : Math.min(...scores),
  };
}

/** Largest minus smallest of the non-null values, `null` with fewer than two. */
function spread(values: readonly (number | null)[]): number | null {
  const xs = values.filter((x): x is number => x !== null);
  return xs.length < 2 ? null : Math.max(...xs) - Math.min(...xs);
}

function auditField(field: string, members: readonly Member[]): AuditField {
  // Values are grouped as ids are compared (trimmed, NFC, case-insensitive); the first spelling names the group.
  const groups = new Map<string, { value: string | null; members: Member[] }>();
  for (const m of members) {
    const value = fieldValue(m, field);
    const key = value === null ? "\u0000" : normalizeKey(value);
    const g = groups.get(key) ?? { value, members: [] };
    g.members.push(m);
    groups.set(key, g);
  }
  const list = [...groups.values()]
    .map((g) => groupOf(g.value, g.members))
    .sort((x, y) =>
      x.value === null
        ? 1
        : y.value === null
          ? -1
          : x.value < y.value
            ? -1
            : x.value > y.value
              ? 1
              : 0,
    );
  const valued = list.filter((g) => g.value !== null);
  return {
    field,
    groups: list,
    gaps: {
      shareMatched: spread(valued.map((g) => g.shareMatched)),
      meanScore: spread(valued.map((g) => g.meanScore)),
      lowestScore: spread(valued.map((g) => g.lowestScore)),
    },
  };
}

/**
 * Audits a plan for fairness across groups: per group of each field in `by` (`municipality`,
 * `sector`, `role`, any field of the application such as `leadership.level`, or a key of a
 * person's `auditAttributes`, which scoring never reads), the people in it (mentors and adepts),
 * how many are in a pair, and the mean and lowest total of the pairs they are in (a mentor with
 * two adepts counts both pairs); and per field the largest gap between groups that have a value.
 * Also the price of fairness: the plan of the default objective's total minus the total of the
 * plan under objective `"fair"` (whose weakest pair is as strong as possible), solved with the
 * result's weights, rules and criteria options.
 *
 * @example
 * const audit = auditPlan(cohort, match(cohort), { by: ["municipality", "ageBand"] });
 * audit.fields[0].gaps.meanScore; audit.priceOfFairness.price;
 */
export function auditPlan(
  cohort: unknown,
  result: MatchResult,
  options: AuditOptions = {},
): PlanAudit {
  return guarded("auditPlan", () => {
    const settings: MatchOptions = {
      weights: result.audit.weights,
      rules: result.audit.rules,
      criteria: result.audit.criteria,
      ...options.match,
    };
    const p = prepare("auditPlan", cohort, settings);
    const members = new Map<string, Member>();
    for (const person of p.mentors)
      members.set(`m${normalizeKey(person.id)}`, { person, role: "mentor", scores: [] });
    for (const person of p.adepts)
      members.set(`a${normalizeKey(person.id)}`, { person, role: "adept", scores: [] });
    result.pairs.forEach((pair, i) => {
      for (const [prefix, id] of [
        ["m", pair.mentorId],
        ["a", pair.adeptId],
      ] as const) {
        const m = members.get(`${prefix}${normalizeKey(String(id))}`);
        if (m === undefined)
          throw new RangeError(
            `auditPlan: result.pairs[${i}] names ${quote(String(id))}, who is not in the cohort`,
          );
        m.scores.push(pair.score);
      }
    });
    const all = [...members.values()];
    const by = options.by ?? DEFAULT_BY;
    const fields = by.map((field) => {
      if (typeof field !== "string" || field === "")
        throw new TypeError("auditPlan: options.by must list field names");
      if (field !== "role" && all.every((m) => fieldValue(m, field) === null))
        throw new RangeError(`auditPlan: no person has a field or audit attribute ${quote(field)}`);
      return auditField(field, all);
    });
    const total = match(cohort as never, { ...settings, objective: "total" }).objective;
    const fair = match(cohort as never, { ...settings, objective: "fair" }).objective;
    return {
      fields,
      priceOfFairness: {
        totalScore: total.totalScore,
        fairTotalScore: fair.totalScore,
        price: Math.round((total.totalScore - fair.totalScore) * 10_000) / 10_000,
        weakestScore: total.weakestScore,
        fairWeakestScore: fair.weakestScore,
      },
    };
  });
}
