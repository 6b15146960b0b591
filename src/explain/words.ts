import { EN_REASONS } from "../phrasebook/reasons.en.js";
import { SV_REASONS } from "../phrasebook/reasons.sv.js";
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

export {
  capitalize,
  counted,
  formatNumber,
  joinList,
  percent,
  possessive,
} from "../phrasebook/words.js";

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
 * The programme's pairing rules by name (from the phrasebooks).
 *
 * @example
 * RULE_NAMES.sv.differentMunicipality // "olika kommuner"
 */
export const RULE_NAMES: Readonly<Record<Lang, Readonly<Record<PairRule, string>>>> = {
  en: EN_REASONS.ruleNames,
  sv: SV_REASONS.ruleNames,
};

/**
 * Rule modes in words (from the phrasebooks).
 *
 * @example
 * RULE_MODE_NAMES.sv.soft // "mjuk (så långt det går)"
 */
export const RULE_MODE_NAMES: Readonly<Record<Lang, Readonly<Record<RuleMode, string>>>> = {
  en: EN_REASONS.ruleModeNames,
  sv: SV_REASONS.ruleModeNames,
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
