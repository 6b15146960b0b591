/**
 * Writes src/data/municipalities.ts from data/se-municipalities.csv and
 * data/sjuharad-municipalities.csv (`npm run municipalities`); a test keeps them in step.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { municipalitiesModule } from "./municipalitiesModule.js";

const read = (name: string) => readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8");
writeFileSync(
  new URL("../src/data/municipalities.ts", import.meta.url),
  municipalitiesModule(read("se-municipalities.csv"), read("sjuharad-municipalities.csv")),
);
