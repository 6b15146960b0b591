import type { CohortIssue } from "../types.js";

/**
 * Thrown by `parseCohort`, `scoreMatrix` and `match` for invalid input. `issues` lists every
 * problem found (never empty), each with a path such as `adepts[3].managerYears` and the
 * person's id where known.
 *
 * @example
 * try { parseCohort({}) } catch (e) { if (e instanceof CohortError) console.log(e.issues) }
 */
export class CohortError extends Error {
  override readonly name = "CohortError";
  readonly issues: readonly CohortIssue[];

  constructor(fn: string, issues: readonly CohortIssue[]) {
    const shown = issues
      .slice(0, 5)
      .map((i) => `${i.path}${i.id === undefined ? "" : ` (${i.id})`}: ${i.message}`);
    const more = issues.length > 5 ? `; and ${issues.length - 5} more` : "";
    super(
      `${fn}: invalid cohort, ${issues.length} problem${issues.length === 1 ? "" : "s"}: ${shown.join("; ")}${more}`,
    );
    this.issues = issues;
  }
}
