import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { cohortJsonSchema } from "../../src/index.js";
import { FIELD_DESCRIPTIONS, FIELD_NAMES } from "../../src/phrasebook/fields.js";
import { buildCohortJsonSchema } from "../../src/schema/buildJsonSchema.js";
import { CohortSchema } from "../../src/schema/cohort.js";
import { COHORT_FIELDS } from "../../src/schema/fields.js";

const committed = (): unknown =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, "..", "..", "schema", "cohort.schema.json"), "utf8"),
  );

/** A JSON value without `title` and `description` anywhere. */
function withoutAnnotations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAnnotations);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== "title" && k !== "description")
      .map(([k, v]) => [k, withoutAnnotations(v)]),
  );
}

type Node = { readonly properties?: Readonly<Record<string, Node>> } & Readonly<
  Record<string, unknown>
>;

describe("the JSON Schema of the cohort", () => {
  it("schema/cohort.schema.json is what the zod schema and the field names give (run npm run schema)", () => {
    expect(committed()).toEqual(buildCohortJsonSchema());
  });

  it("validates exactly as zod's own JSON Schema of the cohort: the names only annotate", () => {
    expect(withoutAnnotations(cohortJsonSchema())).toEqual(
      z.toJSONSchema(CohortSchema, { io: "input", target: "draft-2020-12" }),
    );
  });

  it("gives every field of every record its Swedish name as title and an English description", () => {
    const schema = cohortJsonSchema() as Node;
    for (const field of COHORT_FIELDS) {
      for (const list of field.in) {
        let node = (schema.properties?.[list]?.items ?? {}) as Node;
        for (const key of field.path.split(".")) node = node.properties?.[key] ?? {};
        expect(node.title, `${list}: ${field.path}`).toBe(FIELD_NAMES[field.path].sv);
        expect(node.description, `${list}: ${field.path}`).toBe(FIELD_DESCRIPTIONS[field.path]);
      }
    }
  });

  it("returns a new copy on each call: a caller that changes one cannot change the next", () => {
    const first = cohortJsonSchema() as { properties: Record<string, unknown>; title?: string };
    delete first.properties.mentors;
    first.title = "changed";
    expect(cohortJsonSchema()).toEqual(committed());
  });
});
