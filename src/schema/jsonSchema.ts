import committed from "../../schema/cohort.schema.json";

/**
 * The JSON Schema (draft 2020-12) of the cohort input, for systems that do not use TypeScript.
 * It describes field types and ranges, and gives each field its Swedish name (the spreadsheet
 * header) as `title` and an English `description`; checks across records (duplicate ids, unknown
 * ids in exclusions, locked pairs that break a rule) are made by `parseCohort` only.
 *
 * @example
 * fs.writeFileSync("cohort.schema.json", JSON.stringify(cohortJsonSchema(), null, 2));
 */
export function cohortJsonSchema(): Record<string, unknown> {
  // The committed copy, made from the zod schema by `npm run schema` (a test keeps it current):
  // the browser bundle carries the schema as data, not zod's JSON Schema writer and the names.
  return structuredClone(committed) as Record<string, unknown>;
}
