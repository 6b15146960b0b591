import { SWEDISH_MUNICIPALITIES } from "../data/sweden.js";
import type { MunicipalityPlace, MunicipalityPoint, ScoreOptions } from "../types.js";
import { editDistance } from "../util/editDistance.js";
import { normalizeKey } from "../util/normalize.js";

/**
 * The places `match` knows: the built-in Swedish municipalities and the caller's own, each
 * reachable by every way people write it.
 */
export interface MunicipalityTable {
  /** The place a name, code or official name stands for, if the table has it. */
  readonly resolve: (text: string) => MunicipalityPlace | undefined;
  /** The reference point for a name or code, if the place is known and has coordinates. */
  readonly find: (nameOrCode: string) => MunicipalityPoint | undefined;
  /** Known places close to an unknown name, best first (at most three). */
  readonly suggest: (text: string) => readonly Suggestion[];
  readonly places: readonly MunicipalityPlace[];
}

/** A did-you-mean for an unknown municipality: a close spelling, or the town it is the seat of. */
export interface Suggestion {
  readonly name: string;
  /** `spelling`: the name is written almost so; `seat`: the text names the place's seat. */
  readonly kind: "spelling" | "seat";
}

const CODE = /^\d{4}$/u;

/** True when the value looks like a 4-digit municipality code. */
export function isMunicipalityCode(value: string): boolean {
  return CODE.test(value.trim());
}

/**
 * The key places are looked up by: `normalizeKey` (trimmed, NFC, lower case, one space), with
 * hyphens and dashes read as spaces and full stops dropped ("Upplands-Väsby", "upplands väsby").
 *
 * @example
 * placeKey(" Upplands-Väsby ") === placeKey("upplands väsby") // true
 */
export function placeKey(text: string): string {
  return normalizeKey(text.replace(/[-\u2010-\u2015.]+/gu, " "));
}

/** Texts a table remembers having resolved (then it starts over). */
const RESOLVED_KEPT = 4096;

const SUFFIX = /\s+(kommun|stad|municipality|region)$/u;
const PREFIX = /^(region|kommun)\s+/u;

/** The name without "kommun", "stad", "municipality" or a leading "Region" (on a place key). */
function bareKey(key: string): string {
  return key.replace(SUFFIX, "").replace(PREFIX, "");
}

/** The genitive Swedish official names use: "Marks kommun", but "Borås kommun", "Ale kommun"'s "Ales". */
function genitive(name: string): string {
  return /[sxz]$/u.test(name) ? name : `${name}s`;
}

/** Spellings of built-in places that the suffix rules do not make. */
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  "2080": ["Falu kommun", "Falu"],
  "0980": ["Region Gotland", "Gotland region"],
  "1480": ["Gothenburg", "City of Gothenburg"],
  "0180": ["City of Stockholm"],
};

/** Every key a place is known by. */
function aliases(place: MunicipalityPlace): string[] {
  const gen = genitive(place.name);
  const keys = [
    place.name,
    `${place.name} kommun`,
    `${gen} kommun`,
    `${place.name} stad`,
    `${gen} stad`,
    `${place.name} municipality`,
    `${place.name} Municipality`,
    ...(place.code === undefined ? [] : [place.code, ...(EXTRA_ALIASES[place.code] ?? [])]),
  ].map(placeKey);
  return [...new Set(keys)];
}

/** Lower case without accents, for "Boras" / "Borås" did-you-means (never for resolving). */
function folded(key: string): string {
  return key.normalize("NFD").replace(/\p{M}/gu, "");
}

function checkOwn(p: unknown, i: number): MunicipalityPlace {
  const place = p as Partial<MunicipalityPoint> | null;
  const hasLat = place !== null && typeof place === "object" && place.lat !== undefined;
  const hasLon = place !== null && typeof place === "object" && place.lon !== undefined;
  if (
    typeof place !== "object" ||
    place === null ||
    typeof place.name !== "string" ||
    normalizeKey(place.name) === "" ||
    hasLat !== hasLon ||
    (hasLat && (!Number.isFinite(place.lat) || Math.abs(place.lat!) > 90)) ||
    (hasLon && (!Number.isFinite(place.lon) || Math.abs(place.lon!) > 180)) ||
    (place.code !== undefined &&
      (typeof place.code !== "string" || !isMunicipalityCode(place.code)))
  ) {
    throw new TypeError(
      `options.municipalities[${i}]: needs a non-empty name, and if given a 4-digit code and both lat in [-90, 90] and lon in [-180, 180]`,
    );
  }
  return place as MunicipalityPlace;
}

/**
 * Builds the table `match` and the criteria use: every Swedish municipality (unless
 * `builtinMunicipalities: false`), extended by the caller's `municipalities`; a caller's entry
 * with the same name or code replaces the built-in one. Each place is found by its name, its
 * 4-digit code, "X kommun", "Xs kommun", "X stad", "Xs stad", "X municipality" (and "Falu kommun",
 * "Region Gotland", "Gothenburg"), in any case, composed or decomposed, with hyphens or spaces.
 * Two places never share a spelling: one that would name two is left out (and a test keeps the
 * built-in table free of them).
 *
 * @example
 * resolveMunicipalityTable({}).resolve("Marks kommun")?.name // "Mark"
 * resolveMunicipalityTable({}).find("1490")?.name // "Borås"
 */
export function resolveMunicipalityTable(options: ScoreOptions = {}): MunicipalityTable {
  const own = (options.municipalities ?? []).map(checkOwn);
  const builtin = options.builtinMunicipalities === false ? [] : SWEDISH_MUNICIPALITIES;
  const ownKeys = new Set<string>();
  for (const p of own) {
    ownKeys.add(placeKey(p.name));
    if (p.code !== undefined) ownKeys.add(p.code.trim());
  }
  const places: MunicipalityPlace[] = [
    ...builtin.filter((p) => !ownKeys.has(placeKey(p.name)) && !ownKeys.has(p.code ?? "")),
    ...own,
  ];
  const byKey = new Map<string, MunicipalityPlace | null>();
  const add = (key: string, place: MunicipalityPlace, exact: boolean) => {
    const there = byKey.get(key);
    if (there === undefined || exact) byKey.set(key, place);
    else if (there !== place) byKey.set(key, null); // ambiguous: two places would share it
  };
  // Official short names and codes first and always; derived spellings only where unambiguous.
  for (const p of places) for (const key of aliases(p).slice(1)) add(key, p, false);
  for (const p of places) {
    add(placeKey(p.name), p, true);
    if (p.code !== undefined) add(p.code.trim(), p, true);
  }
  // A cohort names the same few places again and again (each pair's facts look both people's
  // up): each text is keyed once. Bounded, as a table may serve many cohorts.
  const seen = new Map<string, MunicipalityPlace | null>();
  const resolve = (text: string): MunicipalityPlace | undefined => {
    const known = seen.get(text);
    if (known !== undefined) return known ?? undefined;
    const key = placeKey(text);
    const hit = byKey.get(key) ?? (/^\d{3}$/u.test(key) ? byKey.get(`0${key}`) : undefined);
    if (seen.size >= RESOLVED_KEPT) seen.clear();
    seen.set(text, hit ?? null);
    return hit ?? undefined;
  };
  const find = (nameOrCode: string): MunicipalityPoint | undefined => {
    const p = resolve(nameOrCode);
    return p?.lat === undefined || p.lon === undefined ? undefined : (p as MunicipalityPoint);
  };
  return { places, resolve, find, suggest: (text) => suggestPlaces(places, text) };
}

/**
 * Known places whose names are close to an unknown one: the same letters but for accents
 * ("Boras"), a typo of one letter (two in names over five letters), or the seat of exactly one
 * place ("Kinna" is Mark's seat). Best first, at most three.
 */
function suggestPlaces(places: readonly MunicipalityPlace[], text: string): Suggestion[] {
  const key = bareKey(placeKey(text));
  if (key === "") return [];
  const scored: { name: string; kind: Suggestion["kind"]; d: number }[] = [];
  const limit = key.length <= 5 ? 1 : 2;
  const seats = new Map<string, MunicipalityPlace[]>();
  for (const p of places) {
    const name = placeKey(p.name);
    const d = folded(name) === folded(key) ? 0 : editDistance(key, name, limit);
    if (d <= limit) scored.push({ name: p.name, kind: "spelling", d });
    if (p.seat !== undefined && placeKey(p.seat) !== name) {
      const list = seats.get(placeKey(p.seat)) ?? [];
      list.push(p);
      seats.set(placeKey(p.seat), list);
    }
  }
  const seatOf = seats.get(key);
  if (seatOf?.length === 1) scored.push({ name: seatOf[0]!.name, kind: "seat", d: -1 });
  scored.sort((a, b) => a.d - b.d || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return scored.slice(0, 3).map(({ name, kind }) => ({ name, kind }));
}

/**
 * A did-you-mean for an unknown municipality, as facts: close spellings, or the place whose
 * seat it names (both empty when nothing is close).
 *
 * @example
 * municipalityHint("Boras", resolveMunicipalityTable()) // { suggestions: ["Borås"] }
 * municipalityHint("Kinna", resolveMunicipalityTable()) // { suggestions: [], seatOf: "Mark" }
 */
export function municipalityHint(
  text: string,
  table: MunicipalityTable,
): { readonly suggestions: readonly string[]; readonly seatOf?: string } {
  const found = table.suggest(text);
  const seat = found.find((s) => s.kind === "seat");
  const suggestions = found.filter((s) => s.kind === "spelling").map((s) => s.name);
  return seat === undefined ? { suggestions } : { suggestions, seatOf: seat.name };
}
