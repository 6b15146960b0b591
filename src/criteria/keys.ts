/**
 * A person's list of names or tags as keys: each entry normalised (`normalizeKey`, or a memo of
 * it for a whole cohort), empty keys dropped, the first of equal keys kept, with its spelling
 * where the facts show it; and which keys two lists share. A list is given as `values`, then
 * `last` where given (as if it ended the list: a person's sectors are their `sectorExperience`
 * and then their current `sector`), less the key `without` where given. Lists are short (at most
 * 100 entries), so each key is compared with the ones before it rather than put in a map, and
 * read in scratch lists reused from call to call: the facts of every chosen pair and the
 * profiles of every person read several, and a list made for each would be garbage to collect.
 */
import { normalizeKey } from "../util/normalize.js";

/** Scratch: the distinct keys of a list and where each first occurs, another list's keys, output. */
const DISTINCT: string[] = [];
const FIRST: number[] = [];
const OTHER: string[] = [];
const OUT: string[] = [];

/**
 * The distinct non-empty keys of a list (less `without`) into `DISTINCT`, in the order they first
 * occur, each entry's index in `FIRST`; returns how many.
 */
function distinctKeys(
  values: readonly string[] | undefined,
  last: string | undefined,
  without: string | undefined,
  key: (value: string) => string,
): number {
  const count = values?.length ?? 0;
  let n = 0;
  for (let i = 0; i <= count; i++) {
    if (i === count && last === undefined) break;
    const k = key(i < count ? values![i]! : last!);
    if (k === "" || k === without) continue;
    let seen = false;
    for (let j = 0; j < n && !seen; j++) seen = DISTINCT[j] === k;
    if (seen) continue;
    DISTINCT[n] = k;
    FIRST[n++] = i;
  }
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
  return DISTINCT.slice(0, distinctKeys(values, last, without, key));
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
  const count = other?.length ?? 0;
  for (let j = 0; j < count; j++) OTHER[j] = key(other![j]!);
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
  const n = values?.length ?? 0;
  for (let i = 0; i < n; i++) if (key(values![i]!) === k) return true;
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
