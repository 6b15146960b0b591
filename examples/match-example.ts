/**
 * Matches an example cohort and prints the pairs with their scores, then everyone left out and
 * why. Run: `npm run example` (spring cohort) or `npm run example -- examples/sjuharad-autumn-2024.json`.
 */
import { readFileSync } from "node:fs";
import { CohortError, CRITERIA, explain, match } from "../src/index.js";

const file = process.argv[2] ?? new URL("./sjuharad-spring-2024.json", import.meta.url).pathname;

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const num = (x: number, d = 1) => x.toFixed(d).padStart(6);

try {
  const result = match(JSON.parse(readFileSync(file, "utf8")));
  console.log(`mentorpair: ${file}`);
  console.log(
    `${result.objective.matched} pairs, total score ${result.objective.totalScore.toFixed(2)}; ` +
      `solver ${result.solver.name}, optimal ${result.solver.optimal} (${result.solver.proof}); ${result.ms.toFixed(1)} ms\n`,
  );
  const short = CRITERIA.map((c) => c.slice(0, 6).padStart(6));
  console.log(`${pad("mentor", 8)}${pad("adept", 8)}${"total".padStart(6)}  ${short.join(" ")}`);
  for (const p of result.pairs) {
    const criteria = CRITERIA.map((c) => num(p.criteria[c], 2)).join(" ");
    console.log(
      `${pad(p.mentorId, 8)}${pad(p.adeptId, 8)}${num(p.score)}  ${criteria}${p.locked ? "  (locked)" : ""}`,
    );
  }
  for (const u of result.unmatchedAdepts)
    console.log(`\nunmatched adept ${u.id} (${u.reason}): ${u.message}`);
  for (const s of result.spareMentors) {
    console.log(
      `spare mentor ${s.id}: ${s.spare} place(s) left${s.message === undefined ? "" : ` (${s.message})`}`,
    );
  }
  console.log("\nWhy these pairs:");
  for (const p of result.pairs) console.log(`\n${explain(p)}`);
  console.log("");
  for (const w of result.warnings) console.log(`note ${w.path} ${w.id ?? ""}: ${w.message}`);
  console.log(
    `\naudit: mentorpair ${result.audit.version}, input sha256 ${result.audit.inputHash.slice(0, 16)}…`,
  );
} catch (error) {
  if (error instanceof CohortError) {
    console.error(`invalid cohort ${file}:`);
    for (const i of error.issues)
      console.error(`  ${i.path}${i.id === undefined ? "" : ` (${i.id})`}: ${i.message}`);
    process.exit(1);
  }
  throw error;
}
