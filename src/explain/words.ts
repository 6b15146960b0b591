import { EN_EXPLAIN } from "../phrasebook/explain.en.js";
import { SV_EXPLAIN } from "../phrasebook/explain.sv.js";
import { EN_REASONS } from "../phrasebook/reasons.en.js";
import { SV_REASONS } from "../phrasebook/reasons.sv.js";
import type { PairRule, RuleMode, ScoredCriterion } from "../types.js";
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
 * Criterion names as a coordinator says them (from the phrasebooks). "Sector" is the
 * programme's "verksamhetserfarenhet": experience of the adept's sector, not sameness of sectors.
 *
 * @example
 * CRITERION_NAMES.sv.wishes // "önskemål"
 */
export const CRITERION_NAMES: Readonly<Record<Lang, Readonly<Record<ScoredCriterion, string>>>> = {
  en: EN_EXPLAIN.criterionNames,
  sv: SV_EXPLAIN.criterionNames,
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
