import * as z from "zod/mini";
import { FIELD_DESCRIPTIONS } from "../phrasebook/fields.js";
import { CohortSchema } from "./cohort.js";
import { COHORT_FIELDS } from "./fields.js";

type Node = { properties?: Record<string, Node> } & Record<string, unknown>;

/** Gives the field at `path` under `record` its Swedish name as title and its description. */
function annotate(record: Node, path: readonly string[], title: string, description: string) {
  let parent = record;
  for (const key of path.slice(0, -1)) parent = parent.properties?.[key] ?? {};
  const last = path[path.length - 1] ?? "";
  const leaf = parent.properties?.[last];
  if (parent.properties === undefined || leaf === undefined) {
    throw new Error(`buildCohortJsonSchema: no property ${path.join(".")} in the JSON Schema`);
  }
  parent.properties[last] = { title, description, ...leaf };
}

/**
 * The JSON Schema of the cohort input, made from the zod schema and the fields' names (each
 * field of a record has its Swedish name as `title` and one English line as `description`).
 * `npm run schema` writes it to `schema/cohort.schema.json`, which `cohortJsonSchema()` returns;
 * a test keeps the two equal.
 *
 * @example
 * fs.writeFileSync("schema/cohort.schema.json", JSON.stringify(buildCohortJsonSchema(), null, 2));
 */
export function buildCohortJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CohortSchema, { io: "input", target: "draft-2020-12" }) as Node;
  for (const field of COHORT_FIELDS) {
    const title = field.names.sv ?? field.path;
    for (const list of field.in) {
      const record = schema.properties?.[list]?.items as Node | undefined;
      if (record === undefined) throw new Error(`buildCohortJsonSchema: no list ${list}`);
      annotate(record, field.path.split("."), title, FIELD_DESCRIPTIONS[field.path]);
    }
  }
  return schema;
}
