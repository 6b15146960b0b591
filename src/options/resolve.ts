import { type MunicipalityTable, resolveMunicipalityTable } from "../geo/municipalities.js";
import {
  CRITERIA,
  type Criterion,
  type MatchOptions,
  type ObjectiveChoice,
  PREFERENCE,
  type ResolvedCriteriaOptions,
  type ResolvedRules,
  type SolverChoice,
  type Weights,
} from "../types.js";
import { boundedList } from "../util/boundary.js";
import { printable } from "../util/quote.js";

/** The most threads `options.threads` may ask for. */
export const MAX_THREADS = 16;

/**
 * Whether `threads` is a count `options.threads` accepts: a whole number from 1 to
 * `MAX_THREADS` (`resolveOptions` refuses any other, naming the option).
 *
 * @example
 * threadCountValid(2) // true
 */
export function threadCountValid(threads: unknown): threads is number {
  return (
    Number.isInteger(threads) && (threads as number) >= 1 && (threads as number) <= MAX_THREADS
  );
}

/** Default weights: wishes count three times, as the programme matches on wants vs offers. */
export const DEFAULT_WEIGHTS: Weights = Object.freeze({
  geography: 1,
  experience: 1,
  education: 1,
  wishes: 3,
  leadership: 1,
  sector: 1,
});

/** Default rules: both programme rules hard, eligibility as in the programme. */
export const DEFAULT_RULES: ResolvedRules = Object.freeze({
  differentMunicipality: "hard",
  differentSector: "hard",
  differentWorkBackground: "off",
  adeptMinManagerYears: 2,
  mentorMinManagerYears: 5,
  requireConsent: true,
});

/** Default criteria options. */
export const DEFAULT_CRITERIA_OPTIONS: ResolvedCriteriaOptions = Object.freeze({
  nearKm: 10,
  farKm: 100,
  experienceGapYears: 10,
  educationDirection: "similar",
});

/** Every option with its default filled in and checked. */
export interface ResolvedOptions {
  readonly weights: Weights;
  readonly rules: ResolvedRules;
  readonly criteria: ResolvedCriteriaOptions;
  readonly table: MunicipalityTable;
  readonly solver: SolverChoice;
  readonly objective: ObjectiveChoice;
  readonly diagnose: number;
  readonly alternatives: number;
}

const RULE_MODES = ["hard", "soft", "off"] as const;
const OBJECTIVES = ["total", "fair", "stable"] as const;
const SOLVERS = ["auto", "lp", "flow"] as const;

/** The built-in municipality table, made on first use (see `resolveOptions`). */
let builtinTable: MunicipalityTable | undefined;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkKeys(fn: string, path: string, value: unknown, known: readonly string[]): void {
  if (value === undefined) return;
  if (!isRecord(value)) throw new TypeError(`${fn}: ${path} must be an object`);
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new RangeError(`${fn}: ${path}.${key} is not an option (known: ${known.join(", ")})`);
    }
  }
}

function nonNegative(fn: string, path: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new RangeError(
      `${fn}: ${path} must be a finite number >= 0, got ${printable(String(value))}`,
    );
  }
  return value;
}

function oneOf<T extends string>(
  fn: string,
  path: string,
  value: unknown,
  allowed: readonly T[],
): T {
  if (!allowed.includes(value as T)) {
    throw new RangeError(
      `${fn}: ${path} must be one of ${allowed.map((a) => `"${a}"`).join(", ")}, got ${printable(JSON.stringify(value) ?? String(value))}`,
    );
  }
  return value as T;
}

/**
 * Checks options and fills in defaults. Throws a `RangeError`/`TypeError` naming the function
 * and the option for a negative weight, an unknown criterion, an unknown rule mode and so on.
 *
 * @example
 * resolveOptions("match", { weights: { geography: 2 } }).weights.geography // 2
 */
export function resolveOptions(fn: string, options: MatchOptions | undefined): ResolvedOptions {
  if (options === undefined) options = {};
  checkKeys(fn, "options", options, [
    "weights",
    "rules",
    "criteria",
    "municipalities",
    "builtinMunicipalities",
    "solver",
    "objective",
    "diagnose",
    "alternatives",
    "onProgress",
    "threads",
  ]);
  checkKeys(fn, "options.weights", options.weights, [...CRITERIA, PREFERENCE]);
  const weights: Record<string, number> = { ...DEFAULT_WEIGHTS };
  // Preference is kept only when given: `prepare` fills in its default, or leaves it out, by
  // whether anyone in the cohort gave preferences (`cohortWeights`).
  for (const c of [...CRITERIA, PREFERENCE]) {
    const w = options.weights?.[c as Criterion];
    if (w !== undefined) weights[c] = nonNegative(fn, `options.weights.${c}`, w);
  }
  if (!Number.isFinite(Object.values(weights).reduce((sum, w) => sum + w, 0))) {
    throw new RangeError(
      `${fn}: options.weights must add up to a finite number; use relative weights such as 1 to 10`,
    );
  }
  if (Object.values(weights).every((w) => w === 0)) {
    throw new RangeError(
      `${fn}: options.weights gives every criterion weight 0; at least one must be > 0`,
    );
  }

  const r = options.rules ?? {};
  checkKeys(fn, "options.rules", r, Object.keys(DEFAULT_RULES));
  const rules: ResolvedRules = {
    differentMunicipality: oneOf(
      fn,
      "options.rules.differentMunicipality",
      r.differentMunicipality ?? "hard",
      RULE_MODES,
    ),
    differentSector: oneOf(
      fn,
      "options.rules.differentSector",
      r.differentSector ?? "hard",
      RULE_MODES,
    ),
    differentWorkBackground: oneOf(
      fn,
      "options.rules.differentWorkBackground",
      r.differentWorkBackground ?? "off",
      RULE_MODES,
    ),
    adeptMinManagerYears: nonNegative(
      fn,
      "options.rules.adeptMinManagerYears",
      r.adeptMinManagerYears ?? 2,
    ),
    mentorMinManagerYears: nonNegative(
      fn,
      "options.rules.mentorMinManagerYears",
      r.mentorMinManagerYears ?? 5,
    ),
    requireConsent: (() => {
      const v = r.requireConsent ?? true;
      if (typeof v !== "boolean")
        throw new TypeError(`${fn}: options.rules.requireConsent must be a boolean`);
      return v;
    })(),
  };

  const c = options.criteria ?? {};
  checkKeys(fn, "options.criteria", c, Object.keys(DEFAULT_CRITERIA_OPTIONS));
  const criteria: ResolvedCriteriaOptions = {
    nearKm: nonNegative(fn, "options.criteria.nearKm", c.nearKm ?? DEFAULT_CRITERIA_OPTIONS.nearKm),
    farKm: nonNegative(fn, "options.criteria.farKm", c.farKm ?? DEFAULT_CRITERIA_OPTIONS.farKm),
    experienceGapYears: nonNegative(
      fn,
      "options.criteria.experienceGapYears",
      c.experienceGapYears ?? DEFAULT_CRITERIA_OPTIONS.experienceGapYears,
    ),
    educationDirection: oneOf(
      fn,
      "options.criteria.educationDirection",
      c.educationDirection ?? "similar",
      ["similar", "complementary"],
    ),
  };
  if (criteria.farKm <= criteria.nearKm) {
    throw new RangeError(
      `${fn}: options.criteria.farKm (${criteria.farKm}) must be greater than nearKm (${criteria.nearKm})`,
    );
  }
  if (criteria.experienceGapYears <= 0) {
    throw new RangeError(`${fn}: options.criteria.experienceGapYears must be > 0`);
  }
  if (options.municipalities !== undefined && !Array.isArray(options.municipalities)) {
    throw new TypeError(`${fn}: options.municipalities must be an array of reference points`);
  }
  // Checked before the table walks it: a 2^32-long sparse array would take minutes.
  if (options.municipalities !== undefined)
    boundedList(fn, "options.municipalities", options.municipalities);
  if (
    options.builtinMunicipalities !== undefined &&
    typeof options.builtinMunicipalities !== "boolean"
  ) {
    throw new TypeError(`${fn}: options.builtinMunicipalities must be a boolean`);
  }
  let table: MunicipalityTable;
  try {
    // The built-in table alone is the same every time: built once (it was half of a small
    // cohort's whole match).
    if (options.municipalities === undefined && options.builtinMunicipalities !== false) {
      builtinTable ??= resolveMunicipalityTable({});
      table = builtinTable;
    } else {
      table = resolveMunicipalityTable(options);
    }
  } catch (error) {
    throw new RangeError(`${fn}: ${(error as Error).message}`);
  }
  const solver = oneOf(fn, "options.solver", options.solver ?? "auto", SOLVERS);
  const objective = oneOf(fn, "options.objective", options.objective ?? "total", OBJECTIVES);
  const diagnose = options.diagnose ?? 25;
  if (!Number.isInteger(diagnose) || diagnose < 0) {
    throw new RangeError(
      `${fn}: options.diagnose must be a whole number >= 0, got ${String(diagnose)}`,
    );
  }
  const alternatives = options.alternatives ?? 0;
  if (!Number.isInteger(alternatives) || alternatives < 0) {
    throw new RangeError(
      `${fn}: options.alternatives must be a whole number >= 0, got ${String(alternatives)}`,
    );
  }
  // Checked, never kept: a function is no part of what a prepared cohort is reused by.
  if (options.onProgress !== undefined && typeof options.onProgress !== "function") {
    throw new TypeError(
      `${fn}: options.onProgress must be a function, got ${typeof options.onProgress}`,
    );
  }
  // Checked, never kept: threads change when the answer comes, not what it is.
  const threads = options.threads;
  if (threads !== undefined && !threadCountValid(threads)) {
    throw new RangeError(
      `${fn}: options.threads must be a whole number from 1 to ${MAX_THREADS}, got ${printable(String(threads))}`,
    );
  }
  return {
    weights: weights as Weights,
    rules,
    criteria,
    table,
    solver,
    objective,
    diagnose,
    alternatives,
  };
}
