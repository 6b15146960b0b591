import { readIssueOf } from "../phrasebook/readIssues.js";
import type { CohortIssue } from "../types.js";
import { normalizeKey } from "../util/normalize.js";
import { printable } from "../util/quote.js";

/**
 * Duplicate ids across mentors and adepts, compared as the library compares them (trimmed, NFC,
 * case-insensitive), with the same wording as `safeParseCohort`. The library checks ids only
 * once every record is valid; the readers run this when it could not, so a coordinator sees a
 * duplicate id in the same round as a mistyped number.
 *
 * @example
 * duplicateIds({ mentors: [{ id: "M1" }], adepts: [{ id: "m1" }] })[0]?.path // "adepts[0].id"
 */
export function duplicateIds(records: {
  readonly mentors: readonly Record<string, unknown>[];
  readonly adepts: readonly Record<string, unknown>[];
}): CohortIssue[] {
  const issues: CohortIssue[] = [];
  const seen = new Map<string, string>();
  for (const side of ["mentors", "adepts"] as const) {
    records[side].forEach((record, i) => {
      const id = record.id;
      if (typeof id !== "string" || id.trim() === "") return;
      const key = normalizeKey(id);
      const path = `${side}[${i}]`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, path);
        return;
      }
      issues.push({
        path: `${path}.id`,
        id: id.normalize("NFC"),
        ...readIssueOf("duplicate_id", { id: printable(id.normalize("NFC")), also: first }),
      });
    });
  }
  return issues;
}
