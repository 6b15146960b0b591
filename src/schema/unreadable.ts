import type { CohortIssue } from "../types.js";
import { describeThrown } from "../util/boundary.js";
import { formatPath } from "./issues.js";

/** Deeper than any field of the cohort schema (`mentors[0].education.fields[0]` is 5). */
const MAX_DEPTH = 6;
/** Values looked at before giving up on finding the place: bounds the search in time. */
const BUDGET = 5_000_000;

/**
 * The issue for a cohort that threw while it was read (a getter or a Proxy trap that throws):
 * the input is read again, down to the depth of the schema, to find the first value that cannot
 * be read, so the issue names its path (`mentors[2].id`). When every value reads (a getter that
 * throws only sometimes) the issue is about the whole cohort.
 *
 * @example
 * unreadableIssue({ get mentors() { throw new Error("no") } }, error).path // "mentors"
 */
export function unreadableIssue(input: unknown, thrown: unknown): CohortIssue {
  let budget = BUDGET;
  const path: PropertyKey[] = [];
  const seen = new Set<object>();
  const find = (x: unknown, depth: number): unknown => {
    if (--budget < 0 || typeof x !== "object" || x === null || depth > MAX_DEPTH) return undefined;
    if (seen.has(x)) return undefined;
    seen.add(x);
    let keys: (string | number)[];
    try {
      if (Array.isArray(x)) {
        keys = Array.from({ length: Math.min(x.length, budget) }, (_, i) => i);
      } else {
        // for...in reads what the schema reads: own keys, their descriptors, the prototype.
        for (const _ in x) {
          // nothing: enumerating is the read being checked
        }
        keys = Object.keys(x);
      }
    } catch (error) {
      return error ?? "unreadable";
    }
    for (const key of keys) {
      path.push(key);
      let value: unknown;
      try {
        value = (x as Record<string | number, unknown>)[key];
      } catch (error) {
        return error ?? "unreadable";
      }
      const found = find(value, depth + 1);
      if (found !== undefined) return found;
      path.pop();
    }
    return undefined;
  };
  const found = find(input, 0);
  const error = found ?? thrown;
  return {
    code: "unreadable",
    path: found === undefined ? "(cohort)" : formatPath(path),
    message: `could not be read: ${describeThrown(error)}`,
  };
}
