import type { GeographyFacts, PointSource } from "../criterionFacts.js";
import type { MunicipalityTable } from "../geo/municipalities.js";
import type { Person } from "../schema/cohort.js";
import type { ResolvedCriteriaOptions } from "../types.js";
import { type CriteriaContext, NEUTRAL, type PairScorer } from "./context.js";
import type { RowClasses } from "./groups.js";

/**
 * The fields geography reads.
 *
 * @example
 * const p: GeographyPerson = { municipality: "1490", location: { lat: 57.72, lon: 12.94 } };
 */
export type GeographyPerson = Pick<Person, "municipality" | "location">;

/**
 * A person's resolved position.
 *
 * @example
 * const p: ResolvedPoint = { lat: 57.721, lon: 12.94, source: "municipality" };
 */
export interface ResolvedPoint {
  readonly lat: number;
  readonly lon: number;
  readonly source: PointSource;
}

/**
 * A person's point: their `location` if given, else their municipality's reference point
 * (looked up by name or 4-digit code), else `undefined`.
 *
 * @example
 * personPoint({ municipality: "1490" }, table) // { lat: 57.721, lon: 12.94, source: "municipality" }
 */
export function personPoint(
  person: GeographyPerson,
  table: MunicipalityTable,
): ResolvedPoint | undefined {
  const point = knownPoint(person, table);
  return point === undefined
    ? undefined
    : { lat: point.lat, lon: point.lon, source: pointSource(person) };
}

/** Where a person's point comes from, given that it is known (see `personPoint`). */
function pointSource(person: GeographyPerson): PointSource {
  return person.location !== undefined ? "location" : "municipality";
}

/** `personPoint` without its source and without a new object: the point given or looked up. */
function knownPoint(
  person: GeographyPerson,
  table: MunicipalityTable,
): { readonly lat: number; readonly lon: number } | undefined {
  return person.location ?? table.find(person.municipality);
}

/** Mean Earth radius in km (IUGG), the radius `greatCircleKm` uses too. */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * A WGS84 point as a unit vector: distances between many points then need no trigonometry
 * but one `asin` per pair.
 *
 * @example
 * unitVector({ lat: 0, lon: 90 }) // { x: 6.1e-17, y: 1, z: 0 }
 */
export interface UnitVector {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/**
 * The unit vector of a WGS84 point.
 *
 * @example
 * unitVector({ lat: 90, lon: 0 }).z // 1
 */
export function unitVector(point: { readonly lat: number; readonly lon: number }): UnitVector {
  const rad = Math.PI / 180;
  const lat = point.lat * rad;
  const lon = point.lon * rad;
  return { x: Math.cos(lat) * Math.cos(lon), y: Math.cos(lat) * Math.sin(lon), z: Math.sin(lat) };
}

/**
 * Great-circle distance in km between two unit vectors, from their chord:
 * `2 R asin(|a - b| / 2)`. Equal to the haversine `greatCircleKm` up to rounding (about
 * 1e-9 km), and the one distance the geography criterion uses, for every pair and in its facts.
 *
 * @example
 * arcKm(unitVector({ lat: 57.721, lon: 12.94 }), unitVector({ lat: 57.792, lon: 13.414 })) // about 29.2
 */
export function arcKm(a: UnitVector, b: UnitVector): number {
  return arcKmOf(a.x, a.y, a.z, b.x, b.y, b.z);
}

/** `arcKm(unitVector(a), unitVector(b))` of two points given by their degrees, the same operations. */
function pointsKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const al = aLat * rad;
  const ao = aLon * rad;
  const bl = bLat * rad;
  const bo = bLon * rad;
  return arcKmOf(
    Math.cos(al) * Math.cos(ao),
    Math.cos(al) * Math.sin(ao),
    Math.sin(al),
    Math.cos(bl) * Math.cos(bo),
    Math.cos(bl) * Math.sin(bo),
    Math.sin(bl),
  );
}

function arcKmOf(ax: number, ay: number, az: number, bx: number, by: number, bz: number): number {
  const dx = ax - bx;
  const dy = ay - by;
  const dz = az - bz;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(dx * dx + dy * dy + dz * dz) / 2));
}

/**
 * Geography from a distance: 1 at or below `nearKm`, 0 at or beyond `farKm`, linear between;
 * `NEUTRAL` (0.5) for an unknown distance.
 *
 * @example
 * geographyFromKm(55, { nearKm: 10, farKm: 100 }) // 0.5
 */
export function geographyFromKm(
  km: number | undefined,
  options: Pick<ResolvedCriteriaOptions, "nearKm" | "farKm">,
): number {
  if (km === undefined || Number.isNaN(km)) return +NEUTRAL;
  if (km <= options.nearKm) return 1;
  if (km >= options.farKm) return 0;
  return (options.farKm - km) / (options.farKm - options.nearKm);
}

/**
 * The facts behind geography for one pair (see `geographyScore`).
 *
 * @example
 * geographyFacts({ municipality: "Borås" }, { municipality: "Ulricehamn" }, ctx).km // about 29
 */
export function geographyFacts(
  mentor: GeographyPerson,
  adept: GeographyPerson,
  ctx: CriteriaContext,
): GeographyFacts {
  // The points as `personPoint` resolves them, and `arcKm` of their `unitVector`s, without an
  // object for either (every chosen pair's facts).
  const m = knownPoint(mentor, ctx.table);
  const a = knownPoint(adept, ctx.table);
  const missing: string[] = [];
  if (m === undefined) missing.push("mentor.municipality");
  if (a === undefined) missing.push("adept.municipality");
  const km = m === undefined || a === undefined ? undefined : pointsKm(m.lat, m.lon, a.lat, a.lon);
  return {
    km: km ?? null,
    mentorPoint: m === undefined ? null : pointSource(mentor),
    adeptPoint: a === undefined ? null : pointSource(adept),
    missing,
    score: geographyFromKm(km, ctx.criteria),
  };
}

/**
 * Geography: close enough to meet and shadow each other. The great-circle distance between the
 * two people's points (`location`, else the municipality's reference point) scores 1 at or below
 * `nearKm` (default 10), 0 at or beyond `farKm` (default 100), linearly between; 0.5 when either
 * point is unknown.
 *
 * @example
 * geographyScore({ municipality: "Borås" }, { municipality: "Ulricehamn" }, ctx) // about 0.79
 */
export function geographyScore(
  mentor: GeographyPerson,
  adept: GeographyPerson,
  ctx: CriteriaContext,
): number {
  return geographyFacts(mentor, adept, ctx).score;
}

/** Most cells in the table of scores between distinct points (8 MB of doubles). */
const POINT_TABLE_CELLS = 1 << 20;

function internPoints(people: readonly GeographyPerson[], table: MunicipalityTable) {
  // Points by latitude, then longitude (numbers as keys: no text per person).
  const ids = new Map<number, Map<number, number>>();
  const points: UnitVector[] = [];
  const of = new Int32Array(people.length);
  people.forEach((person, i) => {
    const point = knownPoint(person, table);
    if (point === undefined) {
      of[i] = -1;
      return;
    }
    let byLon = ids.get(point.lat);
    if (byLon === undefined) {
      byLon = new Map();
      ids.set(point.lat, byLon);
    }
    let id = byLon.get(point.lon);
    if (id === undefined) {
      id = points.length;
      byLon.set(point.lon, id);
      points.push(unitVector(point));
    }
    of[i] = id;
  });
  const xyz = new Float64Array(points.length * 3);
  points.forEach((p, i) => {
    xyz[3 * i] = p.x;
    xyz[3 * i + 1] = p.y;
    xyz[3 * i + 2] = p.z;
  });
  return { of, points, xyz };
}

/**
 * Geography for every pair of two lists, on precomputed points. People who share a point (most
 * do: a municipality's reference point) share a row or column of a score table built once;
 * scores are identical to `geographyScore`.
 *
 * @example
 * new GeographyProfiles(mentors, adepts, ctx).score(0, 1) === geographyScore(mentors[0], adepts[1], ctx) // true
 */
export class GeographyProfiles implements PairScorer {
  private readonly options: Pick<ResolvedCriteriaOptions, "nearKm" | "farKm">;
  /** Point id per person, -1 when unknown. */
  private readonly mentorPoint: Int32Array;
  private readonly adeptPoint: Int32Array;
  /** Unit vectors of the distinct points, `x, y, z` per point. */
  private readonly mentorXyz: Float64Array;
  private readonly adeptXyz: Float64Array;
  /** Scores by point ids (`mentorPoint * width + adeptPoint`), or empty when too many points. */
  private readonly table: Float64Array;
  private readonly tabulated: boolean;
  private readonly width: number;
  readonly rowClasses: RowClasses;

  constructor(
    mentors: readonly GeographyPerson[],
    adepts: readonly GeographyPerson[],
    ctx: CriteriaContext,
  ) {
    const m = internPoints(mentors, ctx.table);
    const a = internPoints(adepts, ctx.table);
    this.options = { nearKm: ctx.criteria.nearKm, farKm: ctx.criteria.farKm };
    this.mentorPoint = m.of;
    this.adeptPoint = a.of;
    this.mentorXyz = m.xyz;
    this.adeptXyz = a.xyz;
    this.width = a.points.length;
    const points = this.width;
    // An adept's row class is its point (the same point, the same distance to every mentor).
    const pointOf = new Int32Array(adepts.length);
    for (let j = 0; j < adepts.length; j++) pointOf[j] = a.of[j]! < 0 ? points : a.of[j]!;
    this.rowClasses = { of: pointOf, count: points + 1 };
    this.tabulated = m.points.length * a.points.length <= POINT_TABLE_CELLS;
    this.table = new Float64Array(this.tabulated ? m.points.length * a.points.length : 0);
    if (this.tabulated) {
      m.points.forEach((p, i) => {
        a.points.forEach((q, j) => {
          this.table[i * this.width + j] = geographyFromKm(arcKm(p, q), this.options);
        });
      });
    }
  }

  /**
   * `weight * score` per row class (see `PairScorer.fillClasses`): per point of the adepts, from
   * the table of points where there is one, then neutral for adepts without a point.
   */
  fillClasses(mentor: number, weight: number, table: Float64Array): void {
    // A class per point of the adepts, then one for adepts without a point (neutral).
    const i = this.mentorPoint[mentor]!;
    const points = this.width;
    if (i < 0) table.fill(weight * +NEUTRAL);
    else if (this.tabulated) {
      const scores = this.table;
      const base = i * points;
      for (let j = 0; j < points; j++) table[j] = weight * scores[base + j]!;
    } else for (let j = 0; j < points; j++) table[j] = weight * this.pointScore(i, j);
    table[points] = weight * +NEUTRAL;
  }

  /** The score of mentor point i with adept point j (both known). */
  private pointScore(i: number, j: number): number {
    if (this.tabulated) return this.table[i * this.width + j]!;
    const m = this.mentorXyz;
    const a = this.adeptXyz;
    const km = arcKmOf(
      m[3 * i]!,
      m[3 * i + 1]!,
      m[3 * i + 2]!,
      a[3 * j]!,
      a[3 * j + 1]!,
      a[3 * j + 2]!,
    );
    return geographyFromKm(km, this.options);
  }

  score(mentor: number, adept: number): number {
    const i = this.mentorPoint[mentor]!;
    const j = this.adeptPoint[adept]!;
    if (i < 0 || j < 0) return +NEUTRAL;
    return this.pointScore(i, j);
  }
}
