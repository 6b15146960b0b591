/**
 * A person's list of names or tags as keys: each entry normalised (`normalizeKey`, or a memo of
 * it for a whole cohort), empty keys dropped, the first of equal keys kept, with its spelling
 * where the facts show it; and which keys two lists share. A list is given as `values`, then
 * `last` where given (as if it ended the list: a person's sectors are their `sectorExperience`
 * and then their current `sector`), less the key `without` where given. Lists are short (at most
 * 100 entries), so each key is compared with the ones before it rather than put in a map, and
 * read in scratch lists reused from call to call: the facts of every chosen pair and the
 * profiles of every person read several, and a list made for each would be garbage to collect.
 * The last few lists read are kept keyed (`RECENT`): one pair's facts read each of its lists
 * two or three times (a 500 + 500 match's facts keyed 33,000 entries, 66 per pair).
 */
import { normalizeKey } from "../util/normalize.js";

/** Scratch: the distinct keys of a list and where each first occurs, another list's keys, output. */
const DISTINCT: string[] = [];
const FIRST: number[] = [];
const OTHER: string[] = [];
const OUT: string[] = [];

/**
 * A list read lately, keyed: its entries as they were (the same strings, so a list changed since
 * is told apart), its distinct non-empty keys and where each first occurs.
 */
interface Recent {
  list: readonly string[] | null;
  key: ((value: string) => string) | null;
  readonly entries: string[];
  readonly keys: string[];
  readonly first: number[];
  count: number;
}

/** How many lists `RECENT` keeps: the eight lists of one pair's facts. */
const RECENT_SIZE = 8;
const RECENT: Recent[] = Array.from({ length: RECENT_SIZE }, () => ({
  list: null,
  key: null,
  entries: [],
  keys: [],
  first: [],
  count: 0,
}));
let nextRecent = 0;

/** `values` keyed by `key`, from `RECENT` where it was read lately and is unchanged. */
function recentKeys(values: readonly string[], key: (value: string) => string): Recent {
  for (let r = 0; r < RECENT_SIZE; r++) {
    const recent = RECENT[r]!;
    if (recent.list !== values || recent.key !== key) continue;
    const entries = recent.entries;
    let same = entries.length === values.length;
    for (let i = 0; same && i < values.length; i++) same = entries[i] === values[i];
    if (same) return recent;
  }
  const recent = RECENT[nextRecent]!;
  nextRecent = (nextRecent + 1) % RECENT_SIZE;
  recent.entries.length = values.length;
  for (let i = 0; i < values.length; i++) recent.entries[i] = values[i]!;
  recent.list = values;
  recent.key = key;
  recent.count = keysInto(values, undefined, undefined, key, recent.keys, recent.first);
  return recent;
}

/**
 * The distinct non-empty keys of `values` then `last` (less `without`) into `keys`, keyed entry
 * by entry, in the order they first occur, each entry's index in `first`; returns how many.
 */
function keysInto(
  values: readonly string[] | undefined,
  last: string | undefined,
  without: string | undefined,
  key: (value: string) => string,
  keys: string[],
  first: number[],
): number {
  const count = values?.length ?? 0;
  let n = 0;
  for (let i = 0; i <= count; i++) {
    if (i === count && last === undefined) break;
    const k = key(i < count ? values![i]! : last!);
    if (k === "" || k === without) continue;
    let seen = false;
    for (let j = 0; j < n && !seen; j++) seen = keys[j] === k;
    if (seen) continue;
    keys[n] = k;
    first[n++] = i;
  }
  return n;
}

/**
 * `keysInto` `DISTINCT` and `FIRST` through `RECENT` (the facts, which read a list again; the
 * profiles, which read each once, key it entry by entry: `keyList`).
 */
function distinctKeys(
  values: readonly string[] | undefined,
  last: string | undefined,
  without: string | undefined,
  key: (value: string) => string,
): number {
  let n = 0;
  if (values !== undefined) {
    const { keys, first, count } = recentKeys(values, key);
    for (let i = 0; i < count; i++) {
      const k = keys[i]!;
      if (k === without) continue;
      DISTINCT[n] = k;
      FIRST[n++] = first[i]!;
    }
  }
  if (last === undefined) return n;
  const k = key(last);
  if (k === "" || k === without) return n;
  for (let j = 0; j < n; j++) if (DISTINCT[j] === k) return n;
  DISTINCT[n] = k;
  FIRST[n++] = values?.length ?? 0;
  return n;
}

/**
 * The distinct non-empty keys of `values`, then of `last` where given, in the order they first
 * occur, less the key `without` (profiles of a whole cohort make one per list and person), as a
 * list of their own size: one built by pushing reserves room for 17.
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
  return DISTINCT.slice(0, keysInto(values, last, without, key, DISTINCT, FIRST));
}

/**
 * How many keys `keyList(values, key, last, without)` has, counted with no list made.
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
  return distinctKeys(values, last, without, key);
}

/**
 * The first spelling (trimmed) of each key of the list of `values`, `last` and `without` that the
 * list of `other` and `otherLast` has (`has`), or lacks (`!has`), in the first list's order.
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
  const n = distinctKeys(values, last, without, key);
  // The other list's distinct keys serve to look keys up in (a key of the first is never "").
  let count = 0;
  if (other !== undefined) {
    const recent = recentKeys(other, key);
    count = recent.count;
    for (let j = 0; j < count; j++) OTHER[j] = recent.keys[j]!;
  }
  const m = otherLast === undefined ? count : count + 1;
  if (otherLast !== undefined) OTHER[count] = key(otherLast);
  let picked = 0;
  for (let i = 0; i < n; i++) {
    const k = DISTINCT[i]!;
    let found = false;
    for (let j = 0; j < m && !found; j++) found = OTHER[j] === k;
    if (found !== has) continue;
    const at = FIRST[i]!;
    OUT[picked++] = (at < (values?.length ?? 0) ? values![at]! : last!).trim();
  }
  return OUT.slice(0, picked);
}

/**
 * Whether the list of `values` then `last` has an entry of key `k` (never for "", which no list
 * of keys holds).
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
  if (values !== undefined) {
    const { keys, count } = recentKeys(values, key);
    for (let i = 0; i < count; i++) if (keys[i] === k) return true;
  }
  return last !== undefined && key(last) === k;
}

/**
 * Whether any of `values` has a non-empty key: `countKeys(values, key) > 0`, stopping at the
 * first.
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
