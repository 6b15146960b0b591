/**
 * Preparing a cohort (validating it, putting it in canonical order, building the scorer) is the
 * largest fixed cost of every entry point, and a caller who runs `match`, then `explain` or
 * `renderReport` on the same cohort object would pay it again in each. So the last prepared
 * cohort of each input object is kept, weakly (it goes when the object goes), with the object's
 * JSON text and the options that made it. A later call with the same object, the same JSON text
 * and the same options gets it back instead of preparing again.
 *
 * The JSON text is the content check: an object changed in place in between (a person edited,
 * added or removed, a lock added) writes another text and is prepared again. Only input that
 * passed validation is kept, so the text is of plain, valid data. Options must agree exactly,
 * the municipality table by identity (the built-in one is a single object; a table made from
 * `options.municipalities` is new on every call, so such calls prepare every time).
 */
import type { MunicipalityTable } from "../geo/municipalities.js";
import type { ResolvedOptions } from "../options/resolve.js";
import { canonicalJson } from "../util/hash.js";

interface Kept<T> {
  readonly json: string;
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
 * The last prepared value of each input object, reused while the object's JSON text and the
 * options stay the same.
 *
 * @example
 * const kept = new KeptPrepared<Prepared>();
 * kept.get(cohort, resolved) ?? kept.keep(cohort, resolved, build())
 */
export class KeptPrepared<T> {
  private readonly kept = new WeakMap<object, Kept<T>>();

  /** The value kept for `input` under `options`, if the input is unchanged since. */
  get(input: unknown, options: ResolvedOptions): T | undefined {
    if (typeof input !== "object" || input === null) return undefined;
    const k = this.kept.get(input);
    if (k === undefined || k.table !== options.table || k.options !== optionsText(options)) {
      return undefined;
    }
    return jsonOf(input) === k.json ? k.prepared : undefined;
  }

  /** Keeps `prepared` for `input` (which has just passed validation) and returns it. */
  keep(input: unknown, options: ResolvedOptions, prepared: T): T {
    if (typeof input !== "object" || input === null) return prepared;
    const json = jsonOf(input);
    if (json === undefined) return prepared;
    this.kept.set(input, {
      json,
      options: optionsText(options),
      table: options.table,
      prepared,
    });
    return prepared;
  }
}
