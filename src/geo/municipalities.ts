import { SJUHARAD_MUNICIPALITIES } from "../data/sjuharad.js";
import type { MunicipalityPoint, ScoreOptions } from "../types.js";
import { normalizeKey } from "../util/normalize.js";

/** A municipality table keyed for look-up by normalised name and by code. */
export interface MunicipalityTable {
  /** The point for a name or 4-digit code, if the table has it. */
  readonly find: (nameOrCode: string) => MunicipalityPoint | undefined;
  readonly points: readonly MunicipalityPoint[];
}

const CODE = /^\d{4}$/u;

/** True when the value looks like a 4-digit municipality code. */
export function isMunicipalityCode(value: string): boolean {
  return CODE.test(value.trim());
}

/**
 * Builds the table `match` and the criteria use: the built-in Sjuhärad points (unless
 * `builtinMunicipalities: false`), extended by the caller's `municipalities`; a caller's entry
 * with the same name or code replaces the built-in one.
 *
 * @example
 * resolveMunicipalityTable({}).find("1490")?.name // "Borås"
 */
export function resolveMunicipalityTable(options: ScoreOptions = {}): MunicipalityTable {
  const own = options.municipalities ?? [];
  const builtin = options.builtinMunicipalities === false ? [] : SJUHARAD_MUNICIPALITIES;
  const ownKeys = new Set<string>();
  own.forEach((p, i) => {
    if (
      typeof p !== "object" ||
      p === null ||
      typeof p.name !== "string" ||
      normalizeKey(p.name) === "" ||
      !Number.isFinite(p.lat) ||
      !Number.isFinite(p.lon) ||
      Math.abs(p.lat) > 90 ||
      Math.abs(p.lon) > 180 ||
      (p.code !== undefined && !isMunicipalityCode(p.code))
    ) {
      throw new TypeError(
        `options.municipalities[${i}]: needs a non-empty name, lat in [-90, 90], lon in [-180, 180] and, if given, a 4-digit code`,
      );
    }
    ownKeys.add(normalizeKey(p.name));
    if (p.code !== undefined) ownKeys.add(p.code.trim());
  });
  const points = [
    ...builtin.filter((p) => !ownKeys.has(normalizeKey(p.name)) && !ownKeys.has(p.code ?? "")),
    ...own,
  ];
  const byKey = new Map<string, MunicipalityPoint>();
  for (const p of points) {
    byKey.set(normalizeKey(p.name), p);
    if (p.code !== undefined) byKey.set(p.code.trim(), p);
  }
  return { points, find: (nameOrCode) => byKey.get(normalizeKey(nameOrCode)) };
}
