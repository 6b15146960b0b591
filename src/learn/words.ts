/**
 * The words of `mentorpair/learn`, one phrasebook per language: verdicts on outcome data and the
 * report sections' headings. Criterion names come from the explanations' phrasebooks.
 */
import { EN_EXPLAIN } from "../phrasebook/explain.en.js";
import { SV_EXPLAIN } from "../phrasebook/explain.sv.js";
import type { Criterion } from "../types.js";

/**
 * The facts a verdict on outcome data is made of.
 *
 * @example
 * const f: VerdictFacts = { status: "too-few", pairs: 11, minPairs: 20, clear: [] };
 */
export interface VerdictFacts {
  readonly status: "too-few" | "no-clear-association" | "suggested";
  readonly pairs: number;
  readonly minPairs: number;
  /** Criteria whose association is clear, with its sign. */
  readonly clear: readonly { readonly criterion: Criterion; readonly positive: boolean }[];
}

const list = (xs: readonly string[], and: string) =>
  xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} ${and} ${xs[xs.length - 1]}`;

/**
 * A verdict in English.
 *
 * @example
 * verdictEn({ status: "too-few", pairs: 11, minPairs: 20, clear: [] })
 * // "11 rated pairs are too few to justify changing any weight (at least 20 are needed): keep the current weights."
 */
export function verdictEn(f: VerdictFacts): string {
  const names = (positive: boolean) =>
    list(
      f.clear
        .filter((c) => c.positive === positive)
        .map((c) => EN_EXPLAIN.criterionNames[c.criterion]),
      "and",
    );
  switch (f.status) {
    case "too-few":
      return `${f.pairs} rated pairs are too few to justify changing any weight (at least ${f.minPairs} are needed): keep the current weights.`;
    case "no-clear-association":
      return `Across ${f.pairs} rated pairs no criterion goes clearly with better or worse outcomes (every 95 % interval includes zero): keep the current weights.`;
    case "suggested": {
      const up = names(true);
      const down = names(false);
      return `Across ${f.pairs} rated pairs, ${[up === "" ? "" : `better outcomes went with higher ${up}`, down === "" ? "" : `worse outcomes with higher ${down}`].filter((x) => x !== "").join(", and ")}. The suggested weights move toward this, held back by shrinkage; an association is not proof of cause, so let the steering group decide.`;
    }
  }
}

/**
 * A verdict in Swedish.
 *
 * @example
 * verdictSv({ status: "too-few", pairs: 11, minPairs: 20, clear: [] })
 * // "11 bedömda par är för få för att motivera någon ändring av vikterna (minst 20 behövs): behåll de nuvarande vikterna."
 */
export function verdictSv(f: VerdictFacts): string {
  const names = (positive: boolean) =>
    list(
      f.clear
        .filter((c) => c.positive === positive)
        .map((c) => SV_EXPLAIN.criterionNames[c.criterion]),
      "och",
    );
  switch (f.status) {
    case "too-few":
      return `${f.pairs} bedömda par är för få för att motivera någon ändring av vikterna (minst ${f.minPairs} behövs): behåll de nuvarande vikterna.`;
    case "no-clear-association":
      return `Bland ${f.pairs} bedömda par hänger inget kriterium tydligt ihop med bättre eller sämre utfall (varje 95 %-intervall innehåller noll): behåll de nuvarande vikterna.`;
    case "suggested": {
      const up = names(true);
      const down = names(false);
      return `Bland ${f.pairs} bedömda par ${[up === "" ? "" : `gick bättre utfall ihop med högre ${up}`, down === "" ? "" : `sämre utfall med högre ${down}`].filter((x) => x !== "").join(", och ")}. De föreslagna vikterna rör sig åt det hållet, återhållna av krympning; ett samband är inget bevis för orsak, så låt styrgruppen avgöra.`;
    }
  }
}

/**
 * The words of a calibration summary (the CLI's `calibrate` prints them).
 *
 * @example
 * CALIBRATION_WORDS.sv.current // "nuvarande"
 */
export const CALIBRATION_WORDS = {
  en: {
    title: (n: number, regret: number) =>
      regret === 0
        ? `Weights learned from ${n} cohort${n === 1 ? "" : "s"}: under them every chosen plan is optimal (regret 0).`
        : `Weights learned from ${n} cohort${n === 1 ? "" : "s"}: no weights make every chosen plan optimal; these leave the least regret, ${regret} points in all.`,
    criterion: "criterion",
    current: "current",
    learned: "learned",
    cohort: "cohort",
    status: "status",
    pairs: "pairs",
    regret: "regret",
    reproduced: "reproduced",
    heldOut: "held out",
    heldOutLine: (r: number, n: number) =>
      `Predicting each cohort from the others' weights reproduces ${r} of ${n} chosen pairs (fitting is not prediction).`,
    statuses: {
      comparable: "comparable",
      "not-allowed": "breaks a rule",
      "missing-locked": "leaves out a locked pair",
      "over-capacity": "over capacity",
      "fewer-matched": "fewer matched",
      "more-violations": "more soft-rule violations",
    },
    unverified:
      "Warning: match with these weights disagrees with the linear programme; do not use them.",
    advice: (weights: string) =>
      `Nothing is applied: to match with these weights, add --weights ${weights}`,
  },
  sv: {
    title: (n: number, regret: number) =>
      regret === 0
        ? `Vikter lärda från ${n} ${n === 1 ? "omgång" : "omgångar"}: med dem är varje vald plan optimal (ånger 0).`
        : `Vikter lärda från ${n} ${n === 1 ? "omgång" : "omgångar"}: inga vikter gör varje vald plan optimal; dessa ger minst ånger, ${String(regret).replace(".", ",")} poäng sammanlagt.`,
    criterion: "kriterium",
    current: "nuvarande",
    learned: "lärd",
    cohort: "omgång",
    status: "status",
    pairs: "par",
    regret: "ånger",
    reproduced: "återskapade",
    heldOut: "utelämnad",
    heldOutLine: (r: number, n: number) =>
      `Att förutsäga varje omgång med vikter från de andra återskapar ${r} av ${n} valda par (anpassning är inte förutsägelse).`,
    statuses: {
      comparable: "jämförbar",
      "not-allowed": "bryter en regel",
      "missing-locked": "saknar ett låst par",
      "over-capacity": "över kapaciteten",
      "fewer-matched": "färre matchade",
      "more-violations": "fler mjuka regelbrott",
    },
    unverified:
      "Varning: match med dessa vikter stämmer inte med det linjära programmet; använd dem inte.",
    advice: (weights: string) =>
      `Inget tillämpas: för att matcha med dessa vikter, lägg till --weights ${weights}`,
  },
} as const;

/**
 * The words of the report sections "How robust is this plan" and "Fairness across groups".
 *
 * @example
 * SECTION_WORDS.sv.robustHeading // "Hur robust är planen"
 */
export const SECTION_WORDS = {
  en: {
    robustHeading: "How robust is this plan",
    robustIntro: (swing: number) =>
      `For each criterion: the range of its weight, the other weights unchanged, in which this same plan stays optimal (the ends are solved exactly, not sampled). A pair is robust when it stays in the optimal plan whichever single weight changes by up to ${Math.round(swing * 100)} %.`,
    criterion: "criterion",
    weight: "weight",
    from: "optimal from",
    to: "to",
    noEnd: "no upper end",
    robustPairs: (pairs: string) => `Robust pairs: ${pairs}.`,
    fragilePairs: (pairs: string) => `Fragile pairs: ${pairs}.`,
    fragilePair: (pair: string, criterion: string, at: string) =>
      `${pair} (from ${criterion} ${at})`,
    none: "none",
    fairHeading: "Fairness across groups",
    fairIntro:
      "Per group: the people in it (mentors and adepts), how many are in a pair, and the mean and lowest score of their pairs; the largest gap is between groups that have a value.",
    field: "field",
    group: "group",
    people: "people",
    matched: "matched",
    meanScore: "mean score",
    lowestScore: "lowest score",
    missing: "(not given)",
    gap: (field: string, share: string, mean: string) =>
      `Largest gaps by ${field}: share matched ${share} percentage points, mean score ${mean} points.`,
    price: (total: string, fair: string, price: string, weakest: string, fairWeakest: string) =>
      `Price of fairness: the plan with the highest total scores ${total}; the plan whose weakest pair is as strong as possible scores ${fair}, ${price} points less (weakest pair ${weakest} and ${fairWeakest}).`,
  },
  sv: {
    robustHeading: "Hur robust är planen",
    robustIntro: (swing: number) =>
      `För varje kriterium: det intervall för dess vikt, med övriga vikter oförändrade, där samma plan förblir optimal (gränserna är exakt lösta, inte stickprov). Ett par är robust när det finns kvar i den optimala planen hur en enskild vikt än ändras med upp till ${Math.round(swing * 100)} %.`,
    criterion: "kriterium",
    weight: "vikt",
    from: "optimal från",
    to: "till",
    noEnd: "ingen övre gräns",
    robustPairs: (pairs: string) => `Robusta par: ${pairs}.`,
    fragilePairs: (pairs: string) => `Känsliga par: ${pairs}.`,
    fragilePair: (pair: string, criterion: string, at: string) =>
      `${pair} (från ${criterion} ${at})`,
    none: "inga",
    fairHeading: "Rättvisa mellan grupper",
    fairIntro:
      "Per grupp: personerna i den (mentorer och adepter), hur många som har ett par, och medel- och lägsta poäng för deras par; största skillnaden gäller grupper som har ett värde.",
    field: "fält",
    group: "grupp",
    people: "personer",
    matched: "i par",
    meanScore: "medelpoäng",
    lowestScore: "lägsta poäng",
    missing: "(saknas)",
    gap: (field: string, share: string, mean: string) =>
      `Största skillnader efter ${field}: andel i par ${share} procentenheter, medelpoäng ${mean} poäng.`,
    price: (total: string, fair: string, price: string, weakest: string, fairWeakest: string) =>
      `Rättvisans pris: planen med högst total får ${total}; planen vars svagaste par är så starkt som möjligt får ${fair}, ${price} poäng mindre (svagaste par ${weakest} respektive ${fairWeakest}).`,
  },
} as const;
