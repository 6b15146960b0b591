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
 * The distinct non-empty keys of `values` in the order they first occur: `keyedList(values,
 * key).keys` without the spellings (profiles of a whole cohort make one per list and person).
 *
 * @example
 * keyList(["Borås", " borås", "Mark"]) // ["borås", "mark"]
 */
export function keyList(
  values: readonly string[] | undefined,
  key: (value: string) => string = normalizeKey,
): string[] {
  const keys: string[] = [];
  if (values === undefined) return keys;
  for (let i = 0; i < values.length; i++) {
    const k = key(values[i]!);
    if (k !== "" && !keys.includes(k)) keys.push(k);
  }
  return keys;
}

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
  return values?.some((v) => key(v) !== "") ?? false;
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
