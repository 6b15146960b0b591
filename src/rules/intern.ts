import { normalizeKey } from "../util/normalize.js";
import type { PairTest } from "./rule.js";

/**
 * Replaces each value by a small integer, equal for equal normalised keys, adding new keys to
 * `ids` (so mentors and adepts interned with one table compare by id). `key` is `normalizeKey`
 * or a memo of it (a cohort's, where the same few names recur).
 *
 * @example
 * const ids = new Map<string, number>();
 * intern(["Borås", "Mark"], ids); // Int32Array [0, 1]
 * intern([" borås"], ids); // Int32Array [0]
 */
export function intern(
  values: readonly string[],
  ids: Map<string, number>,
  keyOf: (value: string) => string = normalizeKey,
): Int32Array {
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const key = keyOf(values[i]!);
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    out[i] = id;
  }
  return out;
}

/**
 * The test "both have the same value, normalised" laid out once: each person's value interned
 * with one table, so a pair costs two array reads. `keyOf` is `normalizeKey` or a memo of it.
 *
 * @example
 * sameKeyTest(mentors, adepts, (x) => x.sector)(0, 3) // true when both work in one sector
 */
export function sameKeyTest<M, A>(
  mentors: readonly M[],
  adepts: readonly A[],
  key: (person: M | A) => string,
  keyOf: (value: string) => string = normalizeKey,
): PairTest {
  const ids = new Map<string, number>();
  const m = intern(mentors.map(key), ids, keyOf);
  const a = intern(adepts.map(key), ids, keyOf);
  return (mentor, adept) => m[mentor] === a[adept];
}
