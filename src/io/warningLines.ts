import type { Lang } from "../phrasebook/index.js";
import { placeText } from "../phrasebook/place.js";
import { issueText } from "../phrasebook/readIssues.js";
import { svFieldName } from "../phrasebook/sv.js";
import { printable } from "../util/quote.js";
import type { ReadIssue } from "./types.js";

/** Most people named on one line; the rest are counted. */
const PEOPLE_SHOWN = 10;

const WORDS = {
  en: {
    missing: (field: string, n: number) =>
      `no ${field} for ${n} ${n === 1 ? "person" : "people"}: the criteria that use it score neutrally (0.5)`,
    more: (n: number) => `and ${n.toLocaleString("en-US")} more`,
  },
  sv: {
    missing: (field: string, n: number) =>
      `${field} saknas för ${n} ${n === 1 ? "person" : "personer"}: kriterierna som använder uppgiften får neutralt värde (0,5)`,
    more: (n: number) => `och ${n.toLocaleString("sv-SE")} till`,
  },
} as const;

interface Group {
  readonly say: (lang: Lang) => string;
  readonly people: ReadIssue[];
}

/** The people of a group: `M05 (mentorer.csv row 6), A04 (row 11)`, a file named when it changes. */
function peopleText(people: readonly ReadIssue[], lang: Lang): string {
  let file: string | undefined;
  const shown = people.slice(0, PEOPLE_SHOWN).map((p) => {
    const place = placeText(p.file === file ? { ...p, file: "" } : p, lang).trim();
    file = p.file;
    const id = p.id === undefined ? "" : printable(p.id);
    return id === "" ? place : `${id} (${place})`;
  });
  const more = people.length - shown.length;
  return more > 0 ? `${shown.join(", ")}, ${WORDS[lang].more(more)}` : shown.join(", ");
}

/**
 * Data-quality warnings as lines a coordinator can act on, once per kind: one line per missing
 * field naming everyone it is missing for (id and row), one per unknown place, and every other
 * warning (a sheet not read, columns not read, a title above the header) as it is.
 *
 * @example
 * warningLines(result.warnings, "sv")
 * // ['"Utbildningsnivå" saknas för 2 personer: ...: M05 (var2024.csv rad 6), A04 (rad 11)']
 */
export function warningLines(warnings: readonly ReadIssue[], lang: Lang): string[] {
  const groups = new Map<string, Group>();
  const alone: ReadIssue[] = [];
  const add = (key: string, say: Group["say"], w: ReadIssue) => {
    const group = groups.get(key) ?? { say, people: [] };
    group.people.push(w);
    groups.set(key, group);
  };
  for (const w of warnings) {
    const params = w.params as
      | { fields?: readonly string[]; columns?: readonly string[]; text?: string; place?: string }
      | undefined;
    if (w.code === "missing_fields" && params?.fields !== undefined) {
      params.fields.forEach((field, i) => {
        const label = params.columns?.[i] ?? field;
        const shown = (lang: Lang) => (lang === "sv" ? svFieldName(label) : label);
        add(`missing\u0000${label}`, (lang) => shown(lang), w);
      });
    } else if ((w.code === "unknown_place" || w.code === "no_point") && w.params !== undefined) {
      add(`${w.code}\u0000${params?.text ?? params?.place}`, (lang) => issueText(w, lang), w);
    } else {
      alone.push(w);
    }
  }
  const lines: string[] = [];
  for (const [key, group] of groups) {
    const n = group.people.length;
    const say = key.startsWith("missing\u0000")
      ? WORDS[lang].missing(group.say(lang), n)
      : group.say(lang);
    lines.push(`${say}: ${peopleText(group.people, lang)}`);
  }
  for (const w of alone) {
    const id = w.id === undefined ? "" : ` (${printable(w.id)})`;
    lines.push(`${placeText(w, lang)}${id}: ${issueText(w, lang)}`);
  }
  return lines;
}
