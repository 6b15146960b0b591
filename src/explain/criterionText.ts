import { fieldWords } from "../phrasebook/fields.js";
import { type ExplainPhrases, explainPhrases } from "../phrasebook/index.js";
import { capitalize } from "../phrasebook/words.js";
import type { Criterion, CriterionFacts } from "../types.js";
import type { Lang } from "./types.js";

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
  const words = explainPhrases(lang);
  const groups: string[] = [];
  for (const side of ["mentor", "adept"] as const) {
    const fields = missing
      .filter((m) => m.startsWith(`${side}.`))
      .map((m) => m.slice(side.length + 1));
    if (fields.length === 0) continue;
    const person = who[side];
    if (fields.length === 1 && fields[0] === "municipality") {
      groups.push(words.unknownLocation(person.id, person.municipality));
      continue;
    }
    groups.push(
      words.missingFor(
        fields.map((f) => fieldWords(f, lang)),
        person.id,
      ),
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
  const words = explainPhrases(lang);
  const groups = missingGroups(facts[criterion].missing, lang, who);
  return words.neutral(level, words.criterionNames[criterion], groups);
}

function place(person: PersonLabel, source: string | null, words: ExplainPhrases): string {
  if (source === "location") return words.givenLocation(person.id);
  return person.municipality === undefined ? person.id : `${person.id} (${person.municipality})`;
}

function geography(f: CriterionFacts["geography"], words: ExplainPhrases, who: PairPeople): string {
  if (f.km === null) return "";
  const town = who.mentor.municipality;
  if (
    f.km < 0.05 &&
    town !== undefined &&
    town === who.adept.municipality &&
    f.mentorPoint === "municipality" &&
    f.adeptPoint === "municipality"
  ) {
    // Only with the municipality rule off or soft: "0 km apart" would sound like an error.
    return words.bothIn(who.mentor.id, who.adept.id, town);
  }
  return words.apart(
    place(who.mentor, f.mentorPoint, words),
    place(who.adept, f.adeptPoint, words),
    f.km,
  );
}

function experience(
  f: CriterionFacts["experience"],
  words: ExplainPhrases,
  who: PairPeople,
): string {
  const m = who.mentor.id;
  const parts = [
    words.years(m, who.adept.id, { mentor: f.mentorYears, adept: f.adeptYears, gap: f.yearGap }),
  ];
  // With a background missing, the neutral sentence says so; nothing to state here.
  if (f.missing.length === 0) {
    // Shared sectors lower this part: the programme wants different work-life experience.
    parts.push(
      f.sharedSectors.length === 0
        ? words.noSharedBackground()
        : words.sharedBackground(f.sharedSectors),
    );
  }
  return parts.join("; ");
}

function education(f: CriterionFacts["education"], words: ExplainPhrases, who: PairPeople): string {
  const parts: string[] = [];
  if (f.mentorLevel !== null && f.adeptLevel !== null) {
    parts.push(
      f.mentorLevel === f.adeptLevel
        ? words.bothEducated(f.mentorLevel)
        : words.educated(who.mentor.id, who.adept.id, f.mentorLevel, f.adeptLevel),
    );
  }
  if (!endsWith(f.missing, "education.fields")) {
    const complementary = f.direction === "complementary";
    if (f.sharedFields.length > 0) parts.push(words.sharedFields(f.sharedFields, complementary));
    else if (complementary) parts.push(words.differentFieldsPreferred());
    else parts.push(words.noSharedFields());
  }
  return parts.join("; ");
}

function wishes(f: CriterionFacts["wishes"], words: ExplainPhrases, who: PairPeople): string {
  const m = who.mentor.id;
  const a = who.adept.id;
  const total = f.matched.length + f.unmatched.length;
  const k = f.matched.length;
  if (f.mode === "none" || total === 0) return "";
  if (f.mode === "text") return words.textWishes(m, a, f.matched, total);
  if (total === 1) {
    return k === 1 ? words.offersTheOne(m, a, f.matched) : words.lacksTheOne(m, a, f.unmatched);
  }
  if (k === total) return words.offersAll(m, a, f.matched);
  if (k === 0) return words.offersNone(m, a, f.unmatched);
  return words.offersSome(m, a, f.matched, f.unmatched);
}

function leadership(
  f: CriterionFacts["leadership"],
  words: ExplainPhrases,
  who: PairPeople,
): string {
  const m = who.mentor.id;
  const a = who.adept.id;
  const parts: string[] = [];
  if (f.mentorLevel !== null && f.adeptLevel !== null) {
    parts.push(
      f.mentorLevel === f.adeptLevel
        ? words.bothLead(f.mentorLevel)
        : words.lead(m, a, f.mentorLevel, f.adeptLevel),
    );
  }
  if (f.mentorStaff !== null && f.adeptStaff !== null) {
    parts.push(words.staff(m, a, f.mentorStaff, f.adeptStaff));
  }
  const total = f.sharedAreas.length + f.missingAreas.length;
  if (!endsWith(f.missing, "leadership.areas") && total > 0) {
    const k = f.sharedAreas.length;
    if (k === total) parts.push(words.allAreas(m, a, f.sharedAreas));
    else if (k === 0) parts.push(words.noAreas(m, a, f.missingAreas));
    else parts.push(words.someAreas(m, a, f.sharedAreas, f.missingAreas));
  }
  return parts.join("; ");
}

function sector(f: CriterionFacts["sector"], words: ExplainPhrases, who: PairPeople): string {
  if (f.missing.length > 0) return "";
  const m = who.mentor.id;
  const a = who.adept.id;
  const named = who.adept.sector;
  if (f.knowsCurrentSector) return words.knowsSector(m, a, named);
  if (f.sharedEarlierSectors.length > 0) {
    return words.earlierSectors(m, a, named, f.sharedEarlierSectors);
  }
  return words.noSector(m, a, named);
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
  const words = explainPhrases(lang);
  switch (criterion) {
    case "geography":
      return geography(facts.geography, words, who);
    case "experience":
      return experience(facts.experience, words, who);
    case "education":
      return education(facts.education, words, who);
    case "wishes":
      return wishes(facts.wishes, words, who);
    case "leadership":
      return leadership(facts.leadership, words, who);
    case "sector":
      return sector(facts.sector, words, who);
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
  return sentenceOf(
    criterionClause(criterion, facts, lang, who),
    neutralSentence(criterion, facts, lang, who),
  );
}

/**
 * A criterion's sentence from its clause and its neutral note (either may be empty).
 *
 * @example
 * sentenceOf("both studied education", "") // "Both studied education."
 */
export function sentenceOf(clause: string, neutral: string): string {
  if (clause === "") return neutral;
  const sentence = `${capitalize(clause)}.`;
  return neutral === "" ? sentence : `${sentence} ${neutral}`;
}
