import type { Lang } from "../phrasebook/index.js";
import { placeText } from "../phrasebook/place.js";
import { issueText } from "../phrasebook/readIssues.js";
import { printable } from "../util/quote.js";
import type { ReadIssue, RecordSource, SourceLocation, SourceMap } from "./types.js";

const RECORD_PATH = /^(mentors|adepts|exclusions|locked|history)\[(\d+)\](.*)$/su;

/**
 * A location as the coordinator reads it: `mentorer.csv row 4, column "år som chef"`,
 * `ansokan.xlsx sheet "Adepter" row 7`, or `cohort.json adepts[3].managerYears` for JSON; in
 * Swedish with `lang: "sv"` (`rad 4, kolumn "år som chef"`).
 *
 * @example
 * formatLocation({ file: "mentorer.csv", row: 4, column: "år som chef" })
 * // 'mentorer.csv row 4, column "år som chef"'
 */
export function formatLocation(loc: SourceLocation, lang: Lang = "en"): string {
  return placeText(loc, lang);
}

/**
 * One issue as a line a coordinator can act on: where, then what, in English or Swedish (from
 * the issue's code and facts), with the person's id and the cell's text where they help.
 *
 * @example
 * formatReadIssue(issue) // 'mentorer.csv row 4, column "år som chef" (M04): "tio" is not a number'
 * formatReadIssue(issue, "sv") // 'mentorer.csv rad 4, kolumn "år som chef" (M04): "tio" är inget tal'
 */
export function formatReadIssue(issue: ReadIssue, lang: Lang = "en"): string {
  const id = issue.id === undefined ? "" : ` (${printable(issue.id)})`;
  const cell =
    issue.cell === undefined
      ? ""
      : lang === "sv"
        ? ` (cellen innehåller "${issue.cell}")`
        : ` (the cell says "${issue.cell}")`;
  return `${formatLocation(issue, lang)}${id}: ${issueText(issue, lang)}${cell}`;
}

function sourceAt(sources: SourceMap, kind: string, index: number): RecordSource | undefined {
  const list = sources[kind as "mentors"] as readonly RecordSource[] | undefined;
  return list?.[index];
}

function recordLocation(src: RecordSource): SourceLocation {
  return {
    file: src.file,
    ...(src.sheet === undefined ? {} : { sheet: src.sheet }),
    ...(src.row === undefined ? {} : { row: src.row }),
    ...(src.path === undefined ? {} : { path: src.path }),
  };
}

/**
 * Maps a cohort path (`adepts[3].managerYears`, as in `CohortIssue` and warnings) back to
 * the file, sheet, row and column it was read from. A path outside any record (`mentors`)
 * gives the files read.
 *
 * @example
 * locatePath(sources, "adepts[3].managerYears")
 * // { file: "adepter.csv", row: 5, column: "år som chef" }
 */
export function locatePath(sources: SourceMap, path: string): SourceLocation {
  const m = RECORD_PATH.exec(path);
  const src = m === null ? undefined : sourceAt(sources, m[1]!, Number(m[2]));
  if (m === null || src === undefined) {
    // A path outside any record means something only to a JSON reader.
    const json = sources.files.length === 1 && /\.json$/iu.test(sources.files[0]!);
    return json && path !== "(cohort)"
      ? { file: sources.files[0]!, path }
      : { file: sources.files.join(", ") || "(no file)" };
  }
  const rest = m[3] ?? "";
  const base = recordLocation(src);
  if (src.path !== undefined) return { ...base, path: `${src.path}${rest}` };
  const column = columnOf(src, rest);
  return column === undefined ? base : { ...base, column };
}

/** The column of a field path such as `.education.level` or `.offers[2]`. */
function columnOf(src: RecordSource, rest: string): string | undefined {
  const parts = rest
    .replace(/\[\d+\]/gu, "")
    .split(".")
    .filter((p) => p !== "");
  for (let n = parts.length; n > 0; n--) {
    const column = src.columns[parts.slice(0, n).join(".")];
    if (column !== undefined) return column;
  }
  return undefined;
}

/**
 * The cell's text behind a cohort path, when it was read from a spreadsheet (`undefined` for
 * JSON input or an empty cell).
 *
 * @example
 * cellAt(sources, "mentors[0].capacity") // "1,5"
 */
export function cellAt(sources: SourceMap, path: string): string | undefined {
  const m = RECORD_PATH.exec(path);
  const src = m === null ? undefined : sourceAt(sources, m[1]!, Number(m[2]));
  if (src === undefined || src.path !== undefined) return undefined;
  const field = (m![3] ?? "").replace(/\[\d+\]/gu, "").replace(/^\./u, "");
  return src.cells[field];
}

/**
 * Rewrites record paths inside a message (`(also at mentors[0])`) as locations
 * (`(also at mentorer.csv row 2)`).
 *
 * @example
 * describePaths(sources, "duplicate id (also at mentors[0])")
 */
export function describePaths(sources: SourceMap, message: string): string {
  return message.replace(
    /\b(mentors|adepts|exclusions|locked|history)\[(\d+)\]/gu,
    (whole, kind: string, i: string) => {
      const src = sourceAt(sources, kind, Number(i));
      return src === undefined ? whole : formatLocation(recordLocation(src));
    },
  );
}
