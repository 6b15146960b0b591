import type {
  Block,
  BlockGroup,
  EligibilityFacts,
  GroupedBlock,
  IdSample,
} from "../reasonFacts.js";
import type { ReasonPhrases } from "./reasons.js";
import { joinList } from "./words.js";

/** Ids as the result's messages list them: the first ones, then how many more. */
const ids = (sample: IdSample) => {
  const more = sample.count - sample.ids.length;
  return more > 0 ? `${sample.ids.join(", ")} and ${more} more` : sample.ids.join(", ");
};

function eligibility(f: EligibilityFacts): string {
  const problems: string[] = [];
  if (f.years !== undefined) {
    problems.push(`${f.years.has} years as a manager; ${f.role}s need at least ${f.years.least}`);
  }
  if (f.consent !== undefined) {
    problems.push(
      f.consent === "refused"
        ? "has not consulted their own manager (managerConsent is false)"
        : "manager consent not confirmed (managerConsent missing)",
    );
  }
  return problems.join("; ");
}

function block(b: Block): string {
  switch (b.rule) {
    case "mentorIneligible":
      return `mentor ineligible: ${eligibility(b)}`;
    case "adeptIneligible":
      return "adept ineligible";
    case "differentMunicipality":
      return `both in ${b.place}`;
    case "differentSector":
      return `both in ${b.sector}`;
    case "differentWorkBackground":
      return "largely the same work background";
    case "exclusion":
      return b.reason === undefined ? "excluded" : `excluded (${b.reason})`;
    case "history":
      return b.cohort === undefined ? "paired before" : `paired before (${b.cohort})`;
  }
}

function blockGroup(g: GroupedBlock): string {
  if (g.rule === "mentorIneligible") return "ineligible";
  if (g.rule === "adeptIneligible") return "adept ineligible";
  return block(g);
}

const groups = (blocks: readonly BlockGroup[]) =>
  blocks.map((g) => `${blockGroup(g)}: ${ids(g)}`).join("; ");

const CUT: Readonly<Record<Block["rule"], string>> = {
  mentorIneligible: "mentor ineligible",
  adeptIneligible: "adept ineligible",
  differentMunicipality: "same municipality",
  differentSector: "same sector",
  differentWorkBackground: "largely the same work background",
  exclusion: "exclusion",
  history: "history",
};

const RULE_NAMES = {
  differentMunicipality: "different municipalities",
  differentSector: "different sectors",
  differentWorkBackground: "different work-life backgrounds",
} as const;

/**
 * English words for every reason. They also make the result's `message` fields, word for word
 * as the library has always written them.
 *
 * @example
 * EN_REASONS.unmatched({ reason: "capacity", allowed: { ids: ["M03"], count: 1 } }, "A07")
 * // "the only allowed mentor (M03) is full in the optimal plan: ..."
 */
export const EN_REASONS: ReasonPhrases = {
  ruleNames: RULE_NAMES,
  ruleModeNames: { hard: "hard (never broken)", soft: "soft (as far as possible)", off: "off" },
  eligibility,
  block,
  blockNamed: (b) => {
    switch (b.rule) {
      case "differentMunicipality":
      case "differentSector":
      case "differentWorkBackground":
        return `${block(b)} (rule of ${RULE_NAMES[b.rule]})`;
      default:
        return block(b);
    }
  },
  blockGroup,
  cut: (cut) =>
    cut.length === 0
      ? "no rule removed any option: the mentors are simply full"
      : `options removed: ${cut.map((c) => `${CUT[c.rule]} ${c.removed}`).join(", ")}`,
  fix: (f, adeptId) => {
    const m = f.mentorId ?? "";
    switch (f.kind) {
      case "drop-exclusion":
        return `drop the exclusion of ${m} and ${adeptId}`;
      case "drop-history":
        return `allow ${m} and ${adeptId} to pair again (drop the history entry)`;
      case "raise-capacity":
        return `give ${m} one more place`;
      case "relax-rule":
        return `make the rule ${f.rule} soft or off`;
    }
  },
  unmatched: (cause) => {
    switch (cause.reason) {
      case "ineligible":
        return `not eligible: ${eligibility(cause)}`;
      case "no-allowed-mentor":
        return `no allowed mentor among ${cause.mentors}: ${groups(cause.blocks)}`;
      case "capacity": {
        const who =
          cause.allowed.count === 1
            ? `the only allowed mentor (${cause.allowed.ids[0]}) is full`
            : `all ${cause.allowed.count} allowed mentors (${ids(cause.allowed)}) are full`;
        return `${who} in the optimal plan: giving this adept a place would take it from another adept without matching more people or raising the objective`;
      }
    }
  },
  spare: (cause) => {
    switch (cause.reason) {
      case "ineligible":
        return `not eligible: ${eligibility(cause)}`;
      case "no-allowed-adept":
        return `no allowed adept among ${cause.adepts}: ${groups(cause.blocks)}`;
      case "not-needed":
        return "every adept this mentor may take is matched in the optimal plan (or none is left)";
    }
  },
  // The result's message is the English reason: said as it is, for results of any version.
  unmatchedSentence: (u) => `${u.id} is not matched: ${u.message}.`,
  spareSentence: (s) => {
    const left = `${s.id} has ${s.spare} ${s.spare === 1 ? "place" : "places"} left`;
    return s.message === undefined ? `${left}.` : `${left}: ${s.message}.`;
  },
  shortGroup: (adeptId, g) => {
    const others = g.adepts.filter((id) => id !== adeptId);
    const places = `${g.places} ${g.places === 1 ? "place" : "places"}`;
    return `${adeptId} competes with ${joinList(others, "en")} for ${places} (${joinList(g.mentors, "en")}): one of them must stay without a mentor.`;
  },
  fixes: (adeptId, fixes) =>
    fixes.length === 0
      ? `No single change to the input would let ${adeptId} be matched without unmatching someone.`
      : `Each of these single changes would let ${adeptId} be matched without unmatching anyone: ${fixes.join("; ")}.`,
};
