/**
 * Adepts grouped by everything one criterion reads of them (`ADEPT_FIELDS`): the scorer builds
 * a criterion's profiles on one adept per group (a national cohort of 10,000 adepts falls into
 * a few hundred to a few thousand groups per criterion), and a row is scored once per row class
 * of adepts that the criterion's row scores alike (`RowClasses`, `jointClasses`:
 * `PairScorer.fillClasses`).
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

/** Tokens of a walk (`FieldIds`) below this; states below `MAX_STATE` (keys stay exact). */
const TOKEN_SPAN = 2 ** 23;
const MAX_STATE = 2 ** 29;

/**
 * One field's values as ids, equal exactly for equal values: a string or a number keys a map as
 * it is (-0 told apart from 0); a list of strings, and a plain object of such values and lists
 * (education, leadership), as a walk through a tree of numbers (a list: each entry's token; an
 * object: each key's token, then its value's id), whose last node (one per sequence) is the
 * value; anything else as JSON (in a map of its own: at worst two equal values apart, which
 * only scores a group twice). No text is made per person for the fields the criteria read.
 */
class FieldIds {
  private readonly strings = new Map<string, number>();
  private readonly numbers = new Map<number, number>();
  private readonly texts = new Map<string, number>();
  /** A walk's steps, `state * TOKEN_SPAN + token` -> state (0 is the root), and its ends' ids. */
  private readonly steps = new Map<number, number>();
  private readonly ends = new Map<number, number>();
  /**
   * A walk's own tokens: list entries and keys (a token's place in the walk tells which), and
   * the ids of an object's values (ids of their own, so that each value given to `of` takes one
   * id of this field's at most, as `groupsByFields` counts on).
   */
  private readonly tokens = new Map<string, number>();
  private inner: FieldIds | null = null;
  private missing = -1;
  private minusZero = -1;
  private count = 0;

  of(v: unknown): number {
    if (typeof v === "string") return this.idIn(this.strings, v);
    if (typeof v === "number") {
      if (!Object.is(v, -0)) return this.idIn(this.numbers, v);
      if (this.minusZero < 0) this.minusZero = this.count++;
      return this.minusZero;
    }
    if (v === undefined) {
      if (this.missing < 0) this.missing = this.count++;
      return this.missing;
    }
    const end = this.walk(v);
    if (end >= 0) return this.idIn(this.ends, end);
    return this.idIn(this.texts, `j${JSON.stringify(v)}`);
  }

  /**
   * The node of a list of strings (from the root's child 0) or of a plain object (or one with no
   * prototype) of strings, numbers, undefined and such lists (child 1), or -1 for any other
   * value.
   */
  private walk(v: unknown): number {
    if (Array.isArray(v)) {
      let state = this.step(0, 0);
      for (let i = 0; i < v.length; i++) {
        const entry: unknown = v[i];
        if (typeof entry !== "string" || state < 0) return -1;
        state = this.step(state, this.token(entry));
      }
      return state;
    }
    if (typeof v !== "object" || v === null) return -1;
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return -1;
    let state = this.step(0, 1);
    const o = v as Record<string, unknown>;
    for (const k in o) {
      if (!Object.hasOwn(o, k)) continue;
      const x = o[k];
      if (x !== undefined && typeof x !== "string" && typeof x !== "number" && !Array.isArray(x))
        return -1;
      this.inner ??= new FieldIds();
      state = this.step(this.step(state, this.token(k)), this.inner.of(x));
    }
    return state;
  }

  /** A list entry's or a key's token. */
  private token(text: string): number {
    let t = this.tokens.get(text);
    if (t === undefined) {
      t = this.tokens.size;
      this.tokens.set(text, t);
    }
    return t;
  }

  /** The node after `token` from `state` (made on first use), or -1 past the exact range. */
  private step(state: number, token: number): number {
    if (state < 0 || state >= MAX_STATE || token >= TOKEN_SPAN) return -1;
    const key = state * TOKEN_SPAN + token;
    let to = this.steps.get(key);
    if (to === undefined) {
      to = this.steps.size + 1;
      this.steps.set(key, to);
    }
    return to;
  }

  private idIn<K>(ids: Map<K, number>, key: K): number {
    let id = ids.get(key);
    if (id === undefined) {
      id = this.count++;
      ids.set(key, id);
    }
    return id;
  }
}

/**
 * People in groups by equal values of `fields` (`FieldIds`): two people of one group are
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
  look?: (keyed: number, groups: number) => boolean,
): AdeptGroups | null;
export function groupsByFields(
  people: readonly object[],
  fields: readonly string[],
  most = Number.POSITIVE_INFINITY,
  look?: (keyed: number, groups: number) => boolean,
): AdeptGroups | null {
  const n = people.length;
  const ids = fields.map(() => new FieldIds());
  // A person's field ids (each at most n - 1: a person makes at most one new id per field) as
  // one number, digits in base n + 1, where that is exact (up to three fields within the
  // schema's 20,000 people per side: every criterion's); else read in order, walking from
  // prefix to prefix (state 0: no field read; at most one new state per person and field), a
  // state and the next id one number. Either way one number per person's values as a whole.
  const base = n + 1;
  const direct = base ** fields.length < 2 ** 53;
  const steps = new Map<number, number>();
  const groupOf = new Map<number, number>();
  const first: number[] = [];
  const of = new Int32Array(n);
  // `look` is asked after 128, 256, 512, ... people, whether to give up (null).
  let next = look === undefined ? Number.POSITIVE_INFINITY : LOOK_FROM;
  for (let j = 0; j < n; j++) {
    const person = people[j] as Record<string, unknown>;
    let state = 0;
    for (let k = 0; k < fields.length; k++) {
      const step = state * base + ids[k]!.of(person[fields[k]!]);
      if (direct) {
        state = step;
        continue;
      }
      let to = steps.get(step);
      if (to === undefined) {
        to = steps.size + 1;
        steps.set(step, to);
      }
      state = to;
    }
    let g = groupOf.get(state);
    if (g === undefined) {
      if (first.length === most) return null;
      g = first.length;
      groupOf.set(state, g);
      first.push(j);
    }
    of[j] = g;
    if (j + 1 === next) {
      if (look!(next, first.length)) return null;
      next *= 2;
    }
  }
  return { of, first: Int32Array.from(first) };
}

/** The first count of people after which `groupsByFields` asks its `look`. */
const LOOK_FROM = 128;

/**
 * The fields of an adept each criterion reads (its `...Person` type): adepts alike in them are
 * one group, whose profiles the scorer builds once. A test watches each criterion read nothing
 * else.
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

/** Adepts sampled first, and the share of them alone in their group that rules grouping out. */
const SAMPLE = LOOK_FROM;
const ALONE = 0.95;
/** How far above n / 2 groups the foreseen count must be to stop keying before it gets there. */
const FORESEEN_MARGIN = 1.25;

/**
 * The scorer's groups of adepts for one criterion (`ADEPT_FIELDS`), or null where grouping would
 * save little: where there come to be more than n / 2 groups; from 256 adepts, where nearly all
 * of the first 128 are alone in theirs (more than 95 %: a criterion that reads rich fields); and
 * where the growth of the groups so far, extended as a power law, foresees more than 1.25 times
 * n / 2 at two checkpoints in a row, so that keying the rest would be wasted. At checkpoint c
 * (256, 512, ... adepts keyed, c <= n / 2) the count foreseen is D(c) (n / c)^a, with
 * a = log2(D(c) / D(c / 2)); one checkpoint alone can overshoot (experience at 10,000 per side:
 * 6,400 foreseen at 512, 3,707 in the end). Each adept is keyed at most once. On the bench's
 * cohorts the answers are those of keying everyone and counting: at 2,000 per side sector has
 * 684 groups (95 among its first 128 adepts: grouped), wishes 1,442 (123 of 128: not keyed
 * further) and experience 1,161 (1,292 and 1,271 foreseen at 256 and 512: not keyed further).
 *
 * @example
 * scorerGroups(adepts, ADEPT_FIELDS.wishes) // null when nearly every adept wishes differently
 */
export function scorerGroups(
  adepts: readonly object[],
  fields: readonly string[],
): AdeptGroups | null {
  const n = adepts.length;
  const most = Math.floor(n / 2);
  let before = 0;
  let over = 0;
  return groupsByFields(adepts, fields, most, (keyed, groups) => {
    const last = before;
    before = groups;
    if (keyed === SAMPLE) return n >= 2 * SAMPLE && groups > Math.floor(ALONE * SAMPLE);
    if (n < 2 * keyed || last === 0) return false;
    const foreseen = groups * (n / keyed) ** Math.log2(groups / last);
    over = foreseen > FORESEEN_MARGIN * most ? over + 1 : 0;
    return over >= 2;
  });
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

/**
 * Adepts in row classes of one criterion: every mentor gives two adepts of one class the same
 * score (they agree in everything the criterion's row reads of them), so a row is scored once
 * per class (`PairScorer.fillClasses`). `of[j]` is adept j's class, in `0..count - 1`.
 *
 * @example
 * const classes: RowClasses = { of: Int32Array.of(0, 1, 0), count: 2 };
 */
export interface RowClasses {
  readonly of: Int32Array;
  readonly count: number;
}

/**
 * The classes of `n` adepts by several ids at once (`ids[i][j]` in `0..sizes[i] - 1`): two
 * adepts share a class when all their ids are equal (`of`, numbered in order of first adept:
 * `first`), as for `RowClasses`. Throws a `RangeError` when the ids could not be told apart
 * exactly (their sizes' product at or above 2^53).
 *
 * @example
 * jointClasses(3, [[0, 1, 0], [2, 2, 2]], [2, 3]).first // [0, 1]
 */
export function jointClasses(
  n: number,
  ids: readonly ArrayLike<number>[],
  sizes: readonly number[],
): AdeptGroups {
  let span = 1;
  for (const size of sizes) span *= Math.max(1, size);
  if (span >= 2 ** 53) throw new RangeError(`jointClasses: ${span} combinations are too many`);
  // Each adept's combination of ids as one number; its class looked up in a table of every
  // combination where that is small (at most 16 per adept: a 6 + 6 cohort allocates 4 KB, not
  // 256 KB per criterion), else in a map.
  const keys = new Float64Array(n);
  for (let i = 0; i < ids.length; i++) {
    const size = Math.max(1, sizes[i]!);
    const id = ids[i]!;
    for (let j = 0; j < n; j++) keys[j] = keys[j]! * size + id[j]!;
  }
  const first: number[] = [];
  const of = new Int32Array(n);
  if (span <= Math.max(1024, 16 * n)) {
    const classOf = new Int32Array(span).fill(-1);
    for (let j = 0; j < n; j++) {
      const key = keys[j]!;
      let k = classOf[key]!;
      if (k < 0) {
        k = first.length;
        classOf[key] = k;
        first.push(j);
      }
      of[j] = k;
    }
  } else {
    const classes = new Map<number, number>();
    for (let j = 0; j < n; j++) {
      const key = keys[j]!;
      let k = classes.get(key);
      if (k === undefined) {
        k = first.length;
        classes.set(key, k);
        first.push(j);
      }
      of[j] = k;
    }
  }
  return { of, first: Int32Array.from(first) };
}

/**
 * `ids` read at each of `at`: per class (`at` = its first adepts) the id its adepts share.
 *
 * @example
 * gather(Int32Array.of(4, 5, 6), Int32Array.of(2, 0)) // Int32Array [6, 4]
 */
export function gather(ids: ArrayLike<number>, at: Int32Array): Int32Array {
  const out = new Int32Array(at.length);
  for (let k = 0; k < at.length; k++) out[k] = ids[at[k]!]!;
  return out;
}
