import { resolveOptions } from "../options/resolve.js";
import { optimalPlan } from "../plan/plan.js";
import { isAllowed, prepare, withLocks } from "../prepare/prepare.js";
import type { CohortInput } from "../schema/cohort.js";
import type { MatchedPair, MatchOptions, MatchResult } from "../types.js";
import { guarded, MAX_ARRAY_LENGTH, plainData } from "../util/boundary.js";
import { CohortError } from "../util/cohortError.js";
import { normalizeKey } from "../util/normalize.js";
import { parseWith } from "../validate/parse.js";
import { resultOf } from "./match.js";

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

/** The cohort's lists and whether each may be absent (`match` says "expected array" for those). */
const LISTS = ["mentors", "adepts", "exclusions", "locked", "history"] as const;
type ListName = (typeof LISTS)[number];

/** The schema's issues with a cohort that cannot be used, as `match` would report them. */
function invalidCohort(cohort: unknown, options: MatchOptions | undefined, name: string): never {
  const parsed = parseWith(cohort, resolveOptions("rematch", options));
  throw new CohortError(
    "rematch",
    parsed.success
      ? [{ code: "invalid_type", path: name, message: "expected an array" }]
      : parsed.issues,
  );
}

/**
 * The cohort's fields and lists, read once. A list that is not an array, or longer than any list
 * can be (so that `new Array(2 ** 32 - 1)` is never walked), and a field that cannot be read are
 * left to the schema, which names the problem as `match` would: `mentors: at most 20000 mentors`.
 */
function readCohort(
  cohort: Record<string, unknown>,
  options: MatchOptions | undefined,
): { fields: Record<string, unknown>; lists: Record<ListName, unknown[]> } {
  const lists = {} as Record<ListName, unknown[]>;
  let fields: Record<string, unknown> = {};
  let bad: string | undefined;
  try {
    fields = { ...cohort };
    for (const name of LISTS) {
      const list = fields[name];
      if (list === undefined) lists[name] = [];
      else if (Array.isArray(list) && list.length <= MAX_ARRAY_LENGTH)
        lists[name] = Array.from(list); // holes become undefined: the schema names them
      else bad ??= name;
    }
  } catch {
    bad = "(cohort)";
  }
  if (bad !== undefined) invalidCohort(cohort, options, bad);
  return { fields, lists };
}

/** `changes`, read once into plain data and checked. */
function readChanges(changes: unknown): {
  remove: string[];
  addMentors: unknown[];
  addAdepts: unknown[];
  capacity: { id: string; capacity: unknown }[];
} {
  const c = plainData("rematch", "changes", changes);
  if (!isRecord(c))
    throw new TypeError("rematch: changes must be an object { remove?, add?, capacity? }");
  const list = (value: unknown, name: string): unknown[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw new TypeError(`rematch: ${name} must be an array`);
    return value;
  };
  const remove = list(c.remove, "changes.remove").map((id, i) => {
    if (typeof id !== "string")
      throw new TypeError(`rematch: changes.remove[${i}] must be an id (a string)`);
    return id;
  });
  if (c.add !== undefined && !isRecord(c.add))
    throw new TypeError("rematch: changes.add must be an object { mentors?, adepts? }");
  const add = c.add ?? {};
  const capacity = list(c.capacity, "changes.capacity").map((x, i) => {
    if (!isRecord(x) || typeof x.id !== "string")
      throw new TypeError(`rematch: changes.capacity[${i}] must be { id, capacity }`);
    return { id: x.id, capacity: x.capacity };
  });
  return {
    remove,
    addMentors: list(add.mentors, "changes.add.mentors"),
    addAdepts: list(add.adepts, "changes.add.adepts"),
    capacity,
  };
}

/** The previous result's pairs, read once and checked: only ids and scores are used. */
function previousPairs(previous: unknown): Pick<MatchedPair, "mentorId" | "adeptId" | "score">[] {
  const pairs = isRecord(previous)
    ? plainData("rematch", "previous.pairs", previous.pairs)
    : undefined;
  if (!Array.isArray(pairs)) throw new TypeError("rematch: previous must be a MatchResult");
  return pairs.map((p, i) => {
    if (
      !isRecord(p) ||
      typeof p.mentorId !== "string" ||
      typeof p.adeptId !== "string" ||
      typeof p.score !== "number"
    ) {
      throw new TypeError(
        `rematch: previous.pairs[${i}] must be a pair of a MatchResult ({ mentorId, adeptId, score, ... })`,
      );
    }
    return { mentorId: p.mentorId, adeptId: p.adeptId, score: p.score };
  });
}

/**
 * Repairs a plan when people leave or join mid-year, or a mentor's capacity changes: pairs of
 * the previous result that still hold are kept (as locked pairs) and only the rest is solved
 * again, with the same objective as `match`. A previous pair is released when a person left, the
 * rules no longer allow it, or its mentor's new capacity is too small (the pairs kept are then
 * the input's locked ones first, then the highest scores; ties by id). Never mutates its inputs.
 *
 * Throws `CohortError` for an invalid cohort (as `match` does), a `TypeError` for a `previous`
 * that is not a result or `changes` of the wrong shape, and the option errors of `match`; every
 * message starts with "rematch: ".
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
  return guarded("rematch", () => rematchChecked(previous, cohort, changes, options));
}

function rematchChecked(
  previousArg: unknown,
  cohort: unknown,
  changesArg: unknown,
  options: MatchOptions | undefined,
): RematchResult {
  const t0 = performance.now();
  const previous = previousPairs(previousArg);
  if (!isRecord(cohort)) throw new TypeError("rematch: cohort must be an object");
  const changes = readChanges(changesArg);
  const { fields, lists } = readCohort(cohort, options);
  const gone = new Set(changes.remove.map(normalizeKey));
  // People and references are read without trusting them: one that cannot be read is passed on
  // as it is, for the schema to report as `match` would.
  const field = (x: unknown, key: string): unknown => {
    try {
      return isRecord(x) ? x[key] : undefined;
    } catch {
      return undefined;
    }
  };
  const text = (x: unknown) => (typeof x === "string" ? [x] : []);
  const refIds = (r: unknown) => [...text(field(r, "mentor")), ...text(field(r, "adept"))];
  const keep = (xs: unknown[], ids: (x: unknown) => string[]) =>
    xs.filter((x) => ids(x).every((id) => !gone.has(normalizeKey(id))));
  const newCapacity = new Map(changes.capacity.map((c) => [normalizeKey(c.id), c.capacity]));
  const idOf = (x: unknown) => text(field(x, "id"))[0] ?? "";
  const withCapacity = (m: unknown) => {
    const cap = newCapacity.get(normalizeKey(idOf(m)));
    try {
      return cap === undefined || !isRecord(m) ? m : { ...m, capacity: cap };
    } catch {
      return m;
    }
  };
  const mentors = [...keep(lists.mentors, (m) => [idOf(m)]), ...changes.addMentors].map(
    withCapacity,
  );
  const adepts = [...keep(lists.adepts, (a) => [idOf(a)]), ...changes.addAdepts];
  const base = {
    ...fields,
    mentors,
    adepts,
    exclusions: keep(lists.exclusions, refIds),
    history: keep(lists.history, refIds),
    locked: keep(lists.locked, refIds) as { mentor: string; adept: string }[],
  };

  // Which previous pairs still hold: both people present, allowed by the rules, within capacity.
  const p = prepare("rematch", base, options);
  const mentorAt = new Map(p.mentors.map((m, i) => [normalizeKey(m.id), i]));
  const adeptAt = new Map(p.adepts.map((a, j) => [normalizeKey(a.id), j]));
  const lockedKeys = new Set(p.locked.map((l) => `${l.mentor},${l.adept}`));
  const released: { mentorId: string; adeptId: string; why: string }[] = [];
  const candidates: { pair: (typeof previous)[number]; m: number; a: number; locked: boolean }[] =
    [];
  for (const pair of previous) {
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
  const lockedAdept = new Uint8Array(p.adepts.length);
  for (const l of p.locked) {
    load[l.mentor]!++;
    lockedAdept[l.adept] = 1;
  }
  const extraLocks: { mentor: number; adept: number }[] = [];
  const kept: { mentorId: string; adeptId: string }[] = [];
  for (const c of candidates) {
    const ids = { mentorId: p.mentors[c.m]!.id, adeptId: p.adepts[c.a]!.id };
    if (c.locked) {
      kept.push(ids);
      continue;
    }
    if (lockedAdept[c.a] === 1) {
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
    extraLocks.push({ mentor: c.m, adept: c.a });
  }

  // The kept pairs become locked pairs of the cohort already prepared: the pipeline goes on from
  // it (plan, then result) without validating and scoring the cohort again.
  const next =
    withLocks(p, extraLocks) ??
    prepare(
      "rematch",
      {
        ...base,
        locked: [
          ...base.locked,
          ...extraLocks.map((l) => ({
            mentor: p.mentors[l.mentor]!.id,
            adept: p.adepts[l.adept]!.id,
          })),
        ],
      },
      options,
    );
  const result = resultOf(optimalPlan(next), t0);
  const before = new Set(
    previous.map((q) => `${normalizeKey(q.mentorId)}\u0000${normalizeKey(q.adeptId)}`),
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
      removed: changes.remove,
      added: [...changes.addMentors, ...changes.addAdepts].map(idOf),
    },
  };
}
