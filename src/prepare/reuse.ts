/**
 * Preparing a cohort (validating it, putting it in canonical order, building the scorer) is the
 * largest fixed cost of every entry point, and a caller who runs `match`, then `explain` or
 * `renderReport` on the same cohort object would pay it again in each. So the last prepared
 * cohort of each input object is kept, weakly (it goes when the object goes), with what the
 * object was and the options that made it. A later call with the same object, unchanged, and the
 * same options gets it back instead of preparing again.
 *
 * What the object was is its validated form where it is plainly valid (`schema/fast.ts`, which
 * every call reads anyway; the prepared cohort depends on nothing else), else its JSON text: an
 * object changed in place in between (a person edited, added or removed, a lock added) validates
 * to another cohort, or writes another text, and is prepared again. Only input that passed
 * validation is kept, so the text is of plain, valid data. Options must agree exactly,
 * the municipality table by identity (the built-in one is a single object; a table made from
 * `options.municipalities` is new on every call, so such calls prepare every time).
 */
import type { MunicipalityTable } from "../geo/municipalities.js";
import type { ResolvedOptions } from "../options/resolve.js";
import { canonicalJson } from "../util/hash.js";

interface Kept<T> {
  /** What the input was: its validated form where it was plainly valid, else its JSON text. */
  readonly validated: unknown;
  readonly json: string | undefined;
  readonly options: string;
  readonly table: MunicipalityTable;
  readonly prepared: T;
}

/** The options that make a prepared cohort, as text (the table is compared by identity). */
function optionsText(o: ResolvedOptions): string {
  return canonicalJson({ ...o, table: undefined });
}

/** The input as JSON text; `undefined` when it has none (a cycle, a BigInt, a throwing getter). */
function jsonOf(input: unknown): string | undefined {
  try {
    return JSON.stringify(input);
  } catch {
    return undefined;
  }
}

/**
 * Whether two plain JSON-like values are the same: equal primitives (`Object.is`), arrays of the
 * same values, objects with the same keys in the same order and the same values.
 *
 * @example
 * sameData({ a: [1, "x"] }, { a: [1, "x"] }) // true
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (
      k !== kb[i] ||
      !sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
    )
      return false;
  }
  return true;
}

/**
 * The last prepared value of each input object, reused while the options stay the same and the
 * object is unchanged: read again, it validates to the same cohort (where it is plainly valid,
 * `schema/fast.ts`; the prepared value depends on nothing else), or, where it is not, it writes
 * the same JSON text.
 *
 * @example
 * const kept = new KeptPrepared<Prepared>();
 * kept.get(cohort, resolved) ?? kept.keep(cohort, resolved, build())
 */
export class KeptPrepared<T> {
  private readonly kept = new WeakMap<object, Kept<T>>();

  /**
   * The value kept for `input` under `options`, if the input is unchanged since (`validated`:
   * the input's validated form now, when it is plainly valid).
   */
  get(input: unknown, options: ResolvedOptions, validated?: unknown): T | undefined {
    if (typeof input !== "object" || input === null) return undefined;
    const k = this.kept.get(input);
    if (k === undefined || k.table !== options.table || k.options !== optionsText(options)) {
      return undefined;
    }
    if (k.json === undefined) return sameData(validated, k.validated) ? k.prepared : undefined;
    return jsonOf(input) === k.json ? k.prepared : undefined;
  }

  /**
   * Keeps `prepared` for `input` (which has just passed validation) and returns it (`validated`:
   * the input's validated form, when it was plainly valid; no JSON text is made then).
   */
  keep(input: unknown, options: ResolvedOptions, prepared: T, validated?: unknown): T {
    if (typeof input !== "object" || input === null) return prepared;
    const json = validated === undefined ? jsonOf(input) : undefined;
    if (validated === undefined && json === undefined) return prepared;
    this.kept.set(input, {
      validated,
      json,
      options: optionsText(options),
      table: options.table,
      prepared,
    });
    return prepared;
  }
}
