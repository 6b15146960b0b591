/** Writes schema/cohort.schema.json from the zod schema (`npm run schema`); a test keeps it current. */
import { writeFileSync } from "node:fs";
import { buildCohortJsonSchema } from "../src/schema/buildJsonSchema.js";

writeFileSync(
  new URL("../schema/cohort.schema.json", import.meta.url),
  `${JSON.stringify(buildCohortJsonSchema(), null, 2)}\n`,
);
