/**
 * Canonical order (prepare.ts): people sorted by their ids' keys, so that a result does not
 * depend on the order of the input, and the maps between input order, canonical order and keys.
 */
import { compareCodeUnits } from "../util/normalize.js";

/**
 * The order of people by their ids' keys (`keys[i]`, person i's): canonical order.
 *
 * @example
 * canonicalOrder(["m2", "m10", "m1"]) // Int32Array [2, 1, 0]: "m1" < "m10" < "m2"
 */
export function canonicalOrder(keys: readonly string[]): Int32Array {
  const order = new Int32Array(keys.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((i, j) => compareCodeUnits(keys[i]!, keys[j]!));
}

/**
 * `list` in `order` (`list[order[i]]` at i), by a loop: `Array.from` of a typed array reads it
 * through an iterator, an object per entry.
 *
 * @example
 * inOrder(["a", "b", "c"], Int32Array.of(2, 0, 1)) // ["c", "a", "b"]
 */
export function inOrder<T>(list: readonly T[], order: Int32Array): T[] {
  const out = new Array<T>(order.length);
  for (let i = 0; i < order.length; i++) out[i] = list[order[i]!]!;
  return out;
}

/**
 * Each person's canonical index by their id's key (`keys` in input order).
 *
 * @example
 * indexByKey(["m2", "m1"], Int32Array.of(1, 0)) // Map { "m1" => 0, "m2" => 1 }
 */
export function indexByKey(keys: readonly string[], order: Int32Array): Map<string, number> {
  const at = new Map<string, number>();
  for (let i = 0; i < order.length; i++) at.set(keys[order[i]!]!, i);
  return at;
}
