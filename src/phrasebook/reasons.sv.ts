import type { Block, BlockGroup, EligibilityFacts, GroupedBlock } from "../reasonFacts.js";
import type { ReasonPhrases } from "./reasons.js";
import { formatNumber, joinList, joinSample } from "./words.js";

const RULE_NAMES = {
  differentMunicipality: "olika kommuner",
  differentSector: "olika verksamhetsområden",
  differentWorkBackground: "olika arbetslivserfarenhet",
} as const;

function eligibility(f: EligibilityFacts): string {
  const parts: string[] = [];
  if (f.years !== undefined) {
    parts.push(
      `${formatNumber(f.years.has, "sv")} år som chef; ${f.role === "mentor" ? "mentorer" : "adepter"} behöver minst ${formatNumber(f.years.least, "sv")}`,
    );
  }
  if (f.consent !== undefined) {
    parts.push(
      f.consent === "refused"
        ? "har inte samrått med sin chef (svaret är nej)"
        : "samråd med chef är inte bekräftat (svar saknas)",
    );
  }
  return parts.join("; ");
}

/** A block, short; eligibility is said without the person's own facts. */
function short(b: GroupedBlock): string {
  switch (b.rule) {
    case "mentorIneligible":
      return "mentorn uppfyller inte kraven för att delta";
    case "adeptIneligible":
      return "adepten uppfyller inte kraven för att delta";
    case "differentMunicipality":
      return `båda i ${b.place}`;
    case "differentSector":
      return `båda inom ${b.sector}`;
    case "differentWorkBackground":
      return "till stor del samma arbetslivserfarenhet";
    case "exclusion":
      return b.reason === undefined ? "undantaget par" : `undantaget par (${b.reason})`;
    case "history":
      return b.cohort === undefined
        ? "har varit par tidigare"
        : `har varit par tidigare (${b.cohort})`;
  }
}

function named(b: GroupedBlock): string {
  switch (b.rule) {
    case "differentMunicipality":
    case "differentSector":
    case "differentWorkBackground":
      return `${short(b)} (regeln om ${RULE_NAMES[b.rule]})`;
    default:
      return short(b);
  }
}

const groups = (blocks: readonly BlockGroup[]) =>
  blocks.map((g) => `${named(g)}: ${joinSample(g, "sv")}`).join("; ");

const CUT: Readonly<Record<Block["rule"], string>> = {
  mentorIneligible: "mentorn uppfyller inte kraven",
  adeptIneligible: "adepten uppfyller inte kraven",
  differentMunicipality: "samma kommun",
  differentSector: "samma verksamhetsområde",
  differentWorkBackground: "till stor del samma arbetslivserfarenhet",
  exclusion: "undantag",
  history: "tidigare par",
};

const places = (n: number) => `${n} ${n === 1 ? "plats" : "platser"}`;

/** Why, in a few words after "eftersom", when a result carries no facts. */
const UNMATCHED_CODE = {
  ineligible: "adepten inte uppfyller kraven för att delta",
  "no-allowed-mentor": "reglerna utesluter varje mentor för adepten",
  capacity: "alla tillåtna mentorer är fullbokade i den optimala planen",
} as const;

const SPARE_CODE = {
  ineligible: "mentorn inte uppfyller kraven för att delta",
  "no-allowed-adept": "reglerna utesluter varje adept för mentorn",
  "not-needed": "varje adept som mentorn får ta redan har en mentor i den optimala planen",
} as const;

/**
 * Swedish words for every reason, written from the facts a result carries (no cohort needed).
 *
 * @example
 * SV_REASONS.blockNamed({ rule: "differentMunicipality", place: "Borås" })
 * // "båda i Borås (regeln om olika kommuner)"
 */
export const SV_REASONS: ReasonPhrases = {
  ruleNames: RULE_NAMES,
  ruleModeNames: { hard: "skarp (bryts aldrig)", soft: "mjuk (så långt det går)", off: "av" },
  eligibility,
  block: short,
  blockNamed: named,
  blockGroup: named,
  cut: (cut) =>
    cut.length === 0
      ? "ingen regel tog bort något alternativ: mentorerna är helt enkelt fullbokade"
      : `alternativ som togs bort: ${cut.map((c) => `${CUT[c.rule]} ${c.removed}`).join(", ")}`,
  fix: (f, adeptId) => {
    const m = f.mentorId ?? "";
    switch (f.kind) {
      case "drop-exclusion":
        return `ta bort undantaget för ${m} och ${adeptId}`;
      case "drop-history":
        return `låt ${m} och ${adeptId} bilda par igen (ta bort historikposten)`;
      case "raise-capacity":
        return `ge ${m} en plats till`;
      case "relax-rule":
        return f.rule === undefined
          ? "gör en regel mjuk eller stäng av den"
          : `gör regeln om ${RULE_NAMES[f.rule]} mjuk eller stäng av den`;
    }
  },
  unmatched: (cause, adeptId) => {
    switch (cause.reason) {
      case "ineligible":
        return `adepten inte uppfyller kraven för att delta: ${eligibility(cause)}`;
      case "no-allowed-mentor":
        return `reglerna utesluter alla ${cause.mentors} mentorer: ${groups(cause.blocks)}`;
      case "capacity": {
        const full =
          cause.allowed.count === 1
            ? `den enda tillåtna mentorn (${cause.allowed.ids[0]}) är fullbokad`
            : `alla ${cause.allowed.count} tillåtna mentorer (${joinSample(cause.allowed, "sv")}) är fullbokade`;
        return `${full} i den optimala planen, och att ge ${adeptId} en av deras platser skulle ta den från en annan adept utan att fler matchas eller att planen blir bättre`;
      }
    }
  },
  spare: (cause, mentorId) => {
    switch (cause.reason) {
      case "ineligible":
        return `mentorn inte uppfyller kraven för att delta: ${eligibility(cause)}`;
      case "no-allowed-adept":
        return `reglerna utesluter alla ${cause.adepts} adepter: ${groups(cause.blocks)}`;
      case "not-needed":
        return `varje adept som ${mentorId} får ta redan har en mentor i den optimala planen (eller ingen finns kvar)`;
    }
  },
  unmatchedSentence: (u, cause) => {
    const head = `${u.id} har inte fått någon mentor`;
    if (cause === undefined) {
      return `${head} eftersom ${UNMATCHED_CODE[u.reason]} (på engelska: ${u.message}).`;
    }
    const why = SV_REASONS.unmatched(cause, u.id);
    return cause.reason === "capacity" ? `${head}: ${why}.` : `${head} eftersom ${why}.`;
  },
  spareSentence: (s, cause) => {
    const head = `${s.id} har ${places(s.spare)} kvar`;
    if (s.reason === undefined) return `${head}.`;
    if (cause === undefined) {
      const detail = s.message === undefined ? "" : ` (på engelska: ${s.message})`;
      return `${head} eftersom ${SPARE_CODE[s.reason]}${detail}.`;
    }
    return `${head} eftersom ${SV_REASONS.spare(cause, s.id)}.`;
  },
  shortGroup: (adeptId, g) => {
    const others = g.adepts.filter((id) => id !== adeptId);
    return `${adeptId} konkurrerar med ${joinList(others, "sv")} om ${places(g.places)} (${joinList(g.mentors, "sv")}): någon av dem måste bli utan mentor.`;
  },
  fixes: (adeptId, fixes) =>
    fixes.length === 0
      ? `Ingen enskild ändring av indata skulle ge ${adeptId} en mentor utan att någon annan förlorar sin.`
      : `Var och en av dessa ändringar skulle ge ${adeptId} en mentor utan att någon annan förlorar sin: ${fixes.join("; ")}.`,
};
