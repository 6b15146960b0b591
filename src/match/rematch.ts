import type { CohortInput } from "../schema/cohort.js";
import type { MatchedPair, MatchOptions, MatchResult } from "../types.js";
import { normalizeKey } from "../util/normalize.js";
import { match } from "./match.js";
import { isAllowed, prepare } from "./prepare.js";

/** What changed since the previous result: people who left or joined, new capacities. */
export interface CohortChanges {
  /** Ids of mentors or adepts who left. The default value is `[]`. */
  readonly remove?: readonly string[];
  /** People who joined. The default value is `{}`. */
  readonly add?: { readonly mentors?: readonly unknown[]; readonly adepts?: readonly unknown[] };
  /** New capacities by mentor id. The default value is `[]`. */
  readonly capacity?: readonly { readonly id: string; readonly capacity: number }[];
}

/** A result of `rematch`: a full `MatchResult` plus what happened to the previous pairs. */
export interface RematchResult extends MatchResult {
  readonly changes: {
    /** Previous pairs that still hold, kept as they were. */
    readonly kept: readonly { readonly mentorId: string; readonly adeptId: string }[];
    /** Previous pairs that could not be kept, and why. */
    readonly released: readonly {
      readonly mentorId: string;
      readonly adeptId: string;
      readonly why: string;
    }[];
    /** Pairs that are new in this result. */
    readonly formed: readonly { readonly mentorId: string; readonly adeptId: string }[];
    readonly removed: readonly string[];
    readonly added: readonly string[];
  };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/**
 * Repairs a plan when people leave or join mid-year, or a mentor's capacity changes: pairs of
 * the previous result that still hold are kept (as locked pairs) and only the rest is solved
 * again, with the same objective as `match`. A previous pair is released when a person left, the
 * rules no longer allow it, or its mentor's new capacity is too small (the pairs kept are then
 * the input's locked ones first, then the highest scores; ties by id). Never mutates its inputs.
 *
 * @example
 * const next = rematch(previous, cohort, { remove: ["A03"], add: { adepts: [newcomer] } });
 * next.changes.kept; // pairs that stay as they were
 */
export function rematch(
  previous: MatchResult,
  cohort: CohortInput,
  changes: CohortChanges = {},
  options?: MatchOptions,
): RematchResult {
  if (!isRecord(previous) || !Array.isArray(previous.pairs)) {
    throw new TypeError("rematch: previous must be a MatchResult");
  }
  if (!isRecord(cohort)) throw new TypeError("rematch: cohort must be an object");
  const input = cohort as unknown as CohortInput;
  const gone = new Set((changes.remove ?? []).map((id) => normalizeKey(String(id))));
  const keep = <T>(xs: readonly T[] | undefined, ids: (x: T) => string[]) =>
    (xs ?? []).filter((x) => ids(x).every((id) => !gone.has(normalizeKey(String(id)))));
  const newCapacity = new Map(
    (changes.capacity ?? []).map((c) => [normalizeKey(c.id), c.capacity]),
  );
  const idOf = (x: unknown) => (isRecord(x) && typeof x.id === "string" ? x.id : "");
  const mentors = [
    ...keep(input.mentors as unknown[], (m) => [idOf(m)]),
    ...(changes.add?.mentors ?? []),
  ].map((m) => {
    const cap = newCapacity.get(normalizeKey(idOf(m)));
    return cap === undefined || !isRecord(m) ? m : { ...m, capacity: cap };
  });
  const adepts = [
    ...keep(input.adepts as unknown[], (a) => [idOf(a)]),
    ...(changes.add?.adepts ?? []),
  ];
  const refIds = (r: { mentor: string; adept: string }) => [r.mentor, r.adept];
  const base = {
    ...input,
    mentors: mentors as CohortInput["mentors"],
    adepts: adepts as CohortInput["adepts"],
    exclusions: keep(input.exclusions, refIds),
    history: keep(input.history, refIds),
    locked: keep(input.locked, refIds),
  };

  // Which previous pairs still hold: both people present, allowed by the rules, within capacity.
  const p = prepare("rematch", base, options);
  const mentorAt = new Map(p.mentors.map((m, i) => [normalizeKey(m.id), i]));
  const adeptAt = new Map(p.adepts.map((a, j) => [normalizeKey(a.id), j]));
  const lockedKeys = new Set(p.locked.map((l) => `${l.mentor},${l.adept}`));
  const released: { mentorId: string; adeptId: string; why: string }[] = [];
  const candidates: { pair: MatchedPair; m: number; a: number; locked: boolean }[] = [];
  for (const pair of previous.pairs) {
    const m = mentorAt.get(normalizeKey(pair.mentorId));
    const a = adeptAt.get(normalizeKey(pair.adeptId));
    if (m === undefined || a === undefined) {
      const who = m === undefined ? pair.mentorId : pair.adeptId;
      released.push({
        mentorId: pair.mentorId,
        adeptId: pair.adeptId,
        why: `${who} left the programme`,
      });
    } else if (!isAllowed(p, m, a)) {
      released.push({
        mentorId: pair.mentorId,
        adeptId: pair.adeptId,
        why: "the rules no longer allow this pair",
      });
    } else {
      candidates.push({ pair, m, a, locked: lockedKeys.has(`${m},${a}`) });
    }
  }
  candidates.sort((x, y) => y.pair.score - x.pair.score || x.m - y.m || x.a - y.a);
  // The input's own locked pairs come first: they hold whatever the previous result said.
  const load = new Int32Array(p.mentors.length);
  for (const l of p.locked) load[l.mentor]!++;
  const extraLocks: { mentor: string; adept: string }[] = [];
  const kept: { mentorId: string; adeptId: string }[] = [];
  for (const c of candidates) {
    const ids = { mentorId: p.mentors[c.m]!.id, adeptId: p.adepts[c.a]!.id };
    if (c.locked) {
      kept.push(ids);
      continue;
    }
    if (p.locked.some((l) => l.adept === c.a)) {
      released.push({ ...ids, why: `${ids.adeptId} is now locked to another mentor` });
      continue;
    }
    if (load[c.m]! >= p.mentors[c.m]!.capacity) {
      released.push({
        ...ids,
        why: `${ids.mentorId}'s places are taken (capacity ${p.mentors[c.m]!.capacity})`,
      });
      continue;
    }
    load[c.m]!++;
    kept.push(ids);
    extraLocks.push({ mentor: ids.mentorId, adept: ids.adeptId });
  }

  const result = match({ ...base, locked: [...(base.locked ?? []), ...extraLocks] }, options);
  const before = new Set(
    previous.pairs.map((q) => `${normalizeKey(q.mentorId)}\u0000${normalizeKey(q.adeptId)}`),
  );
  const formed = result.pairs
    .filter((q) => !before.has(`${normalizeKey(q.mentorId)}\u0000${normalizeKey(q.adeptId)}`))
    .map((q) => ({ mentorId: q.mentorId, adeptId: q.adeptId }));
  return {
    ...result,
    changes: {
      kept,
      released,
      formed,
      removed: [...(changes.remove ?? [])],
      added: [...(changes.add?.mentors ?? []), ...(changes.add?.adepts ?? [])].map(idOf),
    },
  };
}
