import type { CriterionFacts } from "../criteria/facts.js";
import { fieldWords } from "../phrasebook/fields.js";
import type { Criterion } from "../types.js";
import type { Lang } from "./types.js";
import {
  CRITERION_NAMES,
  capitalize,
  counted,
  EDUCATION_LEVEL_NAMES,
  formatNumber,
  joinList,
  LEADERSHIP_LEVEL_NAMES,
  percent,
  possessive,
} from "./words.js";

/**
 * What a sentence may say about a person besides the id: known only when the cohort is at hand.
 *
 * @example
 * const m: PersonLabel = { id: "M01", municipality: "Borås", sector: "Äldreomsorg" };
 */
export interface PersonLabel {
  readonly id: string;
  readonly municipality?: string;
  readonly sector?: string;
}

/**
 * The two people of a pair, as sentences name them.
 *
 * @example
 * const who: PairPeople = { mentor: { id: "M01" }, adept: { id: "A03" } };
 */
export interface PairPeople {
  readonly mentor: PersonLabel;
  readonly adept: PersonLabel;
}

/**
 * How much of a criterion was scored neutrally (0.5) because data was missing: `"full"` when the
 * score rests on no data at all, `"partial"` when one of its parts does.
 *
 * @example
 * neutrality("wishes", facts) // "full" when neither side gave wishes or offers
 */
export type Neutrality = "none" | "partial" | "full";

const endsWith = (missing: readonly string[], suffix: string) =>
  missing.some((m) => m.endsWith(suffix));

/**
 * Whether a criterion was scored neutrally for lack of data, in full or in part.
 *
 * @example
 * neutrality("geography", { ...facts, geography: { ...facts.geography, km: null } }) // "full"
 */
export function neutrality(criterion: Criterion, facts: CriterionFacts): Neutrality {
  switch (criterion) {
    case "geography":
      return facts.geography.km === null ? "full" : "none";
    case "experience":
      // The year gap is always known (managerYears is required), so never in full.
      return facts.experience.missing.length > 0 ? "partial" : "none";
    case "education": {
      const m = facts.education.missing;
      if (m.length === 0) return "none";
      return endsWith(m, "education.level") && endsWith(m, "education.fields") ? "full" : "partial";
    }
    case "wishes":
      return facts.wishes.mode === "none" ? "full" : "none";
    case "leadership": {
      const m = facts.leadership.missing;
      if (m.length === 0) return "none";
      const all =
        endsWith(m, "leadership.level") &&
        endsWith(m, "leadership.staffCount") &&
        endsWith(m, "leadership.areas");
      return all ? "full" : "partial";
    }
    case "sector":
      return facts.sector.missing.length > 0 ? "full" : "none";
  }
}

/** "education level and fields of study missing for M05; fields of study missing for A03". */
function missingGroups(missing: readonly string[], lang: Lang, who: PairPeople): string {
  const groups: string[] = [];
  for (const side of ["mentor", "adept"] as const) {
    const fields = missing
      .filter((m) => m.startsWith(`${side}.`))
      .map((m) => m.slice(side.length + 1))
      .map((f) => fieldWords(f, lang));
    if (fields.length === 0) continue;
    const person = who[side];
    if (fields.includes(fieldWords("municipality", lang)) && fields.length === 1) {
      const place = person.municipality === undefined ? "" : ` (${person.municipality})`;
      groups.push(
        lang === "sv"
          ? `platsen för ${person.id} är okänd: kommunen${place} finns inte i kommuntabellen`
          : `the location of ${person.id} is unknown: the municipality${place} is not in the municipality table`,
      );
      continue;
    }
    groups.push(
      lang === "sv"
        ? `${joinList(fields, lang)} saknas för ${person.id}`
        : `${joinList(fields, lang)} missing for ${person.id}`,
    );
  }
  return groups.join("; ");
}

/**
 * The sentence that says a criterion was scored neutrally because data was missing, naming the
 * people and fields; empty when nothing was missing.
 *
 * @example
 * neutralSentence("education", facts, "en", who)
 * // "Education was scored neutrally (50%) for lack of data: education level and fields of study missing for M05."
 */
export function neutralSentence(
  criterion: Criterion,
  facts: CriterionFacts,
  lang: Lang,
  who: PairPeople,
): string {
  const level = neutrality(criterion, facts);
  if (level === "none") return "";
  const name = CRITERION_NAMES[lang][criterion];
  const groups = missingGroups(facts[criterion].missing, lang, who);
  if (lang === "sv") {
    return level === "full"
      ? `${capitalize(name)} bedömdes neutralt (${percent(0.5, lang)}) i brist på uppgifter: ${groups}.`
      : `En del av ${name} bedömdes neutralt i brist på uppgifter: ${groups}.`;
  }
  return level === "full"
    ? `${capitalize(name)} was scored neutrally (${percent(0.5, lang)}) for lack of data: ${groups}.`
    : `Part of ${name} was scored neutrally for lack of data: ${groups}.`;
}

function place(person: PersonLabel, source: string | null, lang: Lang): string {
  if (source === "location")
    return `${person.id} (${lang === "sv" ? "angiven plats" : "given location"})`;
  return person.municipality === undefined ? person.id : `${person.id} (${person.municipality})`;
}

function geography(f: CriterionFacts["geography"], lang: Lang, who: PairPeople): string {
  if (f.km === null) return "";
  const km = formatNumber(f.km, lang, f.km < 10 ? 1 : 0);
  const town = who.mentor.municipality;
  if (
    f.km < 0.05 &&
    town !== undefined &&
    town === who.adept.municipality &&
    f.mentorPoint === "municipality" &&
    f.adeptPoint === "municipality"
  ) {
    // Only with the municipality rule off or soft: "0 km apart" would sound like an error.
    return lang === "sv"
      ? `${who.mentor.id} och ${who.adept.id} finns båda i ${town}`
      : `${who.mentor.id} and ${who.adept.id} are both in ${town}`;
  }
  const m = place(who.mentor, f.mentorPoint, lang);
  const a = place(who.adept, f.adeptPoint, lang);
  return lang === "sv"
    ? `${m} och ${a} ligger ${km} km från varandra`
    : `${m} and ${a} are ${km} km apart`;
}

function experience(f: CriterionFacts["experience"], lang: Lang, who: PairPeople): string {
  const m = who.mentor.id;
  const a = who.adept.id;
  const parts: string[] = [];
  if (lang === "sv") {
    const years = `${m} har ${formatNumber(f.mentorYears, lang)} år som chef och ${a} ${formatNumber(f.adeptYears, lang)} år`;
    parts.push(
      f.yearGap > 0
        ? `${years}, ett försprång på ${formatNumber(f.yearGap, lang)} år`
        : `${years}, alltså inget försprång för ${m}`,
    );
  } else {
    const years = `${m} has ${counted(f.mentorYears, "year", "years", lang)} as a manager and ${a} has ${formatNumber(f.adeptYears, lang)}`;
    parts.push(
      f.yearGap > 0
        ? `${years}, a lead of ${counted(f.yearGap, "year", "years", lang)}`
        : `${years}, so ${m} has no lead in experience`,
    );
  }
  // With a background missing, the neutral sentence says so; nothing to state here.
  if (f.missing.length === 0) {
    if (f.sharedSectors.length === 0) {
      parts.push(
        lang === "sv"
          ? "de har ingen verksamhetsbakgrund gemensam"
          : "they have no sector background in common",
      );
    } else {
      // Shared sectors lower this part: the programme wants different work-life experience.
      const list = joinList(f.sharedSectors, lang);
      parts.push(
        lang === "sv"
          ? `båda har arbetat inom ${list} (olika bakgrund ger högre poäng)`
          : `both have worked in ${list} (different backgrounds score higher)`,
      );
    }
  }
  return parts.join("; ");
}

function education(f: CriterionFacts["education"], lang: Lang, who: PairPeople): string {
  const m = who.mentor.id;
  const a = who.adept.id;
  const parts: string[] = [];
  if (f.mentorLevel !== null && f.adeptLevel !== null) {
    const names = EDUCATION_LEVEL_NAMES[lang];
    if (f.mentorLevel === f.adeptLevel) {
      parts.push(`${lang === "sv" ? "båda har" : "both have"} ${names[f.mentorLevel]}`);
    } else {
      parts.push(
        lang === "sv"
          ? `${m} har ${names[f.mentorLevel]} och ${a} ${names[f.adeptLevel]}`
          : `${m} has ${names[f.mentorLevel]} and ${a} ${names[f.adeptLevel]}`,
      );
    }
  }
  if (!endsWith(f.missing, "education.fields")) {
    const complementary = f.direction === "complementary";
    if (f.sharedFields.length > 0) {
      const list = joinList(f.sharedFields, lang);
      const against = complementary
        ? lang === "sv"
          ? ", vilket inställningen för kompletterande områden räknar emot"
          : ", which the complementary setting counts against"
        : "";
      parts.push(`${lang === "sv" ? "båda har studerat" : "both studied"} ${list}${against}`);
    } else if (complementary) {
      parts.push(
        lang === "sv"
          ? "de har studerat olika områden, som inställningen för kompletterande områden föredrar"
          : "they studied different fields, as the complementary setting prefers",
      );
    } else {
      parts.push(
        lang === "sv"
          ? "de har inget utbildningsområde gemensamt"
          : "they have no field of study in common",
      );
    }
  }
  return parts.join("; ");
}

function wishes(f: CriterionFacts["wishes"], lang: Lang, who: PairPeople): string {
  const m = who.mentor.id;
  const a = who.adept.id;
  const sv = lang === "sv";
  const total = f.matched.length + f.unmatched.length;
  const k = f.matched.length;
  if (f.mode === "none" || total === 0) return "";
  if (f.mode === "text") {
    const head = sv
      ? `jämfört på fritext täcker ${possessive(m, lang)} erbjudande ${k} av de ${total} orden i ${possessive(a, lang)} önskemål`
      : `compared on free text, ${possessive(m, lang)} offer covers ${k} of the ${total} words in ${possessive(a, lang)} wishes`;
    return k === 0 ? head : `${head}: ${joinList(f.matched, lang)}`;
  }
  const got = joinList(f.matched, lang);
  const lacking = joinList(f.unmatched, lang);
  if (total === 1) {
    if (k === 1)
      return sv
        ? `${m} erbjuder det enda ${a} önskat sig: ${got}`
        : `${m} offers the one thing ${a} wished for: ${got}`;
    return sv
      ? `${m} erbjuder inte det enda ${a} önskat sig (${lacking})`
      : `${m} does not offer the one thing ${a} wished for (${lacking})`;
  }
  if (k === total) {
    return sv
      ? `${m} erbjuder allt ${a} önskat sig (${total} önskemål: ${got})`
      : `${m} offers everything ${a} wished for (${total} wishes: ${got})`;
  }
  if (k === 0) {
    return sv
      ? `${m} erbjuder inget av ${possessive(a, lang)} ${total} önskemål (${lacking})`
      : `${m} offers none of ${possessive(a, lang)} ${total} wishes (${lacking})`;
  }
  return sv
    ? `${m} erbjuder ${k} av ${possessive(a, lang)} ${total} önskemål: ${got} (men inte ${lacking})`
    : `${m} offers ${k} of ${possessive(a, lang)} ${total} wishes: ${got} (not ${lacking})`;
}

function leadership(f: CriterionFacts["leadership"], lang: Lang, who: PairPeople): string {
  const m = who.mentor.id;
  const a = who.adept.id;
  const sv = lang === "sv";
  const parts: string[] = [];
  if (f.mentorLevel !== null && f.adeptLevel !== null) {
    const names = LEADERSHIP_LEVEL_NAMES[lang];
    if (f.mentorLevel === f.adeptLevel) {
      parts.push(
        sv ? `båda är ${names[f.mentorLevel]}` : `both lead at ${names[f.mentorLevel]} level`,
      );
    } else {
      parts.push(
        sv
          ? `${m} är ${names[f.mentorLevel]} och ${a} ${names[f.adeptLevel]}`
          : `${m} leads at ${names[f.mentorLevel]} level and ${a} at ${names[f.adeptLevel]} level`,
      );
    }
  }
  if (f.mentorStaff !== null && f.adeptStaff !== null) {
    const ms = formatNumber(f.mentorStaff, lang);
    const as = formatNumber(f.adeptStaff, lang);
    parts.push(
      sv ? `${m} har ${ms} medarbetare och ${a} ${as}` : `${m} leads ${ms} staff and ${a} ${as}`,
    );
  }
  const total = f.sharedAreas.length + f.missingAreas.length;
  if (!endsWith(f.missing, "leadership.areas") && total > 0) {
    const k = f.sharedAreas.length;
    const got = joinList(f.sharedAreas, lang);
    const lacking = joinList(f.missingAreas, lang);
    if (k === total) {
      parts.push(
        sv
          ? `${m} har erfarenhet av alla områden ${a} vill utveckla (${got})`
          : `${m} has experience in every area ${a} wants to develop (${got})`,
      );
    } else if (k === 0) {
      parts.push(
        sv
          ? `${m} saknar erfarenhet av de områden ${a} vill utveckla (${lacking})`
          : `${m} has no experience in the areas ${a} wants to develop (${lacking})`,
      );
    } else {
      parts.push(
        sv
          ? `${m} har erfarenhet av ${k} av de ${total} områden ${a} vill utveckla: ${got} (men inte ${lacking})`
          : `${m} has experience in ${k} of the ${total} areas ${a} wants to develop: ${got} (not ${lacking})`,
      );
    }
  }
  return parts.join("; ");
}

function sector(f: CriterionFacts["sector"], lang: Lang, who: PairPeople): string {
  if (f.missing.length > 0) return "";
  const m = who.mentor.id;
  const a = possessive(who.adept.id, lang);
  const sv = lang === "sv";
  const named = who.adept.sector === undefined ? "" : ` (${who.adept.sector})`;
  if (f.knowsCurrentSector) {
    return sv
      ? `${m} har erfarenhet av ${a} verksamhetsområde${named}`
      : `${m} has worked in ${a} sector${named}`;
  }
  if (f.sharedEarlierSectors.length > 0) {
    const list = joinList(f.sharedEarlierSectors, lang);
    const earlier = f.sharedEarlierSectors.length === 1 ? "tidigare område" : "tidigare områden";
    return sv
      ? `${m} saknar erfarenhet av ${a} nuvarande verksamhetsområde${named} men har arbetat inom ${a} ${earlier}: ${list}`
      : `${m} has not worked in ${a} current sector${named} but shares ${a} earlier sector experience: ${list}`;
  }
  return sv
    ? `${m} saknar erfarenhet av ${a} verksamhetsområde${named}`
    : `${m} has no experience of ${a} sector${named}`;
}

/**
 * The facts behind one criterion in words, without its score: the km between the two places,
 * the years as a manager and the gap, shared wishes by name, and so on. Starts in lower case so
 * it can follow a colon; empty when the criterion rests on no data (see `neutralSentence`).
 *
 * @example
 * criterionClause("geography", facts, "sv", who) // "M01 (Borås) och A03 (Tranemo) ligger 39 km från varandra"
 */
export function criterionClause(
  criterion: Criterion,
  facts: CriterionFacts,
  lang: Lang,
  who: PairPeople,
): string {
  switch (criterion) {
    case "geography":
      return geography(facts.geography, lang, who);
    case "experience":
      return experience(facts.experience, lang, who);
    case "education":
      return education(facts.education, lang, who);
    case "wishes":
      return wishes(facts.wishes, lang, who);
    case "leadership":
      return leadership(facts.leadership, lang, who);
    case "sector":
      return sector(facts.sector, lang, who);
  }
}

/**
 * The facts of one criterion as a full sentence (or sentences), including the neutral-score
 * note when data was missing. What the report prints beside each bar.
 *
 * @example
 * criterionSentence("wishes", facts, "en", who) // "M01 offers everything A03 wished for (2 wishes: delegation and network)."
 */
export function criterionSentence(
  criterion: Criterion,
  facts: CriterionFacts,
  lang: Lang,
  who: PairPeople,
): string {
  const clause = criterionClause(criterion, facts, lang, who);
  const neutral = neutralSentence(criterion, facts, lang, who);
  const parts = clause === "" ? [] : [`${capitalize(clause)}.`];
  if (neutral !== "") parts.push(neutral);
  return parts.join(" ");
}
