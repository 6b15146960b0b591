import { isAllowed } from "../prepare/prepare.js";
import type { Fix, SpareMentor, UnmatchedAdept } from "../types.js";
import { normalizeKey } from "../util/normalize.js";
import { type BlockDetail, blockPhrase, eligibilitySv, pairBlocks } from "./blocks.js";
import type { CohortContext } from "./context.js";
import type { Lang } from "./types.js";
import { joinList, RULE_NAMES } from "./words.js";

/** Most ids named per group before "and N more": a steering group cannot take in more. */
const SHOWN = 8;

/** "båda i Borås: M01, M02; undantaget par (jäv): M05": partners grouped by what blocks them. */
function groupedBlocks(entries: readonly { id: string; blocks: BlockDetail[] }[]): string {
  const groups = new Map<string, string[]>();
  for (const { id, blocks } of entries) {
    for (const b of blocks) {
      const key = blockPhrase(b, "sv");
      const ids = groups.get(key) ?? [];
      groups.set(key, ids);
      if (!ids.includes(id)) ids.push(id);
    }
  }
  return [...groups].map(([why, ids]) => `${why}: ${joinList(ids, "sv", SHOWN)}`).join("; ");
}

const places = (n: number) => `${n} ${n === 1 ? "plats" : "platser"}`;

function fixSv(fix: Fix, adeptId: string): string {
  const m = fix.mentorId ?? "";
  switch (fix.kind) {
    case "drop-exclusion":
      return `ta bort undantaget för ${m} och ${adeptId}`;
    case "drop-history":
      return `låt ${m} och ${adeptId} bilda par igen (ta bort historikposten)`;
    case "raise-capacity":
      return `ge ${m} en plats till`;
    case "relax-rule":
      return fix.rule === undefined
        ? fix.message
        : `gör regeln om ${RULE_NAMES.sv[fix.rule]} mjuk eller stäng av den`;
  }
}

/**
 * What `match`'s diagnosis adds for an unmatched adept: the short group it competes in, and the
 * single changes that would let it be matched too (or that none would). Empty when `match` did
 * not diagnose this adept.
 *
 * @example
 * diagnosisText(u, "en") // " A07 competes with A02 for 1 place (M03): one of them must stay without a mentor. ..."
 */
export function diagnosisText(u: UnmatchedAdept, lang: Lang): string {
  const sv = lang === "sv";
  const parts: string[] = [];
  const g = u.group;
  if (g !== undefined) {
    const others = g.adepts.filter((id) => id !== u.id);
    const mentors = joinList(g.mentors, lang, SHOWN);
    const places = sv
      ? `${g.places} ${g.places === 1 ? "plats" : "platser"}`
      : `${g.places} ${g.places === 1 ? "place" : "places"}`;
    parts.push(
      sv
        ? `${u.id} konkurrerar med ${joinList(others, lang, SHOWN)} om ${places} (${mentors}): någon av dem måste bli utan mentor.`
        : `${u.id} competes with ${joinList(others, lang, SHOWN)} for ${places} (${mentors}): one of them must stay without a mentor.`,
    );
  }
  if (u.fixes !== undefined) {
    if (u.fixes.length === 0) {
      parts.push(
        sv
          ? `Ingen enskild ändring av indata skulle ge ${u.id} en mentor utan att någon annan förlorar sin.`
          : `No single change to the input would let ${u.id} be matched without unmatching someone.`,
      );
    } else {
      const list = u.fixes.map((f) => (sv ? fixSv(f, u.id) : f.message)).join("; ");
      parts.push(
        sv
          ? `Var och en av dessa ändringar skulle ge ${u.id} en mentor utan att någon annan förlorar sin: ${list}.`
          : `Each of these single changes would let ${u.id} be matched without unmatching anyone: ${list}.`,
      );
    }
  }
  return parts.length === 0 ? "" : ` ${parts.join(" ")}`;
}

/**
 * Why an adept is not matched, as sentences: the reason, then what `match`'s diagnosis found
 * (see `diagnosisText`). English uses the library's message. Swedish is
 * written in full from the cohort when it is at hand (eligibility, the rules that removed each
 * mentor, the full mentors); without it, a Swedish sentence for the reason code is followed by
 * the library's English detail, so no information is lost.
 *
 * @example
 * unmatchedText({ id: "A07", reason: "capacity", message: "all 2 allowed mentors ..." }, "sv", undefined)
 * // "A07 har inte fått någon mentor eftersom alla tillåtna mentorer är fullbokade i den optimala planen (på engelska: all 2 allowed mentors ...)."
 */
export function unmatchedText(
  u: UnmatchedAdept,
  lang: Lang,
  ctx: CohortContext | undefined,
): string {
  return reasonText(u, lang, ctx) + diagnosisText(u, lang);
}

function reasonText(u: UnmatchedAdept, lang: Lang, ctx: CohortContext | undefined): string {
  if (lang === "en") return `${u.id} is not matched: ${u.message}.`;
  const j = ctx?.adeptAt.get(normalizeKey(u.id));
  if (ctx === undefined || j === undefined) {
    const why = {
      ineligible: "adepten inte uppfyller kraven för att delta",
      "no-allowed-mentor": "reglerna utesluter varje mentor för adepten",
      capacity: "alla tillåtna mentorer är fullbokade i den optimala planen",
    }[u.reason];
    return `${u.id} har inte fått någon mentor eftersom ${why} (på engelska: ${u.message}).`;
  }
  const { p } = ctx;
  const head = `${u.id} har inte fått någon mentor`;
  switch (u.reason) {
    case "ineligible":
      return `${head} eftersom adepten inte uppfyller kraven för att delta: ${eligibilitySv(p.adepts[j]!, "adept", p.options.rules)}.`;
    case "no-allowed-mentor": {
      const entries = p.mentors.map((m, i) => ({ id: m.id, blocks: pairBlocks(p, i, j) }));
      return `${head} eftersom reglerna utesluter alla ${p.mentors.length} mentorer: ${groupedBlocks(entries)}.`;
    }
    case "capacity": {
      const allowed = p.mentors.filter((_, i) => isAllowed(p, i, j)).map((m) => m.id);
      const full =
        allowed.length === 1
          ? `den enda tillåtna mentorn (${allowed[0]}) är fullbokad`
          : `alla ${allowed.length} tillåtna mentorer (${joinList(allowed, "sv", SHOWN)}) är fullbokade`;
      return `${head}: ${full} i den optimala planen, och att ge ${u.id} en av deras platser skulle ta den från en annan adept utan att fler matchas eller att planen blir bättre.`;
    }
  }
}

/**
 * Why a mentor has places left, as a sentence; Swedish as for `unmatchedText`.
 *
 * @example
 * spareText({ id: "M06", spare: 1, reason: "not-needed", message: "every adept ..." }, "en", undefined)
 * // "M06 has 1 place left: every adept ..."
 */
export function spareText(s: SpareMentor, lang: Lang, ctx: CohortContext | undefined): string {
  if (lang === "en") {
    const left = `${s.id} has ${s.spare} ${s.spare === 1 ? "place" : "places"} left`;
    return s.message === undefined ? `${left}.` : `${left}: ${s.message}.`;
  }
  const head = `${s.id} har ${places(s.spare)} kvar`;
  if (s.reason === undefined) return `${head}.`;
  const i = ctx?.mentorAt.get(normalizeKey(s.id));
  if (ctx === undefined || i === undefined) {
    const why = {
      ineligible: "mentorn inte uppfyller kraven för att delta",
      "no-allowed-adept": "reglerna utesluter varje adept för mentorn",
      "not-needed": "varje adept som mentorn får ta redan har en mentor i den optimala planen",
    }[s.reason];
    const detail = s.message === undefined ? "" : ` (på engelska: ${s.message})`;
    return `${head} eftersom ${why}${detail}.`;
  }
  const { p } = ctx;
  switch (s.reason) {
    case "ineligible":
      return `${head} eftersom mentorn inte uppfyller kraven för att delta: ${eligibilitySv(p.mentors[i]!, "mentor", p.options.rules)}.`;
    case "no-allowed-adept": {
      const entries = p.adepts.map((a, j) => ({
        id: a.id,
        blocks: pairBlocks(p, i, j).filter((b) => b.rule !== "mentorIneligible"),
      }));
      return `${head} eftersom reglerna utesluter alla ${p.adepts.length} adepter: ${groupedBlocks(entries)}.`;
    }
    case "not-needed":
      return `${head} eftersom varje adept som ${s.id} får ta redan har en mentor i den optimala planen (eller ingen finns kvar).`;
  }
}
