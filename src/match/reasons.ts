import { explainBlocked, isAllowed, type Prepared } from "../prepare/prepare.js";

const SHOWN = 8;

function list(ids: readonly string[]): string {
  const shown = ids.slice(0, SHOWN).join(", ");
  return ids.length > SHOWN ? `${shown} and ${ids.length - SHOWN} more` : shown;
}

/** Groups the blocked partners of one person by what blocks them, in words. */
function groupBlocks(entries: readonly { id: string; why: string[] }[]): string {
  const groups = new Map<string, string[]>();
  for (const { id, why } of entries) {
    for (const w of why) {
      const key = w.startsWith("mentor ineligible") ? "ineligible" : w;
      const g = groups.get(key) ?? [];
      groups.set(key, g);
      g.push(id);
    }
  }
  return [...groups].map(([why, ids]) => `${why}: ${list(ids)}`).join("; ");
}

/** Why an eligible adept has no allowed mentor: each rule with the mentors it removed. */
export function noAllowedMentorMessage(p: Prepared, adept: number): string {
  const entries = p.mentors.map((m, i) => ({ id: m.id, why: explainBlocked(p, i, adept) }));
  return `no allowed mentor among ${p.mentors.length}: ${groupBlocks(entries)}`;
}

/** Why an adept with allowed mentors was left out: those mentors' places went to a better plan. */
export function capacityMessage(p: Prepared, adept: number): string {
  const allowed = p.mentors.filter((_, i) => isAllowed(p, i, adept)).map((m) => m.id);
  const who =
    allowed.length === 1
      ? `the only allowed mentor (${allowed[0]}) is full`
      : `all ${allowed.length} allowed mentors (${list(allowed)}) are full`;
  return `${who} in the optimal plan: giving this adept a place would take it from another adept without matching more people or raising the objective`;
}

/** Why an eligible mentor has no allowed adept. */
export function noAllowedAdeptMessage(p: Prepared, mentor: number): string {
  const entries = p.adepts.map((a, j) => {
    const why = explainBlocked(p, mentor, j).filter((w) => !w.startsWith("mentor ineligible"));
    return { id: a.id, why };
  });
  return `no allowed adept among ${p.adepts.length}: ${groupBlocks(entries)}`;
}
