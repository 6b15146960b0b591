/**
 * Adepts grouped by everything one criterion reads of them (`ADEPT_FIELDS`): the scorer's
 * row path scores each group once per mentor and reads the result for every adept of the group.
 * A national cohort of 10,000 adepts falls into a few hundred to two thousand groups per
 * criterion, so a row costs a few table reads per adept instead of six scorings.
 */
import type { Criterion } from "../types.js";
import type { EducationPerson } from "./education.js";
import type { ExperiencePerson } from "./experience.js";
import type { GeographyPerson } from "./geography.js";
import type { LeadershipPerson } from "./leadership.js";
import type { SectorPerson } from "./sector.js";
import type { WishesAdept } from "./wishes.js";

/**
 * Adepts in groups: `of[j]` is adept `j`'s group, `first[g]` the first adept of group `g`.
 *
 * @example
 * const { of, first } = groupsByFields([{ sector: "HR" }, { sector: "IT" }, { sector: "HR" }], ["sector"]); // of = [0, 1, 0], first = [0, 1]
 */
export interface AdeptGroups {
  readonly of: Int32Array;
  readonly first: Int32Array;
}

/** Whether a string holds none of the two separators of `fieldKey` (U+0001, U+0002). */
const plainText = (x: unknown): x is string =>
  typeof x === "string" && !x.includes("\u0001") && !x.includes("\u0002");

/**
 * A field's value as text, different for different values and never holding U+0001: a string
 * and a list of strings as they are (validated names and texts hold no such control character;
 * one that does goes as JSON, which escapes it), a number with -0 told apart, the rest as JSON.
 */
function fieldKey(v: unknown): string {
  if (plainText(v)) return `s${v}`;
  if (typeof v === "number") return Object.is(v, -0) ? "n-0" : `n${v}`;
  if (v === undefined) return "u";
  if (Array.isArray(v) && v.every(plainText)) return `a${v.length}:${v.join("\u0002")}`;
  return `j${JSON.stringify(v)}`;
}

/**
 * People in groups by equal values of `fields` (compared as `fieldKey`s): two people of one group are
 * the same to a criterion that reads only those fields of them. With `most`, null as soon as
 * there are more groups than that (the scorer does not group a criterion where most people are
 * alone, and need not key everyone to find out).
 *
 * @example
 * groupsByFields([{ sector: "HR" }, { sector: "IT" }, { sector: "HR" }], ["sector"]) // { of: [0, 1, 0], first: [0, 1] }
 */
export function groupsByFields(people: readonly object[], fields: readonly string[]): AdeptGroups;
export function groupsByFields(
  people: readonly object[],
  fields: readonly string[],
  most: number,
): AdeptGroups | null;
export function groupsByFields(
  people: readonly object[],
  fields: readonly string[],
  most = Number.POSITIVE_INFINITY,
): AdeptGroups | null {
  const ids = new Map<string, number>();
  const first: number[] = [];
  const of = new Int32Array(people.length);
  for (let j = 0; j < people.length; j++) {
    const person = people[j] as Record<string, unknown>;
    let key = "";
    for (const field of fields) key += `${fieldKey(person[field])}\u0001`;
    let g = ids.get(key);
    if (g === undefined) {
      if (first.length === most) return null;
      g = first.length;
      ids.set(key, g);
      first.push(j);
    }
    of[j] = g;
  }
  return { of, first: Int32Array.from(first) };
}

/**
 * The fields of an adept each criterion reads (its `...Person` type): adepts alike in them are
 * scored as one by that criterion's row loop. A test watches each criterion read nothing else.
 *
 * @example
 * ADEPT_FIELDS.wishes // ["wishes", "wishText"]
 */
export const ADEPT_FIELDS: { readonly [K in Criterion]: readonly string[] } = {
  geography: ["municipality", "location"] satisfies (keyof GeographyPerson)[],
  experience: ["managerYears", "sector", "sectorExperience"] satisfies (keyof ExperiencePerson)[],
  education: ["education"] satisfies (keyof EducationPerson)[],
  wishes: ["wishes", "wishText"] satisfies (keyof WishesAdept)[],
  leadership: ["leadership"] satisfies (keyof LeadershipPerson)[],
  sector: ["sector", "sectorExperience"] satisfies (keyof SectorPerson)[],
};

/** Adepts sampled by `mostlyAlone`, and the share of them alone in their group that it takes. */
const SAMPLE = 128;
const ALONE = 0.95;

/**
 * Whether nearly all of the first `SAMPLE` adepts differ in `fields` (a cohort at least twice
 * that size): grouping such a criterion would save little, and the scorer does not key the
 * rest. At 2,000 per side the bench's cohort has 684 groups of sector (95 among its first 128
 * adepts, so keyed on: grouped) and 1,442 of wishes (123 of 128: not keyed further).
 *
 * @example
 * mostlyAlone(adepts, ADEPT_FIELDS.wishes) // true when nearly every adept wishes differently
 */
export function mostlyAlone(adepts: readonly object[], fields: readonly string[]): boolean {
  if (adepts.length < 2 * SAMPLE) return false;
  return groupsByFields(adepts.slice(0, SAMPLE), fields, Math.floor(ALONE * SAMPLE)) === null;
}

/**
 * People grouped by one numeric field: `of[i]` is the class of person `i`, `values[c]` its value.
 *
 * @example
 * const { of, values } = valueClasses([3, 5, 3]); values[of[2]] // 3
 */
export interface ValueClasses {
  readonly of: Int32Array;
  readonly values: Float64Array;
}

/**
 * Groups people by equal values of one numeric field (years, staff counts), so that a part that
 * depends on it can be scored once per distinct value in a row.
 *
 * @example
 * valueClasses([3, 5, 3]) // { of: [0, 1, 0], values: [3, 5] }
 */
export function valueClasses(values: ArrayLike<number>): ValueClasses {
  const ids = new Map<number, number>();
  const distinct: number[] = [];
  const of = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let id = ids.get(value);
    if (id === undefined) {
      id = distinct.length;
      ids.set(value, id);
      distinct.push(value);
    }
    of[i] = id;
  }
  return { of, values: Float64Array.from(distinct) };
}
