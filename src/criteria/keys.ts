/**
 * A person's list of names or tags as keys: each entry normalised (`normalizeKey`, or a memo of
 * it for a whole cohort), empty keys dropped, the first of equal keys kept, with its spelling
 * where the facts show it; and which keys two lists share.
 */
import { normalizeKey } from "../util/normalize.js";

/**
 * A list's distinct non-empty keys in the order they first occur, each with its first spelling
 * (trimmed), as two arrays: the facts of one pair make several (`keyedList`), and lists are
 * short (at most 100 entries), so a scan is quicker than building a map.
 */
export interface KeyedList {
  readonly keys: readonly string[];
  readonly spellings: readonly string[];
}

/**
 * The `KeyedList` of `values` keyed by `normalizeKey` (or a memo of it), then of `last` where
 * given (as if it ended the list); entries that normalise to "" are dropped.
 *
 * @example
 * keyedList(["Borås", " borås", "Mark "]) // { keys: ["borås", "mark"], spellings: ["Borås", "Mark"] }
 */
export function keyedList(
  values: readonly string[] | undefined,
  key: (value: string) => string = normalizeKey,
  last?: string,
): KeyedList {
  const list: KeyedList = { keys: [], spellings: [] };
  if (values !== undefined) for (let i = 0; i < values.length; i++) addKeyed(list, values[i]!, key);
  if (last !== undefined) addKeyed(list, last, key);
  return list;
}

/** Adds `value` to `list` unless its key is "" or there already (no closure per call: tsx names each). */
function addKeyed(list: KeyedList, value: string, key: (value: string) => string): void {
  const k = key(value);
  if (k === "" || list.keys.includes(k)) return;
  (list.keys as string[]).push(k);
  (list.spellings as string[]).push(value.trim());
}

/**
 * The distinct non-empty keys of `values`, then of `last` where given, in the order they first
 * occur, less the key `without`: `keyedList(values, key, last).keys` without the spellings
 * (profiles of a whole cohort make one per list and person). Gathered in a scratch list and
 * copied once at their size: a list built by pushing reserves room for 17 keys, and a national
 * cohort's profiles make a few per person.
 *
 * @example
 * keyList(["Borås", " borås", "Mark"]) // ["borås", "mark"]
 * keyList(["Vård"], normalizeKey, "Skola", "vård") // ["skola"]
 */
export function keyList(
  values: readonly string[] | undefined,
  key: (value: string) => string = normalizeKey,
  last?: string,
  without?: string,
): string[] {
  let n = 0;
  const count = values?.length ?? 0;
  for (let i = 0; i <= count; i++) {
    if (i === count && last === undefined) break;
    const k = key(i < count ? values![i]! : last!);
    if (k === "" || k === without) continue;
    let seen = false;
    for (let j = 0; j < n && !seen; j++) seen = GATHER[j] === k;
    if (!seen) GATHER[n++] = k;
  }
  return GATHER.slice(0, n);
}

/** `keyList`'s scratch (reused: one list per call, at its size). */
const GATHER: string[] = [];

/**
 * Whether any of `values` has a non-empty key: `keyedList(values, key).keys.length > 0`
 * without the lists.
 *
 * @example
 * hasKey([" ", "HR"]) // true
 */
export function hasKey(
  values: readonly string[] | undefined,
  key: (value: string) => string = normalizeKey,
): boolean {
  if (values === undefined) return false;
  for (let i = 0; i < values.length; i++) if (key(values[i]!) !== "") return true;
  return false;
}

/**
 * `normalizeKey` with a memo, for building profiles of a whole cohort where the same names and
 * tags recur thousands of times.
 *
 * @example
 * const key = memoNormalizeKey();
 * key(" Borås") === key("borås") // true
 */
export function memoNormalizeKey(): (value: string) => string {
  const memo = new Map<string, string>();
  return (value) => {
    let key = memo.get(value);
    if (key === undefined) {
      key = normalizeKey(value);
      memo.set(value, key);
    }
    return key;
  };
}

/**
 * The spellings (from `of`) of the keys that `other` also has, in `of`'s order.
 *
 * @example
 * shared(keyedList(["Change", "Budget"]), keyedList(["budget"])) // ["Budget"]
 */
export function shared(of: KeyedList, other: KeyedList): string[] {
  return spellingsWhere(of, other, true);
}

/**
 * The spellings (from `of`) of the keys that `other` lacks, in `of`'s order.
 *
 * @example
 * lacking(keyedList(["Change", "Budget"]), keyedList(["budget"])) // ["Change"]
 */
export function lacking(of: KeyedList, other: KeyedList): string[] {
  return spellingsWhere(of, other, false);
}

function spellingsWhere(of: KeyedList, other: KeyedList, has: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < of.keys.length; i++) {
    if (other.keys.includes(of.keys[i]!) === has) out.push(of.spellings[i]!);
  }
  return out;
}

/**
 * Lists longer than this are read through `keyedList` (`countKeys`, `pickSpellings`): reading in
 * place compares each key with the ones before it, which only pays on short lists.
 */
const IN_PLACE = 16;

/**
 * How many distinct non-empty keys `keyedList(values, key, last)` has, leaving out `without`
 * (a key): counted in place, with no list made (the facts of every chosen pair count several).
 *
 * @example
 * countKeys(["Vård", " vård", ""], normalizeKey, "Skola") // 2
 * countKeys(["Vård", "Skola"], normalizeKey, undefined, "skola") // 1
 */
export function countKeys(
  values: readonly string[] | undefined,
  key: (value: string) => string,
  last?: string,
  without?: string,
): number {
  if (entries(values, last) > IN_PLACE) return keyedWithout(values, key, last, without).keys.length;
  const n = keysInto(OF, values, last, key);
  let count = 0;
  for (let i = 0; i < n; i++) if (counts(OF, i, without)) count++;
  return count;
}

/**
 * The spellings of `shared` (`has`) or `lacking` (`!has`) of two lists given as `keyedList`'s
 * arguments (`values` then `last`), `without` left out of the first: `pickSpellings(x, u, w, y,
 * v, true, key)` is `shared(keyedList(x, key, u) without w, keyedList(y, key, v))`, found in
 * place on short lists (no keyed list made).
 *
 * @example
 * pickSpellings(["Vård ", "Skola"], undefined, undefined, ["vård"], undefined, true, normalizeKey) // ["Vård"]
 */
export function pickSpellings(
  values: readonly string[] | undefined,
  last: string | undefined,
  without: string | undefined,
  other: readonly string[] | undefined,
  otherLast: string | undefined,
  has: boolean,
  key: (value: string) => string,
): string[] {
  if (entries(values, last) > IN_PLACE || entries(other, otherLast) > IN_PLACE) {
    return spellingsWhere(
      keyedWithout(values, key, last, without),
      keyedList(other, key, otherLast),
      has,
    );
  }
  const n = keysInto(OF, values, last, key);
  const m = keysInto(OTHER, other, otherLast, key);
  // Gathered in `keyList`'s scratch and copied at their size (one list per call).
  let picked = 0;
  for (let i = 0; i < n; i++) {
    if (!counts(OF, i, without)) continue;
    const k = OF[i]!;
    let found = false;
    for (let j = 0; j < m && !found; j++) found = OTHER[j] === k;
    if (found === has) GATHER[picked++] = (i < (values?.length ?? 0) ? values![i]! : last!).trim();
  }
  return GATHER.slice(0, picked);
}

/**
 * Whether the list of `values` then `last` has an entry of key `k` (never for "", which no
 * keyed list holds).
 *
 * @example
 * hasEntryKey(["Vård"], "Skola", "skola", normalizeKey) // true
 */
export function hasEntryKey(
  values: readonly string[] | undefined,
  last: string | undefined,
  k: string,
  key: (value: string) => string,
): boolean {
  if (k === "") return false;
  const n = values?.length ?? 0;
  for (let i = 0; i < n; i++) if (key(values![i]!) === k) return true;
  return last !== undefined && key(last) === k;
}

/** Scratch for the keys of the two lists read in place (reused: no array per call). */
const OF: string[] = [];
const OTHER: string[] = [];

function entries(values: readonly string[] | undefined, last: string | undefined): number {
  return (values?.length ?? 0) + (last === undefined ? 0 : 1);
}

/** The keys of `values` then `last` into `out`; returns how many. */
function keysInto(
  out: string[],
  values: readonly string[] | undefined,
  last: string | undefined,
  key: (value: string) => string,
): number {
  const n = values?.length ?? 0;
  for (let i = 0; i < n; i++) out[i] = key(values![i]!);
  if (last === undefined) return n;
  out[n] = key(last);
  return n + 1;
}

/** Whether key `i` of `keys` counts: not "", not `without`, the first of its kind. */
function counts(keys: readonly string[], i: number, without: string | undefined): boolean {
  const k = keys[i]!;
  if (k === "" || k === without) return false;
  for (let j = 0; j < i; j++) if (keys[j] === k) return false;
  return true;
}

/** `keyedList(values, key, last)` without the key `without`. */
function keyedWithout(
  values: readonly string[] | undefined,
  key: (value: string) => string,
  last: string | undefined,
  without: string | undefined,
): KeyedList {
  const all = keyedList(values, key, last);
  const at = without === undefined ? -1 : all.keys.indexOf(without);
  if (at < 0) return all;
  return {
    keys: all.keys.filter((_, i) => i !== at),
    spellings: all.spellings.filter((_, i) => i !== at),
  };
}
