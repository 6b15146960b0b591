import type { MunicipalityPoint } from "../types.js";
import { COUNTIES, MUNICIPALITY_LINES } from "./municipalities.js";

/**
 * All 290 Swedish municipalities: official 4-digit SCB code, name as people write it ("Mark",
 * "Borås"), county, seat and the WGS84 position of the seat (the eight Sjuhärad points as in
 * `SJUHARAD_MUNICIPALITIES`). The built-in table of `match`; sources in `data/README.md`.
 *
 * @example
 * SWEDISH_MUNICIPALITIES.find((m) => m.code === "1463")?.name // "Mark"
 */
export const SWEDISH_MUNICIPALITIES: readonly MunicipalityPoint[] = Object.freeze(
  MUNICIPALITY_LINES.split("\n").map((line) => {
    const [code = "", name = "", seat, lat, lon] = line.split(",");
    return Object.freeze({
      code,
      name,
      county: COUNTIES[code.slice(0, 2)] ?? "",
      seat: seat || name,
      lat: Number(lat),
      lon: Number(lon),
    });
  }),
);
