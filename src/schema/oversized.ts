/**
 * zod (4.3) reads every element of an array before it checks the array's length: a sparse
 * `mentors` list of length 2^32 - 1 (one line of a hostile JSON file, `new Array(2 ** 32 - 1)`
 * from a caller) would be walked hole by hole, an issue per hole, until the process runs out of
 * memory. So before the schema runs, the input is walked along the schema's own shape (objects
 * by their keys, arrays by their elements, through optional and default wrappers) and the first
 * list longer than its schema's maximum is found; its issue is the schema's own, made by running
 * just that list's length checks on a stand-in of `maximum + 1` empty entries. Nothing here
 * restates a limit: each comes from the check in `schema/cohort.ts`.
 */
import * as z from "zod/mini";

type AnySchema = z.core.$ZodType;

/** The schema inside optional, default, nullable and similar wrappers. */
function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (let i = 0; i < 8; i++) {
    const def = s._zod.def as { innerType?: AnySchema; in?: AnySchema };
    const inner = def.innerType ?? def.in;
    if (inner === undefined) return s;
    s = inner;
  }
  return s;
}

/** The length checks of an array schema, and the largest length they allow. */
function maxLength(
  schema: AnySchema,
): { checks: z.core.$ZodCheck<unknown[]>[]; maximum: number } | undefined {
  // A max_length check reads only `.length`: it applies to any array.
  const checks = (schema._zod.def.checks ?? []).filter(
    (c) => (c._zod.def as { check?: string }).check === "max_length",
  ) as unknown as z.core.$ZodCheck<unknown[]>[];
  if (checks.length === 0) return undefined;
  const maximum = Math.min(
    ...checks.map((c) => (c._zod.def as unknown as { maximum: number }).maximum),
  );
  return { checks, maximum };
}

/**
 * Where a schema has lists, as a tree to walk the input by: an array (its length checks, if
 * any, and its element's tree) or an object (only its fields that lead to a list). A schema
 * part without lists has no tree, so a valid cohort costs a few property reads per person.
 */
type Walk =
  | {
      readonly kind: "array";
      readonly limit: ReturnType<typeof maxLength>;
      readonly element: Walk | undefined;
    }
  | { readonly kind: "object"; readonly fields: readonly (readonly [string, Walk])[] };

const walks = new WeakMap<AnySchema, Walk | null>();

function walkOf(schema: AnySchema, depth = 0): Walk | undefined {
  const known = walks.get(schema);
  if (known !== undefined) return known ?? undefined;
  let walk: Walk | undefined;
  const inner = unwrap(schema);
  const def = inner._zod.def as {
    type: string;
    shape?: Record<string, AnySchema>;
    element?: AnySchema;
  };
  if (depth <= 8 && def.type === "array" && def.element !== undefined) {
    walk = { kind: "array", limit: maxLength(inner), element: walkOf(def.element, depth + 1) };
  } else if (depth <= 8 && def.type === "object" && def.shape !== undefined) {
    const fields: (readonly [string, Walk])[] = [];
    for (const [key, child] of Object.entries(def.shape)) {
      const w = walkOf(child, depth + 1);
      if (w !== undefined) fields.push([key, w]);
    }
    if (fields.length > 0) walk = { kind: "object", fields };
  }
  walks.set(schema, walk ?? null);
  return walk;
}

/**
 * The schema's issues for the first list in `input` longer than the schema allows (paths from
 * the root), or `undefined` when every list is within its limit. A value that cannot be read is
 * left to the schema, which reports it.
 *
 * @example
 * oversizedListIssues(CohortSchema, { mentors: new Array(2 ** 32 - 1), adepts: [] })
 * // [{ code: "too_big", path: ["mentors"], message: "at most 20000 mentors", ... }]
 */
export function oversizedListIssues(
  schema: AnySchema,
  input: unknown,
): z.core.$ZodIssue[] | undefined {
  const path: PropertyKey[] = [];
  const find = (w: Walk, x: unknown): z.core.$ZodIssue[] | undefined => {
    if (typeof x !== "object" || x === null) return undefined;
    if (w.kind === "array") {
      if (!Array.isArray(x)) return undefined;
      const limit = w.limit;
      if (limit !== undefined && x.length > limit.maximum) {
        const standIn = z.array(z.unknown()).check(...limit.checks);
        const result = standIn.safeParse(new Array(limit.maximum + 1));
        return result.success
          ? undefined
          : result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
      }
      if (w.element === undefined) return undefined;
      for (let i = 0; i < x.length; i++) {
        path.push(i);
        const found = find(w.element, x[i]);
        path.pop();
        if (found !== undefined) return found;
      }
      return undefined;
    }
    if (Array.isArray(x)) return undefined;
    // Index loops, no iterators: this runs for every person and list of a cohort.
    for (let f = 0; f < w.fields.length; f++) {
      const [key, child] = w.fields[f]!;
      path.push(key);
      const found = find(child, (x as Record<string, unknown>)[key]);
      path.pop();
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const walk = walkOf(schema);
  if (walk === undefined) return undefined;
  try {
    return find(walk, input);
  } catch {
    return undefined;
  }
}

/**
 * `schema.safeParse(input)`, with lists longer than the schema allows refused first (see
 * `oversizedListIssues`), in the shape of zod's result.
 *
 * @example
 * const m = boundedSafeParse(MentorSchema, mentor);
 * if (!m.success) m.error.issues; // a 2^32-long `tags` list is one issue, at once
 */
export function boundedSafeParse<T extends z.ZodMiniType>(
  schema: T,
  input: unknown,
):
  | { success: true; data: z.output<T> }
  | { success: false; error: { issues: z.core.$ZodIssue[] } } {
  const early = oversizedListIssues(schema, input);
  if (early !== undefined) return { success: false, error: { issues: early } };
  const parsed = schema.safeParse(input);
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, error: { issues: parsed.error.issues } };
}
