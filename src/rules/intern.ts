import { normalizeKey } from "../util/normalize.js";

/**
 * Replaces each value by a small integer, equal for equal normalised keys, adding new keys to
 * `ids` (so mentors and adepts interned with one table compare by id).
 *
 * @example
 * const ids = new Map<string, number>();
 * intern(["Borås", "Mark"], ids); // Int32Array [0, 1]
 * intern([" borås"], ids); // Int32Array [0]
 */
export function intern(values: readonly string[], ids: Map<string, number>): Int32Array {
  return Int32Array.from(values, (v) => {
    const key = normalizeKey(v);
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  });
}
