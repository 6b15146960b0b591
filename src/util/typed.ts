/**
 * Typed arrays filled from a list by a loop: `Int32Array.from(list, fn)` walks the list through
 * the iterator protocol, one result object per item, which a cohort's profiles made by the
 * thousand on every `match`.
 */

/** The typed arrays `fillFrom` fills. */
type Typed = Int8Array | Uint8Array | Int32Array | Uint32Array | Float64Array;

/**
 * `out` with `out[i] = fn(list[i], i)` for every item of `list` (as long as `out`), returned.
 *
 * @example
 * fillFrom(new Float64Array(mentors.length), mentors, (m) => m.managerYears)
 */
export function fillFrom<A extends Typed, T>(
  out: A,
  list: ArrayLike<T>,
  fn: (item: T, i: number) => number,
): A {
  for (let i = 0; i < out.length; i++) out[i] = fn(list[i]!, i);
  return out;
}
