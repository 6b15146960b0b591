import type { Prepared } from "../prepare/prepare.js";
import { normalizeKey } from "../util/normalize.js";
import type { PairPeople, PersonLabel } from "./criterionText.js";

/**
 * A prepared cohort with look-up by id (compared as the library compares ids: trimmed, NFC,
 * case-insensitive), for sentences that name places and sectors.
 *
 * @example
 * const ctx = cohortContext(prepare("explain", cohort, options));
 * ctx.mentorAt.get(normalizeKey("M01")) // canonical index
 */
export interface CohortContext {
  readonly p: Prepared;
  /** Canonical index by normalised id (`normalizeKey`). */
  readonly mentorAt: ReadonlyMap<string, number>;
  readonly adeptAt: ReadonlyMap<string, number>;
  /** Canonical index by the id exactly as the cohort writes it (and as results carry it). */
  readonly mentorById: ReadonlyMap<string, number>;
  readonly adeptById: ReadonlyMap<string, number>;
}

/**
 * Indexes a prepared cohort by id. The maps by normalised id are made when first read: a
 * result names people by their ids exactly as the cohort has them (`idIndex` tries those
 * first), and normalising 2,000 ids took a report a few milliseconds.
 *
 * @example
 * cohortContext(p).adeptAt.size === p.adepts.length // true
 */
export function cohortContext(p: Prepared): CohortContext {
  let mentorAt: Map<string, number> | undefined;
  let adeptAt: Map<string, number> | undefined;
  return {
    p,
    get mentorAt() {
      mentorAt ??= new Map(p.mentors.map((m, i) => [normalizeKey(m.id), i]));
      return mentorAt;
    },
    get adeptAt() {
      adeptAt ??= new Map(p.adepts.map((a, j) => [normalizeKey(a.id), j]));
      return adeptAt;
    },
    mentorById: new Map(p.mentors.map((m, i) => [m.id, i])),
    adeptById: new Map(p.adepts.map((a, j) => [a.id, j])),
  };
}

/**
 * The canonical index of a person by id, compared as the library compares ids; `undefined`
 * when no such person is in the cohort. An id written exactly as the cohort has it (as in a
 * result) is found without normalising it.
 *
 * @example
 * idIndex(ctx, "mentor", "M01") // 0
 * idIndex(ctx, "mentor", " m01 ") // 0
 */
export function idIndex(
  ctx: CohortContext,
  role: "mentor" | "adept",
  id: string,
): number | undefined {
  const exact = (role === "mentor" ? ctx.mentorById : ctx.adeptById).get(id);
  if (exact !== undefined) return exact;
  return (role === "mentor" ? ctx.mentorAt : ctx.adeptAt).get(normalizeKey(id));
}

/**
 * The canonical index of a person by id, or a `RangeError` naming the function and the id (and
 * saying so when the id belongs to the other role).
 *
 * @example
 * personIndex("explainPair", ctx, "mentor", "M01") // 0
 * personIndex("explainPair", ctx, "mentor", "A01") // throws: explainPair: "A01" is an adept, not a mentor
 */
export function personIndex(
  fn: string,
  ctx: CohortContext,
  role: "mentor" | "adept",
  id: string,
): number {
  if (typeof id !== "string") {
    throw new TypeError(`${fn}: the ${role} id must be a string, got ${typeof id}`);
  }
  const key = normalizeKey(id);
  const own = role === "mentor" ? ctx.mentorAt : ctx.adeptAt;
  const other = role === "mentor" ? ctx.adeptAt : ctx.mentorAt;
  const at = own.get(key);
  if (at !== undefined) return at;
  if (other.has(key)) {
    throw new RangeError(
      `${fn}: ${JSON.stringify(id)} is ${role === "mentor" ? "an adept" : "a mentor"}, not ${role === "mentor" ? "a mentor" : "an adept"}`,
    );
  }
  throw new RangeError(
    `${fn}: unknown ${role} id ${JSON.stringify(id)}: no such ${role} in the cohort`,
  );
}

function label(person: { id: string; municipality: string; sector: string }): PersonLabel {
  return { id: person.id, municipality: person.municipality, sector: person.sector };
}

/**
 * The two people of a pair with their municipality and sector when the cohort is known, by id
 * only otherwise (or when an id is not in it).
 *
 * @example
 * pairPeople(ctx, "M01", "A03") // { mentor: { id: "M01", municipality: "Borås", sector: "Äldreomsorg" }, adept: {...} }
 */
export function pairPeople(
  ctx: CohortContext | undefined,
  mentorId: string,
  adeptId: string,
): PairPeople {
  const m = ctx === undefined ? undefined : idIndex(ctx, "mentor", mentorId);
  const a = ctx === undefined ? undefined : idIndex(ctx, "adept", adeptId);
  return {
    mentor: m === undefined || ctx === undefined ? { id: mentorId } : label(ctx.p.mentors[m]!),
    adept: a === undefined || ctx === undefined ? { id: adeptId } : label(ctx.p.adepts[a]!),
  };
}

/**
 * The people of a pair given by canonical indices, as the sentences name them: the fast path
 * for a caller that already holds the indices (the report's pair cards).
 *
 * @example
 * pairPeopleAt(ctx.p, 0, 3) // { mentor: { id: "M01", municipality: "Borås", ... }, adept: {...} }
 */
export function pairPeopleAt(p: Prepared, mentor: number, adept: number): PairPeople {
  return { mentor: label(p.mentors[mentor]!), adept: label(p.adepts[adept]!) };
}
