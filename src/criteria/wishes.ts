import type { WishesFacts } from "../criterionFacts.js";
import type { Adept, Mentor } from "../schema/cohort.js";
import { normalizeKey } from "../util/normalize.js";
import { type CriteriaContext, NEUTRAL, type PairScorer } from "./context.js";
import { gather, jointClasses, type RowClasses } from "./groups.js";
import { countKeys, keyList, memoNormalizeKey, pickSpellings } from "./keys.js";
import { CrossIndex } from "./sets.js";
import { type StemCache, type Term, textTerms } from "./wishes/terms.js";

/**
 * The fields wishes reads on the mentor's side.
 *
 * @example
 * const m: WishesMentor = { offers: ["delegation"], offerText: "Jag delar gärna med mig" };
 */
export type WishesMentor = Pick<Mentor, "offers" | "offerText">;
/**
 * The fields wishes reads on the adept's side.
 *
 * @example
 * const a: WishesAdept = { wishes: ["delegation"], wishText: "Stöd i att delegera" };
 */
export type WishesAdept = Pick<Adept, "wishes" | "wishText">;

/**
 * All the words one side gave, for the text fallback: its tags, then its free text.
 *
 * @example
 * sideTexts(["sounding-board"], "Vill ha stöd") // ["sounding-board", "Vill ha stöd"]
 */
export function sideTexts(tags: readonly string[] | undefined, text: string | undefined): string[] {
  return text === undefined ? [...(tags ?? [])] : [...(tags ?? []), text];
}

// A term's two stems as keys of one vocabulary: Swedish meets Swedish, English meets English.
const svKey = (term: Pick<Term, "sv">) => `sv:${term.sv}`;
const enKey = (term: Pick<Term, "en">) => `en:${term.en}`;

/**
 * A mentor's stems for the text fallback, as the keys `CrossIndex` compares.
 *
 * @example
 * offerStemKeys(textTerms(["delegation"])) // ["sv:delegation", "en:deleg"]
 */
export function offerStemKeys(terms: readonly Term[]): string[] {
  const keys = new Set<string>();
  for (const term of terms) {
    keys.add(svKey(term));
    keys.add(enKey(term));
  }
  return [...keys];
}

/**
 * True when a mentor's terms cover an adept's term: they share its Swedish stem or its English
 * stem.
 *
 * @example
 * termCovered(textTerms(["delegering"])[0], new Set(offerStemKeys(textTerms(["delegation"])))) // true
 */
export function termCovered(term: Term, mentorStemKeys: ReadonlySet<string>): boolean {
  return mentorStemKeys.has(svKey(term)) || mentorStemKeys.has(enKey(term));
}

/**
 * The facts behind wishes for one pair (see `wishesScore`).
 *
 * @example
 * wishesFacts({ offers: ["Delegation"] }, { wishes: ["delegation", "network"] }, ctx).matched // ["delegation"]
 */
export function wishesFacts(
  mentor: WishesMentor,
  adept: WishesAdept,
  ctx: CriteriaContext,
): WishesFacts {
  // Counted and compared in place (keys.ts): no keyed list per person and pair.
  const key = ctx.key ?? normalizeKey;
  const wishCount = countKeys(adept.wishes, key);
  if (wishCount > 0 && countKeys(mentor.offers, key) > 0) {
    const matched = pickSpellings(
      adept.wishes,
      undefined,
      undefined,
      mentor.offers,
      undefined,
      true,
      key,
    );
    return {
      mode: "tags",
      matched,
      unmatched: pickSpellings(
        adept.wishes,
        undefined,
        undefined,
        mentor.offers,
        undefined,
        false,
        key,
      ),
      missing: [],
      score: matched.length / wishCount,
    };
  }
  const offerTerms = textTerms(sideTexts(mentor.offers, mentor.offerText));
  const wishTerms = textTerms(sideTexts(adept.wishes, adept.wishText));
  if (offerTerms.length === 0 || wishTerms.length === 0) {
    const missing: string[] = [];
    if (offerTerms.length === 0) missing.push("mentor.offers/offerText");
    if (wishTerms.length === 0) missing.push("adept.wishes/wishText");
    return { mode: "none", matched: [], unmatched: [], missing, score: NEUTRAL };
  }
  const mentorStems = new Set(offerStemKeys(offerTerms));
  const matched: string[] = [];
  const unmatched: string[] = [];
  for (const term of wishTerms) {
    (termCovered(term, mentorStems) ? matched : unmatched).push(term.token);
  }
  return {
    mode: "text",
    matched,
    unmatched,
    missing: [],
    score: matched.length / wishTerms.length,
  };
}

/**
 * Wishes: how much of what the adept wants the mentor offers. When both gave tags (`wishes`,
 * `offers`): the share of the adept's distinct normalised wishes that the mentor offers. Else,
 * when both sides gave any words, the same share over the adept's distinct terms, where the
 * words of tags and free text (`wishText`, `offerText`) are split into letters-only words, freed
 * of Swedish and English stop words and stemmed with both the Swedish and the English Snowball
 * stemmer; a term counts as offered when the mentor's words share its Swedish or its English
 * stem. Otherwise 0.5. Free text is ignored when both sides gave tags.
 *
 * @example
 * wishesScore({ offerText: "Jag erbjuder stöd i delegering" }, { wishText: "delegation och stöd" }, ctx) // 1
 */
export function wishesScore(
  mentor: WishesMentor,
  adept: WishesAdept,
  ctx: CriteriaContext,
): number {
  return wishesFacts(mentor, adept, ctx).score;
}

/**
 * Wishes for every pair of two lists, on precomputed profiles (tags as ids, text as stemmed
 * terms, each distinct word stemmed once, text only where a pair can need it); scores are
 * identical to `wishesScore`.
 *
 * @example
 * new WishesProfiles(mentors, adepts, ctx).score(0, 1) === wishesScore(mentors[0], adepts[1], ctx) // true
 */
export class WishesProfiles implements PairScorer {
  private readonly tags: CrossIndex;
  private readonly text: CrossIndex;
  readonly rowClasses: RowClasses;
  /**
   * Per row class its place in `byClass` for a mentor with tags (its tags' class, else its
   * terms', else neutral) and for a mentor without (its terms' class, else neutral).
   */
  private readonly tagsFirst: Int32Array;
  private readonly termsOnly: Int32Array;
  /**
   * Scratch for `fillClasses`: coverage per class of tags, then per class of terms, then
   * neutral (a class of size 0 is unread).
   */
  private readonly byClass: Float64Array;

  constructor(
    mentors: readonly WishesMentor[],
    adepts: readonly WishesAdept[],
    ctx: CriteriaContext,
  ) {
    const key = ctx.key ?? memoNormalizeKey();
    this.tags = new CrossIndex(
      mentors.map((m) => keyList(m.offers, key)),
      adepts.map((a) => keyList(a.wishes, key)),
    );
    // Text is only compared for pairs where a side has no tags: skip stemming the rest.
    const mentorTags = this.tags.mentorSize;
    const adeptTags = this.tags.adeptSize;
    const everyMentorTagged = mentorTags.every((n) => n > 0);
    const everyAdeptTagged = adeptTags.every((n) => n > 0);
    const cache: StemCache = new Map();
    this.text = new CrossIndex(
      mentors.map((m, i) =>
        everyAdeptTagged && mentorTags[i]! > 0
          ? []
          : offerStemKeys(textTerms(sideTexts(m.offers, m.offerText), cache)),
      ),
      adepts.map((a, j) =>
        everyMentorTagged && adeptTags[j]! > 0
          ? []
          : textTerms(sideTexts(a.wishes, a.wishText), cache).map((t) => [svKey(t), enKey(t)]),
      ),
    );
    const tagClasses = this.tags.classAdept.length;
    const neutralAt = tagClasses + this.text.classAdept.length;
    const terms = new Int32Array(adepts.length);
    const tagsFirst = new Int32Array(adepts.length);
    for (let j = 0; j < adepts.length; j++) {
      const term = this.text.adeptSize[j]! > 0 ? tagClasses + this.text.adeptClass[j]! : neutralAt;
      terms[j] = term;
      tagsFirst[j] = adeptTags[j]! > 0 ? this.tags.adeptClass[j]! : term;
    }
    const joint = jointClasses(adepts.length, [tagsFirst, terms], [neutralAt + 1, neutralAt + 1]);
    const first = joint.first;
    this.rowClasses = { of: joint.of, count: first.length };
    this.tagsFirst = gather(tagsFirst, first);
    this.termsOnly = gather(terms, first);
    this.byClass = new Float64Array(neutralAt + 1);
  }

  /**
   * `weight * score` per row class (see `PairScorer.fillClasses`), scoring once per class of
   * adepts with the same wishes and once per class with the same terms.
   */
  fillClasses(mentor: number, weight: number, table: Float64Array): void {
    const tags = this.tags;
    const text = this.text;
    const tagged = tags.mentorSize[mentor]! > 0;
    const worded = text.mentorSize[mentor]! > 0;
    const byClass = this.byClass;
    const tagClasses = tags.classAdept.length;
    const textClasses = text.classAdept.length;
    if (tagged) {
      const covered = tags.coverClasses(mentor);
      const sizes = tags.classSize;
      for (let c = 0; c < tagClasses; c++) byClass[c] = covered[c]! / sizes[c]!;
    }
    // A mentor without words leaves the adepts who need them neutral.
    if (worded) {
      const covered = text.coverClasses(mentor);
      const sizes = text.classSize;
      for (let c = 0; c < textClasses; c++) byClass[tagClasses + c] = covered[c]! / sizes[c]!;
    } else byClass.fill(+NEUTRAL, tagClasses, tagClasses + textClasses);
    byClass[tagClasses + textClasses] = +NEUTRAL;
    const at = tagged ? this.tagsFirst : this.termsOnly;
    for (let k = 0; k < at.length; k++) table[k] = weight * byClass[at[k]!]!;
  }

  score(mentor: number, adept: number): number {
    const wishes = this.tags.adeptSize[adept]!;
    if (wishes > 0 && this.tags.mentorSize[mentor]! > 0) {
      return this.tags.covered(mentor, adept) / wishes;
    }
    const terms = this.text.adeptSize[adept]!;
    if (terms > 0 && this.text.mentorSize[mentor]! > 0) {
      return this.text.covered(mentor, adept) / terms;
    }
    return +NEUTRAL;
  }
}
