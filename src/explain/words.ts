import type { EducationLevel, LeadershipLevel } from "../schema/cohort.js";
import type { Criterion, PairRule, RuleMode } from "../types.js";
import type { Lang } from "./types.js";

/**
 * Checks a `lang` option and fills in the default, `"en"`. Throws a `RangeError` naming `fn`.
 *
 * @example
 * resolveLang("explain", undefined) // "en"
 * resolveLang("explain", "sv") // "sv"
 */
export function resolveLang(fn: string, lang: unknown): Lang {
  if (lang === undefined) return "en";
  if (lang !== "sv" && lang !== "en") {
    throw new RangeError(`${fn}: options.lang must be "sv" or "en", got ${JSON.stringify(lang)}`);
  }
  return lang;
}

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
  const fixed = Math.abs(x).toFixed(decimals);
  const [whole = "0", fraction = ""] = fixed.split(".");
  const trimmed = fraction.replace(/0+$/u, "");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, lang === "sv" ? NBSP : ",");
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
 * Criterion names as a coordinator says them. "Sector" is the programme's
 * "verksamhetserfarenhet": experience of the adept's sector, not sameness of sectors.
 *
 * @example
 * CRITERION_NAMES.sv.wishes // "önskemål"
 */
export const CRITERION_NAMES: Readonly<Record<Lang, Readonly<Record<Criterion, string>>>> = {
  en: {
    geography: "geography",
    experience: "experience",
    education: "education",
    wishes: "wishes",
    leadership: "leadership",
    sector: "sector experience",
  },
  sv: {
    geography: "geografi",
    experience: "erfarenhet",
    education: "utbildning",
    wishes: "önskemål",
    leadership: "ledarskap",
    sector: "verksamhetserfarenhet",
  },
};

/**
 * The programme's pairing rules by name.
 *
 * @example
 * RULE_NAMES.sv.differentMunicipality // "olika kommuner"
 */
export const RULE_NAMES: Readonly<Record<Lang, Readonly<Record<PairRule, string>>>> = {
  en: {
    differentMunicipality: "different municipalities",
    differentSector: "different sectors",
    differentWorkBackground: "different work-life backgrounds",
  },
  sv: {
    differentMunicipality: "olika kommuner",
    differentSector: "olika verksamhetsområden",
    differentWorkBackground: "olika arbetslivserfarenhet",
  },
};

/**
 * Rule modes in words.
 *
 * @example
 * RULE_MODE_NAMES.sv.soft // "mjuk (så långt det går)"
 */
export const RULE_MODE_NAMES: Readonly<Record<Lang, Readonly<Record<RuleMode, string>>>> = {
  en: { hard: "hard (never broken)", soft: "soft (as far as possible)", off: "off" },
  sv: { hard: "skarp (bryts aldrig)", soft: "mjuk (så långt det går)", off: "av" },
};

/**
 * Education levels as a phrase after "has" / "har".
 *
 * @example
 * EDUCATION_LEVEL_NAMES.sv.bachelor // "en kandidatexamen"
 */
export const EDUCATION_LEVEL_NAMES: Readonly<
  Record<Lang, Readonly<Record<EducationLevel, string>>>
> = {
  en: {
    "upper-secondary": "upper-secondary education",
    "post-secondary": "post-secondary education",
    bachelor: "a bachelor's degree",
    master: "a master's degree",
    doctorate: "a doctorate",
  },
  sv: {
    "upper-secondary": "gymnasieutbildning",
    "post-secondary": "eftergymnasial utbildning",
    bachelor: "en kandidatexamen",
    master: "en magister- eller masterexamen",
    doctorate: "en doktorsexamen",
  },
};

/**
 * Leadership levels as a phrase after "at" / "som".
 *
 * @example
 * LEADERSHIP_LEVEL_NAMES.sv["first-line"] // "första linjens chef"
 */
export const LEADERSHIP_LEVEL_NAMES: Readonly<
  Record<Lang, Readonly<Record<LeadershipLevel, string>>>
> = {
  en: { "first-line": "first-line", "second-line": "second-line", senior: "senior" },
  sv: {
    "first-line": "första linjens chef",
    "second-line": "andra linjens chef",
    senior: "högre chef",
  },
};
