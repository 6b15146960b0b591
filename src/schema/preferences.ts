import { issueOf } from "../phrasebook/index.js";
import type { CohortIssue } from "../types.js";
import { normalizeKey } from "../util/normalize.js";
import { printable } from "../util/quote.js";
import type { Cohort } from "./cohort.js";

/**
 * The cross-record checks of `preferences`: every id names someone on the other side, and no id
 * is listed twice in one person's list (ids compared as the library compares them: trimmed, NFC,
 * case-insensitive). Each problem is an issue at the entry's path
 * (`adepts[3].preferences[1]`) with the owner's id.
 *
 * @example
 * preferenceIssues(cohort, mentorIndex, adeptIndex) // [{ code: "unknown_id", path: "adepts[0].preferences[2]", ... }]
 */
export function preferenceIssues(
  cohort: Pick<Cohort, "mentors" | "adepts">,
  mentorIndex: ReadonlyMap<string, number>,
  adeptIndex: ReadonlyMap<string, number>,
): CohortIssue[] {
  const issues: CohortIssue[] = [];
  const check = (
    side: "mentors" | "adepts",
    people: readonly {
      readonly id: string;
      readonly preferences?: readonly string[] | undefined;
    }[],
  ) => {
    // A mentor ranks adepts; an adept ranks mentors.
    const role = side === "mentors" ? "adept" : "mentor";
    const own = role === "adept" ? adeptIndex : mentorIndex;
    const other = role === "adept" ? mentorIndex : adeptIndex;
    people.forEach((person, i) => {
      if (person.preferences === undefined || person.preferences.length === 0) return;
      const firstAt = new Map<string, number>();
      person.preferences.forEach((ref, k) => {
        const key = normalizeKey(ref);
        const path = `${side}[${i}].preferences[${k}]`;
        const earlier = firstAt.get(key);
        if (!own.has(key)) {
          issues.push({
            path,
            id: person.id,
            ...issueOf("unknown_id", { role, id: printable(ref), otherRole: other.has(key) }),
          });
        } else if (earlier !== undefined) {
          issues.push({
            path,
            id: person.id,
            ...issueOf("duplicate_preference", { role, id: printable(ref), at: earlier }),
          });
        } else {
          firstAt.set(key, k);
        }
      });
    });
  };
  check("mentors", cohort.mentors);
  check("adepts", cohort.adepts);
  return issues;
}
