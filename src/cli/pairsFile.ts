import { basename } from "node:path";
import { cellText } from "../io/cells.js";
import { readCsvTable } from "../io/csv.js";
import { findField, headerKey } from "../io/headers.js";
import { formatOf } from "../io/index.js";
import type { Table } from "../io/types.js";
import { readXlsxTables } from "../io/xlsx.js";
import { printable } from "../util/quote.js";
import { UsageError } from "./errors.js";
import { readArgFile } from "./job.js";
import type { PairAt, PairsFileProblem } from "./words.js";

/** A pair read from a file, with where it stands there (for messages). */
export interface FilePair {
  readonly mentor: string;
  readonly adept: string;
  readonly at: PairAt;
}

/** A row with a mentor but no adept, or the other way round. */
class Half extends Error {
  constructor(readonly at: PairAt) {
    super("a pair needs both a mentor and an adept");
  }
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
    pairs.push({ mentor, adept, at: { path: `pairs[${i}]` } });
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
  const sheet = table.sheet === undefined ? {} : { sheet: table.sheet };
  const pairs: FilePair[] = [];
  for (let r = headerAt + 1; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (kind >= 0 && !PAIR_KINDS.has(headerKey(cellText(row[kind] ?? null)))) continue;
    const m = row[mentor] ?? null;
    const a = row[adept] ?? null;
    if (m === null && a === null) continue;
    const at = { ...sheet, row: r + 1 };
    if (m === null || a === null) throw new Half(at);
    pairs.push({ mentor: cellText(m), adept: cellText(a), at });
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
 * await readPairsFile("vår2024.xlsx", "history") // [{ mentor: "M01", adept: "A05", at: { sheet: "Par", row: 2 } }]
 */
export async function readPairsFile(
  path: string,
  kind: "history" | "locked" | "chosen",
): Promise<FilePair[]> {
  const bytes = readArgFile(path, kind);
  const flag = `--${kind}`;
  const shown = printable(path);
  const name = basename(path);
  const format = formatOf(name);
  const fail = (problem: PairsFileProblem, at?: PairAt | string) =>
    new UsageError((w) => w.pairsFile(flag, shown, problem, at));
  let pairs: FilePair[] | undefined;
  try {
    if (format === "json") {
      let data: unknown;
      try {
        data = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/u, ""));
      } catch {
        throw fail("json");
      }
      pairs = pairsOfJson(data);
    } else if (format === "csv") {
      const { table, issues } = readCsvTable(name, bytes);
      if (issues.length > 0) throw fail("read", issues[0]!.message);
      pairs = pairsOfTable(table);
    } else if (format === "xlsx") {
      const { tables, issues } = await readXlsxTables(name, bytes);
      if (issues.length > 0) throw fail("read", issues[0]!.message);
      const usable = tables.filter((t) => !NOT_PAIRS.has(headerKey(t.sheet ?? "")));
      const named = usable.filter((t) => PAIR_SHEETS.has(headerKey(t.sheet ?? "")));
      for (const t of named.length > 0 ? named : usable) {
        const found = pairsOfTable(t);
        if (found !== undefined) pairs = [...(pairs ?? []), ...found];
      }
    } else {
      throw fail("format");
    }
  } catch (error) {
    if (error instanceof Half) throw fail("half", error.at);
    throw error;
  }
  if (pairs === undefined) throw fail("none");
  return pairs;
}
