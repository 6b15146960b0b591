import { EN_REASONS } from "../phrasebook/reasons.en.js";
import { markAllowed, type Prepared, pairBlocks } from "../prepare/prepare.js";
import type {
  Block,
  BlockGroup,
  EligibilityFacts,
  GroupedBlock,
  SpareCause,
  UnmatchedCause,
} from "../types.js";

/** Most ids a reason carries per list: what the messages name before "and N more". */
export const SHOWN = 8;

/** A reason as a result gives it: the code, the English words, and the facts. */
interface Reason<C extends { readonly reason: string }> {
  readonly reason: C["reason"];
  readonly message: string;
  readonly cause: C;
}

const reasonOf = <C extends { readonly reason: string }>(cause: C, message: string): Reason<C> => ({
  reason: cause.reason,
  message,
  cause,
});

/** A block as partners are grouped by it: eligibility without the person's own facts. */
function grouped(b: Block): GroupedBlock {
  return b.rule === "mentorIneligible" || b.rule === "adeptIneligible" ? { rule: b.rule } : b;
}

/**
 * Partners grouped by a key of their blocks, in first-seen order, each group with its first
 * `SHOWN` ids and its count. `distinct`: a partner counts once per group (two identical
 * exclusions of one pair are one reason).
 */
function groupPartners(
  entries: readonly { readonly id: string; readonly blocks: readonly Block[] }[],
  key: (b: GroupedBlock) => string,
  distinct: boolean,
): BlockGroup[] {
  const groups = new Map<string, { block: GroupedBlock; ids: string[]; count: number }>();
  for (const { id, blocks } of entries) {
    const seen = new Set<string>();
    for (const b of blocks) {
      const block = grouped(b);
      const k = key(block);
      if (distinct) {
        if (seen.has(k)) continue;
        seen.add(k);
      }
      let g = groups.get(k);
      if (g === undefined) {
        g = { block, ids: [], count: 0 };
        groups.set(k, g);
      }
      if (g.ids.length < SHOWN) g.ids.push(id);
      g.count++;
    }
  }
  return [...groups.values()].map((g) => ({ ...g.block, ids: g.ids, count: g.count }));
}

/** Identity of a grouped block: its rule and facts. */
const blockKey = (b: GroupedBlock) => JSON.stringify(b);

/**
 * The groups a reason carries (by block, each partner once), and those its English message
 * lists (by the English words, as the library has always grouped them: a shared municipality
 * and a shared sector of the same name are one group, a partner banned twice is named twice).
 */
function blockGroups(entries: readonly { id: string; blocks: readonly Block[] }[]): {
  data: BlockGroup[];
  words: BlockGroup[];
} {
  return {
    data: groupPartners(entries, blockKey, true),
    words: groupPartners(entries, EN_REASONS.blockGroup, false),
  };
}

/**
 * An ineligible person's reason: the eligibility facts, and in English.
 *
 * @example
 * ineligibleReason({ role: "adept", years: { has: 1, least: 2 } }).message
 * // "not eligible: 1 years as a manager; adepts need at least 2"
 */
export function ineligibleReason(
  facts: EligibilityFacts,
): Reason<{ readonly reason: "ineligible" } & EligibilityFacts> {
  const cause = { reason: "ineligible" as const, ...facts };
  return reasonOf(cause, EN_REASONS.unmatched(cause, ""));
}

/**
 * An entry of `MatchResult.ineligible`: the eligibility in English words, and as facts.
 *
 * @example
 * ineligibleEntry({ role: "adept", consent: "missing" }).message
 * // "manager consent not confirmed (managerConsent missing)"
 */
export function ineligibleEntry(facts: EligibilityFacts): {
  readonly message: string;
  readonly cause: { readonly reason: "ineligible" } & EligibilityFacts;
} {
  return { message: EN_REASONS.eligibility(facts), cause: { reason: "ineligible", ...facts } };
}

/**
 * Why an eligible adept has no allowed mentor: each block with the mentors it removed.
 *
 * @example
 * noAllowedMentorReason(p, 3).cause.blocks[0] // { rule: "differentMunicipality", place: "Borås", ids: ["M01"], count: 1 }
 */
export function noAllowedMentorReason(
  p: Prepared,
  adept: number,
): Reason<Extract<UnmatchedCause, { reason: "no-allowed-mentor" }>> {
  const entries = p.mentors.map((m, i) => ({ id: m.id, blocks: pairBlocks(p, i, adept) }));
  const { data, words } = blockGroups(entries);
  const base = { reason: "no-allowed-mentor" as const, mentors: p.mentors.length };
  return reasonOf({ ...base, blocks: data }, EN_REASONS.unmatched({ ...base, blocks: words }, ""));
}

/**
 * Why an adept with allowed mentors was left out: those mentors' places went to a better plan.
 *
 * @example
 * capacityReason(p, 3).cause // { reason: "capacity", allowed: { ids: ["M03"], count: 1 } }
 */
export function capacityReason(
  p: Prepared,
  adept: number,
): Reason<Extract<UnmatchedCause, { reason: "capacity" }>> {
  const allowed = new Uint8Array(p.mentors.length);
  const count = markAllowed(p, adept, allowed);
  const ids: string[] = [];
  for (let m = 0; m < allowed.length && ids.length < SHOWN; m++) {
    if (allowed[m] === 1) ids.push(p.mentors[m]!.id);
  }
  const cause = { reason: "capacity" as const, allowed: { ids, count } };
  return reasonOf(cause, EN_REASONS.unmatched(cause, ""));
}

/**
 * Why an eligible mentor has no allowed adept: each block with the adepts it removed.
 *
 * @example
 * noAllowedAdeptReason(p, 0).cause.adepts // how many adepts there are
 */
export function noAllowedAdeptReason(
  p: Prepared,
  mentor: number,
): Reason<Extract<SpareCause, { reason: "no-allowed-adept" }>> {
  const entries = p.adepts.map((a, j) => ({
    id: a.id,
    // The mentor is eligible here; its own eligibility is no reason about the adepts.
    blocks: pairBlocks(p, mentor, j).filter((b) => b.rule !== "mentorIneligible"),
  }));
  const { data, words } = blockGroups(entries);
  const base = { reason: "no-allowed-adept" as const, adepts: p.adepts.length };
  return reasonOf({ ...base, blocks: data }, EN_REASONS.spare({ ...base, blocks: words }, ""));
}

/**
 * A mentor with places left that no adept still needs.
 *
 * @example
 * notNeededReason().message // "every adept this mentor may take is matched in the optimal plan (or none is left)"
 */
export function notNeededReason(): Reason<Extract<SpareCause, { reason: "not-needed" }>> {
  const cause = { reason: "not-needed" as const };
  return reasonOf(cause, EN_REASONS.spare(cause, ""));
}
