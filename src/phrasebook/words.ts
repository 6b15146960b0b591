/**
 * The language-neutral tools of the phrasebooks: numbers, percentages, lists, possessives. Each
 * takes the language and writes what that language expects; the words themselves live in the
 * phrasebooks (`reasons.en.ts`, `reasons.sv.ts`, ...).
 */

/**
 * The languages mentorpair speaks.
 *
 * @example
 * const lang: Lang = "sv";
 */
export type Lang = "sv" | "en";

const NBSP = "\u00a0";

/**
 * A number for reading aloud: at most `decimals` decimals, trailing zeros dropped, thousands
 * grouped; Swedish uses a decimal comma and a (non-breaking) space between thousands. Written by
 * hand rather than with `toLocaleString` so the text is the same on every machine and runtime.
 *
 * @example
 * formatNumber(1234.5, "en") // "1,234.5"
 * formatNumber(1234.5, "sv") // "1 234,5"
 * formatNumber(29.24, "sv", 0) // "29"
 */
export function formatNumber(x: number, lang: Lang, decimals = 1): string {
  // The report formats thousands of numbers: whole numbers below 1,000 need no work.
  if (Number.isInteger(x) && x >= 0 && x < 1000) return String(x);
  const fixed = Math.abs(x).toFixed(decimals);
  // Index arithmetic instead of split and regexes: the heat map alone formats 7,200 numbers.
  const dot = fixed.indexOf(".");
  const whole = dot < 0 ? fixed : fixed.slice(0, dot);
  let end = fixed.length;
  while (dot >= 0 && end > dot + 1 && fixed.charCodeAt(end - 1) === 48) end--;
  const trimmed = dot < 0 ? "" : fixed.slice(dot + 1, end);
  const grouped =
    whole.length <= 3 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/gu, lang === "sv" ? NBSP : ",");
  const sign = x < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${grouped}${trimmed === "" ? "" : (lang === "sv" ? "," : ".") + trimmed}`;
}

/**
 * A criterion score in [0, 1] as a whole percentage.
 *
 * @example
 * percent(0.794, "en") // "79%"
 * percent(0.794, "sv") // "79 %"
 */
export function percent(score: number, lang: Lang): string {
  const n = Math.round(score * 100);
  return lang === "sv" ? `${n}${NBSP}%` : `${n}%`;
}

/**
 * A list in running text: "a, b and c" / "a, b och c"; beyond `max` items the rest is counted.
 *
 * @example
 * joinList(["delegation", "network", "coaching"], "sv") // "delegation, network och coaching"
 * joinList(["a", "b", "c", "d"], "en", 2) // "a, b and 2 more"
 */
export function joinList(items: readonly string[], lang: Lang, max = 8): string {
  const and = lang === "sv" ? "och" : "and";
  if (items.length > max) {
    const more = items.length - max;
    return `${items.slice(0, max).join(", ")} ${and} ${more} ${lang === "sv" ? "till" : "more"}`;
  }
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/**
 * A list of which only the first ids are known, and how many there are in all (an `IdSample`):
 * as `joinList` of the whole list would write it.
 *
 * @example
 * joinSample({ ids: ["M1", "M2"], count: 5 }, "sv") // "M1, M2 och 3 till"
 * joinSample({ ids: ["M1", "M2"], count: 2 }, "en") // "M1 and M2"
 */
export function joinSample(
  sample: { readonly ids: readonly string[]; readonly count: number },
  lang: Lang,
): string {
  const more = sample.count - sample.ids.length;
  if (more <= 0) return joinList(sample.ids, lang, sample.ids.length);
  return `${sample.ids.join(", ")} ${lang === "sv" ? "och" : "and"} ${more} ${lang === "sv" ? "till" : "more"}`;
}

/**
 * The possessive of an id or name. Swedish writes codes and abbreviations with a colon
 * ("A03:s"), and adds nothing after a final s, x or z ("Lars"); English adds "'s" (or "'").
 *
 * @example
 * possessive("A03", "sv") // "A03:s"
 * possessive("A03", "en") // "A03's"
 */
export function possessive(id: string, lang: Lang): string {
  if (lang === "en") return /s$/u.test(id) ? `${id}'` : `${id}'s`;
  if (/[\p{Lu}\p{N}]$/u.test(id)) return `${id}:s`;
  if (/[sxz]$/u.test(id)) return id;
  return `${id}s`;
}

/**
 * The first letter in upper case (for a sentence that starts with a lower-case phrase).
 *
 * @example
 * capitalize("båda har en kandidatexamen") // "Båda har en kandidatexamen"
 */
export function capitalize(text: string): string {
  // Most sentences start with an ASCII letter or digit: no code points to build (the report
  // capitalizes some 6,000 sentences).
  const code = text.charCodeAt(0);
  if (code >= 97 && code <= 122) return String.fromCharCode(code - 32) + text.slice(1);
  if (code < 128) return text;
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  return char.toUpperCase() + text.slice(char.length);
}

/**
 * A count with its noun in singular or plural.
 *
 * @example
 * counted(1, "year", "years", "en") // "1 year"
 * counted(3, "år", "år", "sv") // "3 år"
 */
export function counted(n: number, one: string, many: string, lang: Lang): string {
  return `${formatNumber(n, lang)} ${n === 1 ? one : many}`;
}

/**
 * A distance in km for reading aloud: one decimal below 10 km, none above.
 *
 * @example
 * formatKm(3.14, "sv") // "3,1"
 * formatKm(39.2, "en") // "39"
 */
export function formatKm(km: number, lang: Lang): string {
  return formatNumber(km, lang, km < 10 ? 1 : 0);
}
