/**
 * A scorer's row path as plain data for a worker thread (match/helpers.ts): the profiles go as
 * structured clones (numbers and typed arrays) with the index of their class, and come back as
 * instances of their classes, so the other thread scores rows exactly as this one does.
 */

import type { PairScorer } from "./context.js";
import { EducationProfiles } from "./education.js";
import { ExperienceProfiles } from "./experience.js";
import { GeographyProfiles } from "./geography.js";
import { LeadershipProfiles } from "./leadership.js";
import { type RowFields, rowFieldsOf, type Scorer, scorerOfFields } from "./scorer.js";
import { SectorProfiles } from "./sector.js";
import { CrossIndex } from "./sets.js";
import { WishesProfiles } from "./wishes.js";

/** The criteria's profile classes, by the index a `ScorerRows` names them with. */
const PROFILES = [
  GeographyProfiles,
  ExperienceProfiles,
  EducationProfiles,
  WishesProfiles,
  LeadershipProfiles,
  SectorProfiles,
] as const;

/**
 * What a scorer's row path (`beginRow`, `unitsOf`) reads, as plain data a worker thread can be
 * sent (structured clone: numbers and typed arrays): the profiles of each criterion of weight >
 * 0 (on one adept per group where a criterion groups its adepts), each adept's places in the
 * row path's table (`RowPathFields`), the weights and the preferences.
 *
 * @example
 * const rows: ScorerRows = scorerRows(p.scorer); // then scorerOfRows(rows) on another thread
 */
export interface ScorerRows {
  readonly fields: RowFields;
  /** The class of each of `fields.path.rows`, as an index into the criteria's profiles. */
  readonly kinds: readonly number[];
}

/**
 * The row path of `scorer` as plain data (see `ScorerRows`).
 *
 * @example
 * const other = scorerOfRows(scorerRows(scorer)); // other.beginRow(m); other.unitsOf(a) === scorer.row(m)[a]
 */
export function scorerRows(scorer: Scorer): ScorerRows {
  const fields = rowFieldsOf(scorer);
  const kinds = fields.path.rows.map((g) => PROFILES.findIndex((P) => g instanceof P));
  // Refused here, once, on the calling thread (which then scores every row), not by each helper.
  if (kinds.includes(-1))
    throw new TypeError("scorerRows: a criterion's profiles of no known class");
  // Each profile as plain data, its cross indexes without what rows do not read (`forRows`).
  const rows = fields.path.rows.map((g) => {
    const plain: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(g))
      plain[key] = value instanceof CrossIndex ? value.forRows() : value;
    return plain as unknown as PairScorer;
  });
  return { fields: { ...fields, path: { ...fields.path, rows } }, kinds };
}

/**
 * A scorer whose row path (`beginRow`, `unitsOf`, `row`) gives exactly what the scorer that
 * `rows` came from gives; `units` and `criteria` are not for it (they need the people).
 *
 * @example
 * const scorer = scorerOfRows(rows); scorer.beginRow(0); scorer.unitsOf(3);
 */
export function scorerOfRows(rows: ScorerRows): Scorer {
  // Made anew with their classes' prototypes (`setPrototypeOf` would leave them slow to read):
  // a profile's cross indexes (tags, sectors, areas) too.
  const revive = (proto: object, plain: object) => Object.assign(Object.create(proto), plain);
  const profiles = rows.fields.path.rows.map((g, i) => {
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(g)) {
      const cross =
        typeof value === "object" &&
        value !== null &&
        "classAdept" in value &&
        "mentorSize" in value;
      fields[key] = cross ? revive(CrossIndex.prototype, value) : value;
    }
    return revive(PROFILES[rows.kinds[i]!]!.prototype, fields) as PairScorer;
  });
  return scorerOfFields({ ...rows.fields, path: { ...rows.fields.path, rows: profiles } });
}
