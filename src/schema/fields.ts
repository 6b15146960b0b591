import type * as z from "zod/mini";
import { FIELD_NAMES, type FieldNames, type FieldPath, isFieldPath } from "../phrasebook/fields.js";
import {
  AdeptSchema,
  ExclusionSchema,
  HistorySchema,
  LockedSchema,
  MentorSchema,
} from "./cohort.js";

/** A list of the cohort whose records are rows of a sheet. */
export type RecordKind = "mentors" | "adepts" | "exclusions" | "locked" | "history";

/** A field's value type, as the zod schema says. */
export type FieldType = "string" | "number" | "boolean" | "array" | "enum";

/** One field a record of the cohort can hold: read off the zod schema, joined with its names. */
export interface CohortField {
  /** Where the value goes in the cohort JSON, e.g. `education.level`. */
  readonly path: FieldPath;
  readonly type: FieldType;
  /** The values of an enum, lowest first. */
  readonly values?: readonly string[];
  /** The lists whose records have the field, in the cohort's order. */
  readonly in: readonly RecordKind[];
  /** A record must give it: it is neither optional nor defaulted (where it is in a record). */
  readonly required: boolean;
  /** Its headers and Swedish name (`phrasebook/fields.ts`). */
  readonly names: FieldNames;
}

const RECORDS: readonly (readonly [RecordKind, z.ZodMiniObject])[] = [
  ["mentors", MentorSchema],
  ["adepts", AdeptSchema],
  ["exclusions", ExclusionSchema],
  ["locked", LockedSchema],
  ["history", HistorySchema],
];

interface Leaf {
  readonly path: string;
  readonly schema: z.core.$ZodType;
  readonly required: boolean;
}

/** The fields under an object schema, nested objects flattened to dotted paths. */
function leaves(
  shape: Readonly<Record<string, z.core.$ZodType>>,
  prefix: string,
  within: boolean,
): Leaf[] {
  return Object.entries(shape).flatMap(([key, field]) => {
    // Audit attributes are a free record for `auditPlan`: no column, no name, never scored.
    if (key === "auditAttributes") return [];
    let schema = field;
    // A field inside an optional object (`location.lat`) is required only when the object is given.
    let required = within;
    // Optional and defaulted fields wrap the type they hold.
    for (let def = schema._zod.def; def.type === "optional" || def.type === "default"; ) {
      schema = (def as z.core.$ZodOptionalDef | z.core.$ZodDefaultDef).innerType;
      def = schema._zod.def;
      required = false;
    }
    const def = schema._zod.def;
    const path = `${prefix}${key}`;
    if (def.type === "object") {
      return leaves((def as z.core.$ZodObjectDef).shape, `${path}.`, required);
    }
    return [{ path, schema, required }];
  });
}

function typeOf(leaf: Leaf): Pick<CohortField, "type" | "values"> {
  const def = leaf.schema._zod.def;
  switch (def.type) {
    case "string":
    case "number":
    case "boolean":
    case "array":
      return { type: def.type };
    case "enum":
      return {
        type: "enum",
        values: Object.values((def as z.core.$ZodEnumDef).entries) as string[],
      };
    default:
      throw new Error(`schema/fields: ${leaf.path} has a type (${def.type}) no reader knows`);
  }
}

function collect(): CohortField[] {
  const byPath = new Map<string, { leaf: Leaf; in: RecordKind[]; required: boolean }>();
  for (const [kind, schema] of RECORDS) {
    for (const leaf of leaves(schema.shape, "", true)) {
      const seen = byPath.get(leaf.path);
      if (seen === undefined) byPath.set(leaf.path, { leaf, in: [kind], required: leaf.required });
      else {
        seen.in.push(kind);
        seen.required &&= leaf.required;
      }
    }
  }
  return [...byPath.values()].map(({ leaf, in: lists, required }) => {
    const path = leaf.path;
    // A test keeps the names' keys equal to the schema's fields; this only names the culprit.
    if (!isFieldPath(path)) throw new Error(`schema/fields: ${path} has no names in phrasebook`);
    return { path, ...typeOf(leaf), in: lists, required, names: FIELD_NAMES[path] };
  });
}

/**
 * Every field a mentor, adept, exclusion, locked or history record can hold, in the schema's
 * order (a mentor's fields, then those only an adept has, then the pairs'): the one list the
 * spreadsheet readers, the Swedish field names and the JSON Schema's descriptions come from.
 *
 * @example
 * COHORT_FIELDS.find((f) => f.path === "capacity")
 * // { path: "capacity", type: "number", in: ["mentors"], required: false, names: { sv: "kapacitet", ... } }
 */
export const COHORT_FIELDS: readonly CohortField[] = collect();
