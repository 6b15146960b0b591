import { basename } from "node:path";
import { cellText } from "../io/cells.js";
import { readCsvTable } from "../io/csv.js";
import { findField, headerKey } from "../io/headers.js";
import { formatOf } from "../io/index.js";
import type { Table } from "../io/types.js";
import { readXlsxTables } from "../io/xlsx.js";
import { quote } from "../util/quote.js";
import { UsageError } from "./errors.js";
import { readArgFile } from "./job.js";

/** A pair read from a file, with where it stands there (for messages). */
export interface FilePair {
  readonly mentor: string;
  readonly adept: string;
  /** `row 4` or `sheet "Par" row 4`, or `pairs[3]` in JSON. */
  readonly at: string;
}

/** Rows of these kinds are pairs in the CSV export's type column ("type"/"typ"). */
const PAIR_KINDS = new Set(["pair", "par"].map(headerKey));
/** Sheets that name mentors and adepts but hold no pairs of the plan. */
const NOT_PAIRS = new Set(["alternatives", "alternativ"].map(headerKey));
/** Sheets that hold pairs, preferred when a workbook has several tables. */
const PAIR_SHEETS = new Set(
  ["pairs", "par", "locked", "låsta", "history", "historik"].map(headerKey),
);

function pairsOfJson(data: unknown): FilePair[] | undefined {
  const list = Array.isArray(data)
    ? data
    : typeof data === "object" && data !== null
      ? (data as { pairs?: unknown }).pairs
      : undefined;
  if (!Array.isArray(list)) return undefined;
  const pairs: FilePair[] = [];
  for (const [i, p] of list.entries()) {
    const mentor = (p as { mentorId?: unknown; mentor?: unknown } | null)?.mentorId ?? p?.mentor;
    const adept = (p as { adeptId?: unknown; adept?: unknown } | null)?.adeptId ?? p?.adept;
    if (typeof mentor !== "string" || typeof adept !== "string") return undefined;
    pairs.push({ mentor, adept, at: `pairs[${i}]` });
  }
  return pairs;
}

function pairsOfTable(table: Table): FilePair[] | undefined {
  const headerAt = table.rows.findIndex((r) => r.some((c) => c !== null));
  const header = table.rows[headerAt];
  if (header === undefined) return undefined;
  const col = (path: string) =>
    header.findIndex((c) => c !== null && findField(cellText(c), "pair")?.path === path);
  const mentor = col("mentor");
  const adept = col("adept");
  const kind = header.findIndex(
    (c) => c !== null && ["type", "typ"].includes(headerKey(cellText(c))),
  );
  if (mentor < 0 || adept < 0) return undefined;
  const where = table.sheet === undefined ? "" : `sheet ${quote(table.sheet)} `;
  const pairs: FilePair[] = [];
  for (let r = headerAt + 1; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (kind >= 0 && !PAIR_KINDS.has(headerKey(cellText(row[kind] ?? null)))) continue;
    const m = row[mentor] ?? null;
    const a = row[adept] ?? null;
    if (m === null && a === null) continue;
    if (m === null || a === null) {
      throw new UsageError(`${where}row ${r + 1}: a pair needs both a mentor and an adept`);
    }
    pairs.push({ mentor: cellText(m), adept: cellText(a), at: `${where}row ${r + 1}` });
  }
  return pairs;
}

/**
 * The pairs of a file given to `--history` or `--locked`: the tool's own exports (`match
 * --format json`, `csv` or `xlsx`, in either language) or any sheet with a mentor and an adept
 * column (a cohort's Låsta or Historik sheet). A CSV export's unmatched and spare rows, and the
 * alternatives sheet, are not pairs. A file that cannot be read, or holds no pairs, is a usage
 * error naming the flag and the file.
 *
 * @example
 * await readPairsFile("vår2024.xlsx", "--history") // [{ mentor: "M01", adept: "A05", at: 'sheet "Par" row 2' }]
 */
export async function readPairsFile(path: string, flag: string): Promise<FilePair[]> {
  const bytes = readArgFile(path, flag);
  const name = basename(path);
  const hint = `give a result written by "mentorpair match" (--format json, csv or xlsx) or a sheet with mentor and adept columns`;
  const format = formatOf(name);
  let pairs: FilePair[] | undefined;
  try {
    if (format === "json") {
      let data: unknown;
      try {
        data = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/u, ""));
      } catch {
        throw new UsageError(`${flag} ${path}: not valid JSON; ${hint}`);
      }
      pairs = pairsOfJson(data);
    } else if (format === "csv") {
      const { table, issues } = readCsvTable(name, bytes);
      if (issues.length > 0) throw new UsageError(`${flag} ${path}: ${issues[0]!.message}`);
      pairs = pairsOfTable(table);
    } else if (format === "xlsx") {
      const { tables, issues } = await readXlsxTables(name, bytes);
      if (issues.length > 0) throw new UsageError(`${flag} ${path}: ${issues[0]!.message}`);
      const usable = tables.filter((t) => !NOT_PAIRS.has(headerKey(t.sheet ?? "")));
      const named = usable.filter((t) => PAIR_SHEETS.has(headerKey(t.sheet ?? "")));
      for (const t of named.length > 0 ? named : usable) {
        const found = pairsOfTable(t);
        if (found !== undefined) pairs = [...(pairs ?? []), ...found];
      }
    } else {
      throw new UsageError(`${flag} ${path}: not a .json, .csv or .xlsx file; ${hint}`);
    }
  } catch (error) {
    if (error instanceof UsageError && !error.message.startsWith(flag)) {
      throw new UsageError(`${flag} ${path} ${error.message}`);
    }
    throw error;
  }
  if (pairs === undefined) throw new UsageError(`${flag} ${path}: no pairs found; ${hint}`);
  return pairs;
}
