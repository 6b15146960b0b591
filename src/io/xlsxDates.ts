import { attributes, type XmlHandler } from "./xml.js";

/**
 * Built-in number formats that show a date or time (ECMA-376 18.8.30, and the East Asian and
 * Thai locales' built-ins), as read-excel-file counted them.
 */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
]);

const DATE_TOKENS = new Set([
  ..."s ss m mm h hh am pm a p d dd ddd dddd aaa aaaa aaaaa mmm mmmm mmmmm y yy yyyy e ee eeee".split(
    " ",
  ),
]);

/**
 * Whether a custom number format shows a date: every token left after removing literals,
 * escapes, colours, locales and conditions is a date or time token (`yyyy-mm-dd`,
 * `[$-41D]d mmmm yyyy;@`), and none is a number's (`0.00`, `#,##0`).
 *
 * @example
 * isDateFormat("yyyy-mm-dd;@") // true
 */
export function isDateFormat(format: string): boolean {
  // Excel's formats are at most 255 characters; a longer one is no date and is not scanned.
  if (format.length > 255) return false;
  const parts = format.toLowerCase().replace(/;@$/u, "").replace(/\\./gu, " ").split(";");
  return parts.some((part) => {
    const cleaned = part
      .replace(/"[^"]*"/gu, " ")
      .replace(/(\[?[smhd]{1,2}\]?)[.,]00?0?/gu, "$1")
      .replace(/\[([smhd]{1,2})\]/gu, "$1")
      .replace(/\[[^\]]*\]/gu, "");
    const tokens = cleaned.split(/[^a-z0#?%]+/u).filter((t) => t !== "");
    return tokens.length > 0 && tokens.every((t) => DATE_TOKENS.has(t));
  });
}

/**
 * A date from an Excel serial number (days since 1900-01-00, with Excel's phantom 1900-02-29;
 * or since 1904-01-01 in a workbook with the 1904 date system), as UTC midnight plus the time.
 *
 * @example
 * excelDate(45292, false) // 2024-01-01T00:00:00.000Z
 */
export function excelDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + 1462 : serial;
  return new Date(Math.floor((days - 25569) * 86_400_000));
}

/** Excel holds at most 64,000 cell formats; styles past this many are not dates. */
const MAX_STYLES = 65_536;

/**
 * Reads `styles.xml` for which cell styles (`<c s="...">`) show dates: the `cellXfs` formats
 * whose number format (their own, or their base style's) is a date format.
 *
 * @example
 * const styles = new StylesReader(); // fed by an XmlScanner, then:
 * styles.dateStyles // [false, true] (style 1 shows dates)
 */
export class StylesReader implements XmlHandler {
  private readonly formats = new Map<number, string>();
  private readonly baseFormats: (number | undefined)[] = [];
  private where: "cellStyleXfs" | "cellXfs" | undefined;
  /** For each cell style, whether it shows a date. */
  readonly dateStyles: boolean[] = [];

  open(name: string, raw: string): void {
    if (name === "numFmt") {
      const a = attributes(raw);
      const id = Number(a.get("numFmtId"));
      const code = a.get("formatCode");
      if (Number.isInteger(id) && code !== undefined && this.formats.size < MAX_STYLES) {
        this.formats.set(id, code);
      }
    } else if (name === "cellStyleXfs" || name === "cellXfs") {
      this.where = name;
    } else if (name === "xf" && this.where !== undefined) {
      const a = attributes(raw);
      const own = a.has("numFmtId") ? Number(a.get("numFmtId")) : undefined;
      if (this.where === "cellStyleXfs") {
        if (this.baseFormats.length < MAX_STYLES) this.baseFormats.push(own);
      } else if (this.dateStyles.length < MAX_STYLES) {
        const base = a.has("xfId") ? this.baseFormats[Number(a.get("xfId"))] : undefined;
        this.dateStyles.push(this.isDate(own ?? base));
      }
    }
  }

  close(name: string): void {
    if (name === "cellStyleXfs" || name === "cellXfs") this.where = undefined;
  }

  text(): void {}

  private isDate(id: number | undefined): boolean {
    if (id === undefined || !Number.isInteger(id)) return false;
    // Custom formats (read-excel-file took ids from 100 up as custom, as Excel 2007 does).
    const code = id >= 100 ? this.formats.get(id) : undefined;
    if (code !== undefined) return isDateFormat(code);
    return BUILT_IN_DATE_FORMATS.has(id);
  }
}
