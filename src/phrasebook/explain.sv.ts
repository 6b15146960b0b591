import type { BlockingIds, ExplainPhrases } from "./explain.js";
import { capitalize, formatKm, formatNumber, joinList, percent, possessive } from "./words.js";

const list = (xs: readonly string[]) => joinList(xs, "sv");
const num = (x: number) => formatNumber(x, "sv");
const points = (x: number) => `${formatNumber(Math.abs(x), "sv", 2)} poäng`;
const signed = (x: number) => `${x > 0 ? "−" : "+"}${formatNumber(Math.abs(x), "sv", 2)}`;
const named = (sector: string | undefined) => (sector === undefined ? "" : ` (${sector})`);

const EDUCATION = {
  "upper-secondary": "gymnasieutbildning",
  "post-secondary": "eftergymnasial utbildning",
  bachelor: "en kandidatexamen",
  master: "en magister- eller masterexamen",
  doctorate: "en doktorsexamen",
} as const;

const LEADERSHIP = {
  "first-line": "första linjens chef",
  "second-line": "andra linjens chef",
  senior: "högre chef",
} as const;

const SOLVERS = {
  lp: "linjärprogrammering (javascript-lp-solver), kontrollerad mot den exakta flödesmetoden",
  flow: "den exakta flödesmetoden (min-cost flow)",
  none: "ingen lösare (det fanns inget att välja)",
};

/**
 * Swedish words for explanations and the report.
 *
 * @example
 * SV_EXPLAIN.offersAll("M01", "A03", ["delegation", "network"])
 * // "M01 erbjuder allt A03 önskat sig (2 önskemål: delegation och network)"
 */
export const SV_EXPLAIN: ExplainPhrases = {
  criterionNames: {
    geography: "geografi",
    experience: "erfarenhet",
    education: "utbildning",
    wishes: "önskemål",
    leadership: "ledarskap",
    sector: "verksamhetserfarenhet",
    preference: "preferens",
  },
  educationLevels: EDUCATION,
  leadershipLevels: LEADERSHIP,
  solverNames: SOLVERS,

  unknownLocation: (id, place) =>
    `platsen för ${id} är okänd: kommunen${place === undefined ? "" : ` (${place})`} finns inte i kommuntabellen`,
  missingFor: (fields, id) => `${list(fields)} saknas för ${id}`,
  neutral: (level, name, groups) =>
    level === "full"
      ? `${capitalize(name)} bedömdes neutralt (${percent(0.5, "sv")}) i brist på uppgifter: ${groups}.`
      : `En del av ${name} bedömdes neutralt i brist på uppgifter: ${groups}.`,

  givenLocation: (id) => `${id} (angiven plats)`,
  bothIn: (m, a, town) => `${m} och ${a} finns båda i ${town}`,
  apart: (m, a, km) => `${m} och ${a} ligger ${formatKm(km, "sv")} km från varandra`,

  years: (m, a, f) => {
    const years = `${m} har ${num(f.mentor)} år som chef och ${a} ${num(f.adept)} år`;
    return f.gap > 0
      ? `${years}, ett försprång på ${num(f.gap)} år`
      : `${years}, alltså inget försprång för ${m}`;
  },
  noSharedBackground: () => "de har ingen verksamhetsbakgrund gemensam",
  sharedBackground: (sectors) =>
    `båda har arbetat inom ${list(sectors)} (olika bakgrund ger högre poäng)`,

  bothEducated: (level) => `båda har ${EDUCATION[level]}`,
  educated: (m, a, ml, al) => `${m} har ${EDUCATION[ml]} och ${a} ${EDUCATION[al]}`,
  sharedFields: (fields, complementary) =>
    `båda har studerat ${list(fields)}${complementary ? ", vilket inställningen för kompletterande områden räknar emot" : ""}`,
  differentFieldsPreferred: () =>
    "de har studerat olika områden, som inställningen för kompletterande områden föredrar",
  noSharedFields: () => "de har inget utbildningsområde gemensamt",

  textWishes: (m, a, got, total) => {
    const head = `jämfört på fritext täcker ${possessive(m, "sv")} erbjudande ${got.length} av de ${total} orden i ${possessive(a, "sv")} önskemål`;
    return got.length === 0 ? head : `${head}: ${list(got)}`;
  },
  offersTheOne: (m, a, got) => `${m} erbjuder det enda ${a} önskat sig: ${list(got)}`,
  lacksTheOne: (m, a, lacking) => `${m} erbjuder inte det enda ${a} önskat sig (${list(lacking)})`,
  offersAll: (m, a, got) =>
    `${m} erbjuder allt ${a} önskat sig (${got.length} önskemål: ${list(got)})`,
  offersNone: (m, a, lacking) =>
    `${m} erbjuder inget av ${possessive(a, "sv")} ${lacking.length} önskemål (${list(lacking)})`,
  offersSome: (m, a, got, lacking) =>
    `${m} erbjuder ${got.length} av ${possessive(a, "sv")} ${got.length + lacking.length} önskemål: ${list(got)} (men inte ${list(lacking)})`,

  bothLead: (level) => `båda är ${LEADERSHIP[level]}`,
  lead: (m, a, ml, al) => `${m} är ${LEADERSHIP[ml]} och ${a} ${LEADERSHIP[al]}`,
  staff: (m, a, ms, as) => `${m} har ${num(ms)} medarbetare och ${a} ${num(as)}`,
  allAreas: (m, a, got) => `${m} har erfarenhet av alla områden ${a} vill utveckla (${list(got)})`,
  noAreas: (m, a, lacking) =>
    `${m} saknar erfarenhet av de områden ${a} vill utveckla (${list(lacking)})`,
  someAreas: (m, a, got, lacking) =>
    `${m} har erfarenhet av ${got.length} av de ${got.length + lacking.length} områden ${a} vill utveckla: ${list(got)} (men inte ${list(lacking)})`,

  knowsSector: (m, a, sector) =>
    `${m} har erfarenhet av ${possessive(a, "sv")} verksamhetsområde${named(sector)}`,
  earlierSectors: (m, a, sector, shared) => {
    const their = possessive(a, "sv");
    const earlier = shared.length === 1 ? "tidigare område" : "tidigare områden";
    return `${m} saknar erfarenhet av ${their} nuvarande verksamhetsområde${named(sector)} men har arbetat inom ${their} ${earlier}: ${list(shared)}`;
  },
  noSector: (m, a, sector) =>
    `${m} saknar erfarenhet av ${possessive(a, "sv")} verksamhetsområde${named(sector)}`,

  pairHead: (m, a, locked, score) =>
    `${m} och ${a}${locked ? " (låst i förväg)" : ""}: ${SV_EXPLAIN.score(score)}.`,
  score: (score) => `${num(score)} av 100`,
  ranked: (label, name, score) =>
    `${label === "strongest" ? "Starkast" : "Svagast"} är ${name} (${percent(score, "sv")})`,
  preference: (m, a, f) => {
    const side = (who: string, other: string, rank: number | null, listed: number) =>
      rank !== null
        ? `${who} rangordnade ${other} som nummer ${rank} av ${listed}`
        : listed > 0
          ? `${who} rangordnade inte ${other}`
          : `${who} lämnade ingen rangordning`;
    if (f.adeptRank === null && f.mentorRank === null)
      return `Varken ${a} eller ${m} rangordnade den andra (preferens neutral, ${percent(0.5, "sv")}).`;
    return `Preferens ${percent(f.score, "sv")}: ${side(a, m, f.adeptRank, f.adeptListed)}; ${side(m, a, f.mentorRank, f.mentorListed)}.`;
  },
  softRules: (rules) =>
    rules.length === 1
      ? `Paret bryter mot den mjuka regeln om ${list(rules)}.`
      : `Paret bryter mot de mjuka reglerna om ${list(rules)}.`,

  chosen: (locked) =>
    locked
      ? "Paret var låst i förväg, så varje plan behåller det."
      : "Den optimala planen väljer det här paret.",
  blocked: (why) => `Reglerna tillåter inte det här paret: ${list(why)}.`,
  lockedTo: (m, a, to) =>
    `${a} är låst till ${to} i förväg, så ingen plan kan para ihop ${a} med ${m}.`,
  placesLocked: (m) =>
    `Alla ${possessive(m, "sv")} platser är upptagna av par som låsts i förväg, så ingen plan kan ge ${m} fler adepter.`,
  planLeaves: (a) => `Den optimala planen lämnar ${a} utan mentor.`,
  planGives: (a, m) => `Den optimala planen ger ${a} mentorn ${m} i stället.`,
  forcing: (loss) =>
    loss.length === 0
      ? "Att tvinga fram det här paret kostar ingenting: en annan plan som är lika bra innehåller det."
      : `Att tvinga fram det här paret skulle ${list(loss)}.`,

  leaveUnmatched: (n) => `lämna ${n} ${n === 1 ? "adept" : "adepter"} till utan mentor`,
  breakSoft: (v) =>
    `bryta ${Math.abs(v)} ${v > 0 ? "gånger till" : "färre gånger"} mot de mjuka reglerna`,
  weakestBy: (w) => `${w > 0 ? "sänka" : "höja"} det svagaste paret med ${points(w)}`,
  totalBy: (t) => `${t > 0 ? "sänka" : "höja"} totalpoängen med ${points(t)}`,
  lossCell: (loss) => {
    const parts: string[] = [];
    if (loss.matched !== 0) parts.push(`${loss.matched} färre matchade`);
    const v = loss.softViolations;
    if (v !== 0) parts.push(`${v > 0 ? "+" : "−"}${Math.abs(v)} regelbrott`);
    if (loss.weakestScore !== 0) parts.push(`svagaste par ${signed(loss.weakestScore)}`);
    if (loss.totalScore !== 0) parts.push(`${signed(loss.totalScore)} poäng`);
    return parts.length === 0 ? "ingen (lika bra)" : parts.join("; ");
  },

  matched: (o) =>
    `${o.matched} av ${o.adepts} adepter har fått en mentor i ${o.pairs} par, med totalpoängen ${num(o.total)} (i snitt ${num(o.mean)} av 100 per par).`,
  lockedPairs: (n) => `${n} av paren var låsta i förväg.`,
  softTimes: (n) => `Paren bryter sammanlagt ${n} gånger mot de mjuka reglerna.`,
  fairWeakest: (w) =>
    `Med målet "rättvis" höjs först det svagaste paret: det svagaste paret som inte var låst har ${num(w)} poäng.`,
  foundWith: (solver) => `Planen togs fram med ${SOLVERS[solver]}.`,
  notProven: () => "Den är inte bevisat optimal.",
  proven: (soft, fair) =>
    `Den är bevisat optimal: ingen annan plan matchar fler adepter${soft ? ", bland dem som matchar lika många bryter ingen färre gånger mot de mjuka reglerna" : ""}${fair ? ", bland de lika bra har ingen ett starkare svagaste par" : ""}, och bland de lika bra har ingen högre totalpoäng.`,
  neutralFields: (n) =>
    `${n} ${n === 1 ? "uppgift saknades och bedömdes" : "uppgifter saknades och bedömdes"} neutralt (se varningarna om datakvalitet).`,
  stableFound: () =>
    "Planen togs fram exakt bland de stabila planerna (utifrån hur en stabil plan kan övergå i en annan, med ett minsta snitt) och är kontrollerad: den är stabil och följer alla regler. Den är bevisat optimal bland de stabila planerna: ingen bryter färre gånger mot de mjuka reglerna, och bland de lika bra har ingen högre totalpoäng.",
  stability: (f) => {
    const list = (pairs: readonly BlockingIds[], more: number) =>
      `${pairs.map((x) => `${x.mentor} och ${x.adept}`).join("; ")}${more > 0 ? `; och ${more} till` : ""}`;
    const wants =
      "vill båda hellre vara tillsammans än med det planen ger dem (var och en rangordnar efter sin egen lista, sedan efter parets poäng)";
    const n = f.blocking.length + f.more;
    if (!f.stableObjective) {
      return n === 0
        ? `Planen är stabil: ingen mentor och adept som reglerna tillåter ${wants}.`
        : `Planen är inte stabil: i ${n} par som reglerna tillåter ${wants}: ${list(f.blocking, f.more)}. Målet "stabil" ger en plan utan sådana par.`;
    }
    const before = f.before ?? [];
    const b = before.length + (f.beforeMore ?? 0);
    return `Med målet "stabil" gäller att ingen mentor och adept som reglerna tillåter ${wants}. ${b === 0 ? "Standardplanen hade inte heller något sådant par" : `I standardplanen hade ${b} par velat det: ${list(before, f.beforeMore ?? 0)}`}; stabiliteten kostade ${num(f.price ?? 0)} poäng av totalpoängen.`;
  },
};
