import { CohortError } from "./cohortError.js";
import { printable } from "./quote.js";
import { SolverError } from "./solverError.js";

/**
 * What a thrown value says, read without trusting it: an error's own getters, a Proxy's traps
 * or a `toString` may throw too.
 */
export function describeThrown(thrown: unknown): string {
  try {
    if (thrown instanceof Error) return printable(`${thrown.name}: ${thrown.message}`, 200);
    if (typeof thrown === "string") return printable(thrown, 200);
    return printable(Object.prototype.toString.call(thrown), 200);
  } catch {
    return "an unreadable value";
  }
}

const named = (fn: string, error: Error) => error.message.startsWith(`${fn}: `);

/**
 * Runs the body of the public function `fn` so that it throws only what its documentation
 * names: `CohortError`, `RangeError`, `TypeError` or `SolverError`, with a message that starts
 * with `fn`. A documented error from an inner step named after another function is named after
 * `fn`; anything else (a caller's getter or Proxy trap that throws, an argument of the wrong
 * shape that a step read as if it were right) leaves as a `TypeError` naming `fn`, with the
 * original as `cause`.
 *
 * @example
 * export function explain(target, options) { return guarded("explain", () => explainBody(target, options)); }
 */
export function guarded<T>(fn: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw documented(fn, error);
  }
}

function documented(fn: string, error: unknown): Error {
  try {
    if (error instanceof CohortError)
      return named(fn, error) ? error : new CohortError(fn, error.issues);
    for (const Kind of [SolverError, RangeError, TypeError] as const) {
      if (error instanceof Kind)
        return named(fn, error) ? error : new Kind(`${fn}: ${error.message}`, { cause: error });
    }
  } catch {
    // A hostile object that claims to be an error: fall through to the TypeError below.
  }
  return new TypeError(`${fn}: could not read its arguments (${describeThrown(error)})`, {
    cause: error,
  });
}

/** Most entries of one array in a caller's plain data (a result, changes, options). */
export const MAX_ARRAY_LENGTH = 1_000_000;
/** Most values in one argument of plain data: bounds the time a hostile argument can take. */
export const MAX_PLAIN_VALUES = 20_000_000;
const MAX_DEPTH = 32;

/**
 * A copy of a caller's plain, JSON-like data (a `MatchResult`, rematch changes) made by reading
 * each value once: later steps see no getters or Proxies, and every array is checked against
 * `MAX_ARRAY_LENGTH` before it is walked, so `new Array(2 ** 32 - 1)` is refused at once
 * instead of being walked for minutes. Objects keep their own enumerable string keys; other
 * values are kept as they are. Throws a `TypeError` or `RangeError` naming `fn` and the path.
 *
 * @example
 * const previous = plainData("rematch", "previous", previousArg);
 */
export function plainData(fn: string, name: string, value: unknown): unknown {
  let budget = MAX_PLAIN_VALUES;
  // The objects from the root to the value being read: at most MAX_DEPTH, so a linear search
  // is cheaper than a Set's add and delete for each of a result's 100,000 values.
  const ancestors: object[] = [];
  // Keys from the root to the object being read; a path is written out only for an error.
  const keys: (string | number)[] = [];
  const where = () =>
    name + keys.map((k) => (typeof k === "number" ? `[${k}]` : `.${printable(k, 40)}`)).join("");
  const tooLarge = () => new RangeError(`${fn}: ${name} is too large to be read`);
  // Only objects come here: a primitive (most values) is counted and kept where it is read,
  // without a call, and arrays are made at their length with an index loop (for-of and push
  // made a third of the garbage of copying a 1,000-pair result).
  const copy = (x: object, depth: number): unknown => {
    if (ancestors.includes(x)) throw new TypeError(`${fn}: ${where()} refers to itself (a cycle)`);
    if (depth > MAX_DEPTH) throw new TypeError(`${fn}: ${where()} is nested too deeply`);
    ancestors.push(x);
    // The key being read: it joins the path to go deeper, or to be named in an error.
    let at: string | number | undefined;
    try {
      if (Array.isArray(x)) {
        const length = x.length;
        if (length > MAX_ARRAY_LENGTH) {
          throw new RangeError(
            `${fn}: ${where()} has ${length} entries, more than ${MAX_ARRAY_LENGTH}`,
          );
        }
        budget -= length;
        if (budget < 0) throw tooLarge();
        const out: unknown[] = new Array(length);
        for (let i = 0; i < length; i++) {
          at = i;
          const v: unknown = x[i];
          if (typeof v !== "object" || v === null) out[i] = v;
          else {
            keys.push(i);
            out[i] = copy(v, depth + 1);
            keys.pop();
          }
        }
        return out;
      }
      const own = Object.keys(x);
      budget -= own.length;
      if (budget < 0) throw tooLarge();
      const out: Record<string, unknown> = {};
      for (let i = 0; i < own.length; i++) {
        const key = own[i] as string;
        at = key;
        let v: unknown = (x as Record<string, unknown>)[key];
        if (typeof v === "object" && v !== null) {
          keys.push(key);
          v = copy(v, depth + 1);
          keys.pop();
        }
        // "__proto__" by defineProperty, so it stays an ordinary key; every other key by plain
        // assignment (no other key of Object.prototype has a setter), which is much faster.
        if (key === "__proto__") {
          Object.defineProperty(out, key, {
            value: v,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        } else out[key] = v;
      }
      return out;
    } catch (error) {
      // Errors made here already name the path; the rest came from the caller's object.
      if ((error instanceof RangeError || error instanceof TypeError) && named(fn, error))
        throw error;
      if (at !== undefined) keys.push(at);
      throw new TypeError(`${fn}: ${where()} could not be read (${describeThrown(error)})`, {
        cause: error,
      });
    } finally {
      ancestors.pop();
    }
  };
  if (--budget < 0) throw tooLarge();
  return typeof value === "object" && value !== null ? copy(value, 0) : value;
}

/**
 * `value` checked to be an array of at most `max` entries before anything walks it, so
 * `new Array(2 ** 32 - 1)` is refused at once. Throws a `TypeError` or `RangeError` naming `fn`.
 *
 * @example
 * for (const pair of boundedList("checkPlan", "pairs", pairs)) { ... }
 */
export function boundedList(
  fn: string,
  name: string,
  value: unknown,
  max = MAX_ARRAY_LENGTH,
): readonly unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${fn}: ${name} must be an array`);
  if (value.length > max)
    throw new RangeError(`${fn}: ${name} has ${value.length} entries, more than ${max}`);
  return value;
}
