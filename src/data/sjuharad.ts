import type { MunicipalityPoint } from "../types.js";

/**
 * Reference points for the eight Sjuhärad municipalities (Boråsregionen): official 4-digit
 * municipality code, name, seat and the WGS84 position of the seat to about a kilometre.
 * Mirrors `data/sjuharad-municipalities.csv`; a test keeps the two in step.
 */
export const SJUHARAD_MUNICIPALITIES: readonly MunicipalityPoint[] = Object.freeze([
  { code: "1443", name: "Bollebygd", seat: "Bollebygd", lat: 57.669, lon: 12.572 },
  { code: "1490", name: "Borås", seat: "Borås", lat: 57.721, lon: 12.94 },
  { code: "1466", name: "Herrljunga", seat: "Herrljunga", lat: 58.083, lon: 13.033 },
  { code: "1463", name: "Mark", seat: "Kinna", lat: 57.508, lon: 12.693 },
  { code: "1465", name: "Svenljunga", seat: "Svenljunga", lat: 57.496, lon: 13.112 },
  { code: "1452", name: "Tranemo", seat: "Tranemo", lat: 57.486, lon: 13.351 },
  { code: "1491", name: "Ulricehamn", seat: "Ulricehamn", lat: 57.792, lon: 13.414 },
  { code: "1442", name: "Vårgårda", seat: "Vårgårda", lat: 58.033, lon: 12.808 },
]);
