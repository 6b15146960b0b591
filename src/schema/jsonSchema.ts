import * as z from "zod";
import { CohortSchema } from "./cohort.js";

/**
 * The JSON Schema (draft 2020-12) of the cohort input, for systems that do not use TypeScript.
 * It describes field types and ranges; checks across records (duplicate ids, unknown ids in
 * exclusions, locked pairs that break a rule) are made by `parseCohort` only.
 *
 * @example
 * fs.writeFileSync("cohort.schema.json", JSON.stringify(cohortJsonSchema(), null, 2));
 */
export function cohortJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(CohortSchema, { io: "input", target: "draft-2020-12" }) as Record<
    string,
    unknown
  >;
}
