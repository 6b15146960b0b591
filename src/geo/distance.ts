/** Mean Earth radius in km (IUGG). */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * Great-circle distance in km between two WGS84 points (haversine).
 *
 * @example
 * greatCircleKm({ lat: 57.721, lon: 12.94 }, { lat: 57.792, lon: 13.414 }) // about 29 km
 */
export function greatCircleKm(
  a: { readonly lat: number; readonly lon: number },
  b: { readonly lat: number; readonly lon: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
