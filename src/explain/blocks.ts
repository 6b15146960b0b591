import { explainBlocked, type Prepared, RULE_BIT, ruleBits } from "../prepare/prepare.js";
import { PAIR_RULES } from "../rules/pairRules.js";
import type { ResolvedRules } from "../types.js";
import { normalizeKey } from "../util/normalize.js";
import type { BlockRule, Lang, PairBlock } from "./types.js";
import { formatNumber, RULE_NAMES } from "./words.js";

/**
 * A reason a pair is blocked, with what the Swedish text needs besides the English message: the
 * shared municipality or sector, the exclusion's reason, the history entry's cohort.
 *
 * @example
 * const b: BlockDetail = { rule: "differentMunicipality", message: "both in Borås", detail: "Borås" };
 */
export interface BlockDetail extends PairBlock {
  readonly detail?: string;
}

const sameRef = (ref: { mentor: string; adept: string }, mentorId: string, adeptId: string) =>
  normalizeKey(ref.mentor) === normalizeKey(mentorId) &&
  normalizeKey(ref.adept) === normalizeKey(adeptId);

/**
 * Why eligibility, the hard rules, exclusions or history keep a pair apart (canonical indices),
 * as structured reasons; empty when the pair is allowed. The verdict and the English messages
 * come from `explainBlocked` (the same code as `isAllowed` and the unmatched reasons); the rule
 * of each message is found by the same tests in the same order, and a mismatch is an internal
 * error rather than a wrong explanation.
 *
 * @example
 * pairBlocks(p, 0, 2) // [{ rule: "differentMunicipality", message: "both in Borås", detail: "Borås" }]
 */
export function pairBlocks(p: Prepared, mentor: number, adept: number): BlockDetail[] {
  const messages = explainBlocked(p, mentor, adept);
  const m = p.mentors[mentor]!;
  const a = p.adepts[adept]!;
  const found: { rule: BlockRule; detail?: string }[] = [];
  if (p.mentorIneligible[mentor] !== undefined) found.push({ rule: "mentorIneligible" });
  if (p.adeptIneligible[adept] !== undefined) found.push({ rule: "adeptIneligible" });
  const hard = ruleBits(p, mentor, adept) & p.hardMask;
  for (const rule of PAIR_RULES) {
    if ((hard & RULE_BIT[rule]) === 0) continue;
    if (rule === "differentMunicipality") found.push({ rule, detail: a.municipality });
    else if (rule === "differentSector") found.push({ rule, detail: a.sector });
    else found.push({ rule });
  }
  if (p.banned.get(mentor)?.has(adept) === true) {
    // prepare() lists every exclusion, then every history entry, of the pair in input order.
    for (const e of p.cohort.exclusions) {
      if (!sameRef(e, m.id, a.id)) continue;
      found.push(
        e.reason === undefined ? { rule: "exclusion" } : { rule: "exclusion", detail: e.reason },
      );
    }
    for (const h of p.cohort.history) {
      if (!sameRef(h, m.id, a.id)) continue;
      found.push(
        h.cohort === undefined ? { rule: "history" } : { rule: "history", detail: h.cohort },
      );
    }
  }
  if (found.length !== messages.length) {
    throw new Error(
      `pairBlocks: internal error, ${found.length} rules found for ${messages.length} reasons (${messages.join("; ")})`,
    );
  }
  return found.map((f, i) => ({ ...f, message: messages[i]! }));
}

/**
 * Why a person is not eligible, in Swedish (the library's own message is English). Follows
 * `eligibilityProblem`: too few years as a manager, or the manager's consent not confirmed.
 *
 * @example
 * eligibilitySv({ managerYears: 1, managerConsent: true }, "adept", DEFAULT_RULES)
 * // "1 år som chef, adepter behöver minst 2"
 */
export function eligibilitySv(
  person: { readonly managerYears: number; readonly managerConsent?: boolean | undefined },
  role: "mentor" | "adept",
  rules: ResolvedRules,
): string {
  const parts: string[] = [];
  const least = role === "mentor" ? rules.mentorMinManagerYears : rules.adeptMinManagerYears;
  if (person.managerYears < least) {
    parts.push(
      `${formatNumber(person.managerYears, "sv")} år som chef, ${role === "mentor" ? "mentorer" : "adepter"} behöver minst ${formatNumber(least, "sv")}`,
    );
  }
  if (rules.requireConsent && person.managerConsent !== true) {
    parts.push(
      person.managerConsent === false
        ? "har inte stämt av med sin egen chef (managerConsent är false)"
        : "den egna chefens medgivande är inte bekräftat (managerConsent saknas)",
    );
  }
  return parts.join("; ");
}

/**
 * One blocking reason as a short phrase: the library's English message with the rule named, or
 * Swedish written from the rule and its detail.
 *
 * @example
 * blockPhrase({ rule: "differentMunicipality", message: "both in Borås", detail: "Borås" }, "sv")
 * // "båda i Borås (regeln om olika kommuner)"
 */
export function blockPhrase(block: BlockDetail, lang: Lang): string {
  const d = block.detail;
  if (lang === "en") {
    switch (block.rule) {
      case "differentMunicipality":
      case "differentSector":
      case "differentWorkBackground":
        return `${block.message} (rule of ${RULE_NAMES.en[block.rule]})`;
      default:
        return block.message;
    }
  }
  switch (block.rule) {
    case "mentorIneligible":
      return "mentorn uppfyller inte kraven för att delta";
    case "adeptIneligible":
      return "adepten uppfyller inte kraven för att delta";
    case "differentMunicipality":
      return `båda i ${d ?? "samma kommun"} (regeln om ${RULE_NAMES.sv.differentMunicipality})`;
    case "differentSector":
      return `båda inom ${d ?? "samma verksamhetsområde"} (regeln om ${RULE_NAMES.sv.differentSector})`;
    case "differentWorkBackground":
      return `till stor del samma arbetslivserfarenhet (regeln om ${RULE_NAMES.sv.differentWorkBackground})`;
    case "exclusion":
      return d === undefined ? "undantaget par" : `undantaget par (${d})`;
    case "history":
      return d === undefined ? "har varit par tidigare" : `har varit par tidigare (${d})`;
  }
}
