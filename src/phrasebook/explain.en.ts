import type { BlockingIds, ExplainPhrases } from "./explain.js";
import {
  capitalize,
  counted,
  formatKm,
  formatNumber,
  joinList,
  percent,
  possessive,
} from "./words.js";

const list = (xs: readonly string[]) => joinList(xs, "en");
const points = (x: number) =>
  `${formatNumber(Math.abs(x), "en", 2)} ${x === 1 ? "point" : "points"}`;
const signed = (x: number) => `${x > 0 ? "−" : "+"}${formatNumber(Math.abs(x), "en", 2)}`;

const EDUCATION = {
  "upper-secondary": "upper-secondary education",
  "post-secondary": "post-secondary education",
  bachelor: "a bachelor's degree",
  master: "a master's degree",
  doctorate: "a doctorate",
} as const;

const LEADERSHIP = { "first-line": "first-line", "second-line": "second-line", senior: "senior" };

const SOLVERS = {
  lp: "linear programming (javascript-lp-solver), checked against the exact min-cost-flow method",
  flow: "the exact min-cost-flow method",
  none: "no solver (there was nothing to choose)",
};

/**
 * English words for explanations and the report.
 *
 * @example
 * EN_EXPLAIN.offersAll("M01", "A03", ["delegation", "network"])
 * // "M01 offers everything A03 wished for (2 wishes: delegation and network)"
 */
export const EN_EXPLAIN: ExplainPhrases = {
  criterionNames: {
    geography: "geography",
    experience: "experience",
    education: "education",
    wishes: "wishes",
    leadership: "leadership",
    sector: "sector experience",
    preference: "preference",
  },
  educationLevels: EDUCATION,
  leadershipLevels: LEADERSHIP,
  solverNames: SOLVERS,

  unknownLocation: (id, place) =>
    `the location of ${id} is unknown: the municipality${place === undefined ? "" : ` (${place})`} is not in the municipality table`,
  missingFor: (fields, id) => `${list(fields)} missing for ${id}`,
  neutral: (level, name, groups) =>
    level === "full"
      ? `${capitalize(name)} was scored neutrally (${percent(0.5, "en")}) for lack of data: ${groups}.`
      : `Part of ${name} was scored neutrally for lack of data: ${groups}.`,

  givenLocation: (id) => `${id} (given location)`,
  bothIn: (m, a, town) => `${m} and ${a} are both in ${town}`,
  apart: (m, a, km) => `${m} and ${a} are ${formatKm(km, "en")} km apart`,

  years: (m, a, f) => {
    const years = `${m} has ${counted(f.mentor, "year", "years", "en")} as a manager and ${a} has ${formatNumber(f.adept, "en")}`;
    return f.gap > 0
      ? `${years}, a lead of ${counted(f.gap, "year", "years", "en")}`
      : `${years}, so ${m} has no lead in experience`;
  },
  noSharedBackground: () => "they have no sector background in common",
  sharedBackground: (sectors) =>
    `both have worked in ${list(sectors)} (different backgrounds score higher)`,

  bothEducated: (level) => `both have ${EDUCATION[level]}`,
  educated: (m, a, ml, al) => `${m} has ${EDUCATION[ml]} and ${a} ${EDUCATION[al]}`,
  sharedFields: (fields, complementary) =>
    `both studied ${list(fields)}${complementary ? ", which the complementary setting counts against" : ""}`,
  differentFieldsPreferred: () =>
    "they studied different fields, as the complementary setting prefers",
  noSharedFields: () => "they have no field of study in common",

  textWishes: (m, a, got, total) => {
    const head = `compared on free text, ${possessive(m, "en")} offer covers ${got.length} of the ${total} words in ${possessive(a, "en")} wishes`;
    return got.length === 0 ? head : `${head}: ${list(got)}`;
  },
  offersTheOne: (m, a, got) => `${m} offers the one thing ${a} wished for: ${list(got)}`,
  lacksTheOne: (m, a, lacking) =>
    `${m} does not offer the one thing ${a} wished for (${list(lacking)})`,
  offersAll: (m, a, got) =>
    `${m} offers everything ${a} wished for (${got.length} wishes: ${list(got)})`,
  offersNone: (m, a, lacking) =>
    `${m} offers none of ${possessive(a, "en")} ${lacking.length} wishes (${list(lacking)})`,
  offersSome: (m, a, got, lacking) =>
    `${m} offers ${got.length} of ${possessive(a, "en")} ${got.length + lacking.length} wishes: ${list(got)} (not ${list(lacking)})`,

  bothLead: (level) => `both lead at ${LEADERSHIP[level]} level`,
  lead: (m, a, ml, al) =>
    `${m} leads at ${LEADERSHIP[ml]} level and ${a} at ${LEADERSHIP[al]} level`,
  staff: (m, a, ms, as) =>
    `${m} leads ${formatNumber(ms, "en")} staff and ${a} ${formatNumber(as, "en")}`,
  allAreas: (m, a, got) => `${m} has experience in every area ${a} wants to develop (${list(got)})`,
  noAreas: (m, a, lacking) =>
    `${m} has no experience in the areas ${a} wants to develop (${list(lacking)})`,
  someAreas: (m, a, got, lacking) =>
    `${m} has experience in ${got.length} of the ${got.length + lacking.length} areas ${a} wants to develop: ${list(got)} (not ${list(lacking)})`,

  knowsSector: (m, a, sector) =>
    `${m} has worked in ${possessive(a, "en")} sector${sector === undefined ? "" : ` (${sector})`}`,
  earlierSectors: (m, a, sector, shared) => {
    const their = possessive(a, "en");
    return `${m} has not worked in ${their} current sector${sector === undefined ? "" : ` (${sector})`} but shares ${their} earlier sector experience: ${list(shared)}`;
  },
  noSector: (m, a, sector) =>
    `${m} has no experience of ${possessive(a, "en")} sector${sector === undefined ? "" : ` (${sector})`}`,

  pairHead: (m, a, locked, score) =>
    `${m} and ${a}${locked ? " (locked in advance)" : ""}: ${EN_EXPLAIN.score(score)}.`,
  score: (score) => `${formatNumber(score, "en")} of 100`,
  ranked: (label, name, score) => `The ${label} criterion is ${name} (${percent(score, "en")})`,
  preference: (m, a, f) => {
    const side = (who: string, other: string, rank: number | null, listed: number) =>
      rank !== null
        ? `${who} ranked ${other} number ${rank} of ${listed}`
        : listed > 0
          ? `${who} did not rank ${other}`
          : `${who} gave no ranking`;
    if (f.adeptRank === null && f.mentorRank === null)
      return `Neither ${a} nor ${m} ranked the other (preference neutral, ${percent(0.5, "en")}).`;
    return `Preference ${percent(f.score, "en")}: ${side(a, m, f.adeptRank, f.adeptListed)}; ${side(m, a, f.mentorRank, f.mentorListed)}.`;
  },
  softRules: (named) =>
    named.length === 1
      ? `The pair breaks the soft rule of ${list(named)}.`
      : `The pair breaks the soft rules of ${list(named)}.`,

  chosen: (locked) =>
    locked
      ? "The pair was locked in advance, so every plan keeps it."
      : "The optimal plan chooses this pair.",
  blocked: (why) => `The rules do not allow this pair: ${list(why)}.`,
  lockedTo: (m, a, to) => `${a} is locked to ${to} in advance, so no plan can pair ${a} with ${m}.`,
  placesLocked: (m) =>
    `All of ${possessive(m, "en")} places are held by pairs locked in advance, so no plan can give ${m} another adept.`,
  planLeaves: (a) => `The optimal plan leaves ${a} unmatched.`,
  planGives: (a, m) => `The optimal plan gives ${a} to ${m} instead.`,
  forcing: (loss) =>
    loss.length === 0
      ? "Forcing this pair would cost nothing: another plan that is just as good contains it."
      : `Forcing this pair would ${list(loss)}.`,

  leaveUnmatched: (n) => `leave ${n} more ${n === 1 ? "adept" : "adepts"} unmatched`,
  breakSoft: (v) => {
    const n = Math.abs(v);
    return `break the soft rules ${n} ${v > 0 ? "more" : "fewer"} ${n === 1 ? "time" : "times"}`;
  },
  weakestBy: (w) => `${w > 0 ? "lower" : "raise"} the weakest pair by ${points(w)}`,
  totalBy: (t) => `${t > 0 ? "lower" : "raise"} the total score by ${points(t)}`,
  lossCell: (loss) => {
    const parts: string[] = [];
    if (loss.matched !== 0) parts.push(`${loss.matched} fewer matched`);
    const v = loss.softViolations;
    if (v !== 0) {
      const n = Math.abs(v);
      parts.push(`${v > 0 ? "+" : "−"}${n} soft-rule ${n === 1 ? "violation" : "violations"}`);
    }
    if (loss.weakestScore !== 0) parts.push(`weakest pair ${signed(loss.weakestScore)}`);
    if (loss.totalScore !== 0) parts.push(`${signed(loss.totalScore)} points`);
    return parts.length === 0 ? "nothing (as good)" : parts.join("; ");
  },

  matched: (o) =>
    `${o.matched} of ${o.adepts} adepts are matched in ${o.pairs} ${o.pairs === 1 ? "pair" : "pairs"}, with a total score of ${formatNumber(o.total, "en")} (${formatNumber(o.mean, "en")} of 100 per pair on average).`,
  lockedPairs: (n) => `${n} of the pairs ${n === 1 ? "was" : "were"} locked in advance.`,
  softTimes: (n) => `The pairs break the soft rules ${n} ${n === 1 ? "time" : "times"} in all.`,
  fairWeakest: (w) =>
    `With the "fair" objective the weakest pair comes first: the weakest pair that was not locked scores ${formatNumber(w, "en")}.`,
  foundWith: (solver) => `The plan was found with ${SOLVERS[solver]}.`,
  notProven: () => "It is not proven optimal.",
  proven: (soft, fair) =>
    `It is proven optimal: no other plan matches more adepts${soft ? "; of those that match as many, none breaks the soft rules fewer times" : ""}${fair ? "; of those as good, none has a stronger weakest pair" : ""}; and of those as good, none has a higher total score.`,
  neutralFields: (n) =>
    `${n} missing ${n === 1 ? "field was" : "fields were"} scored neutrally (see the data-quality warnings).`,
  stableFound: () =>
    "The plan was found exactly among the stable plans (from the ways one stable plan turns into another, with a minimum cut), and checked to be stable and to keep every rule. It is proven optimal among stable plans: none breaks the soft rules fewer times, and of those as good, none has a higher total score.",
  stability: (f) => {
    const list = (pairs: readonly BlockingIds[], more: number) =>
      `${pairs.map((x) => `${x.mentor} and ${x.adept}`).join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
    const wants =
      "would both rather be together than with what the plan gives them (each ranks by their own list, then by pair score)";
    const n = f.blocking.length + f.more;
    if (!f.stableObjective) {
      return n === 0
        ? `The plan is stable: no mentor and adept the rules allow ${wants}.`
        : `The plan is not stable: in ${n} ${n === 1 ? "pair" : "pairs"} the rules allow, mentor and adept ${wants}: ${list(f.blocking, f.more)}. The "stable" objective gives a plan without such pairs.`;
    }
    const before = f.before ?? [];
    const b = before.length + (f.beforeMore ?? 0);
    return `With the "stable" objective no mentor and adept the rules allow ${wants}. ${b === 0 ? "The default plan had no such pair either" : `In the default plan ${b} ${b === 1 ? "pair" : "pairs"} would have: ${list(before, f.beforeMore ?? 0)}`}; stability cost ${formatNumber(f.price ?? 0, "en")} ${f.price === 1 ? "point" : "points"} of total score.`;
  },
};
