import { countText, type ReadLimits, tooLargeFailure } from "./limits.js";
import { attributes, type XmlHandler } from "./xml.js";

/**
 * Text gathered a piece at a time, kept to `cap` characters; `length` counts them all, so a
 * hostile megabyte-long cell costs only the cap while its true length is still known.
 *
 * @example
 * const t = new CappedText(3); t.add("Borås"); [t.text, t.length, t.cut] // ["Bor", 5, true]
 */
export class CappedText {
  text = "";
  length = 0;

  constructor(private readonly cap: number) {}

  /** Empties it for the next text (one collector serves a whole part: fewer allocations). */
  reset(): void {
    this.text = "";
    this.length = 0;
  }

  add(piece: string): void {
    this.length += piece.length;
    const room = this.cap - this.text.length;
    if (room <= 0) return;
    let kept = piece.length <= room ? piece : piece.slice(0, room);
    // Never keep half of a character.
    if (kept.length < piece.length && /[\ud800-\udbff]$/u.test(kept)) kept = kept.slice(0, -1);
    this.text += kept;
  }

  get cut(): boolean {
    return this.length > this.cap;
  }
}

/**
 * Decodes OOXML's `_xHHHH_` escapes (ST_Xstring, for characters XML 1.0 cannot hold);
 * `_x005F_` escapes a literal underscore.
 *
 * @example
 * unescapeXlsx("a_x000D_b") // "a\rb"
 */
export function unescapeXlsx(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/gu, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/**
 * `_rels/*.rels`: each relationship's type and target.
 *
 * @example
 * const rels = new RelsReader(); // fed by an XmlScanner, then:
 * rels.targetOf("sharedStrings") // "sharedStrings.xml"
 */
export class RelsReader implements XmlHandler {
  readonly byId = new Map<string, { readonly type: string; readonly target: string }>();

  open(name: string, raw: string): void {
    if (name !== "Relationship") return;
    const a = attributes(raw);
    const id = a.get("Id");
    const type = a.get("Type");
    const target = a.get("Target");
    if (id === undefined || type === undefined || target === undefined) return;
    if (a.get("TargetMode") === "External" || this.byId.has(id)) return;
    this.byId.set(id, { type, target });
  }

  close(): void {}
  text(): void {}

  /** The target of the first relationship of a type (its last path segment, e.g. `styles`). */
  targetOf(kind: string): string | undefined {
    for (const r of this.byId.values()) if (typeName(r.type) === kind) return r.target;
    return undefined;
  }
}

/**
 * The last segment of a relationship type (transitional and strict OOXML differ before it).
 *
 * @example
 * typeName("http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet") // "worksheet"
 */
export function typeName(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

/**
 * The zip path a relationship target stands for, from the folder of the part that holds the
 * relationship (`xl/`): `worksheets/sheet1.xml` is `xl/worksheets/sheet1.xml`, `/xl/x.xml`
 * is `xl/x.xml`, `../x.xml` goes up.
 *
 * @example
 * resolvePart("xl/", "worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml"
 */
export function resolvePart(folder: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folder + target;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

/**
 * `workbook.xml`: the sheets in order (name and relationship id), and the date system.
 *
 * @example
 * const wb = new WorkbookReader(); // fed by an XmlScanner, then:
 * wb.sheets // [{ name: "Mentorer", id: "rId1" }]
 */
export class WorkbookReader implements XmlHandler {
  readonly sheets: { readonly name: string; readonly id: string }[] = [];
  date1904 = false;
  private sawProperties = false;

  open(name: string, raw: string): void {
    if (name === "workbookPr" && !this.sawProperties) {
      // Only the first <workbookPr> counts, as in Excel and SheetJS.
      this.sawProperties = true;
      const d = attributes(raw).get("date1904");
      this.date1904 = d === "1" || d === "true";
    } else if (name === "sheet") {
      const a = attributes(raw);
      const sheetName = a.get("name");
      const id = a.get("id");
      if (sheetName !== undefined && id !== undefined) {
        this.sheets.push({ name: unescapeXlsx(sheetName), id });
      }
    }
  }

  close(): void {}
  text(): void {}
}

/**
 * `sharedStrings.xml`: the workbook's table of texts that `t="s"` cells point into. Rich text
 * runs are joined; phonetic runs (`rPh`) are left out. Each text is kept to
 * `limits.cellChars` characters (`cut` holds the full length of those that were longer), and
 * the table to `limits.cells` texts.
 *
 * @example
 * const sst = new SharedStringsReader(READ_LIMITS); // fed by an XmlScanner, then:
 * sst.strings // ["Borås", "Förskola"]
 */
export class SharedStringsReader implements XmlHandler {
  readonly strings: string[] = [];
  /** Index to full length, for each text longer than `limits.cellChars`. */
  readonly cut = new Map<number, number>();
  private current: CappedText | undefined;
  private inItem = false;
  private inText = false;
  private inPhonetic = false;

  constructor(private readonly limits: ReadLimits) {}

  open(name: string): void {
    if (name === "si") {
      this.current ??= new CappedText(this.limits.cellChars);
      this.current.reset();
      this.inItem = true;
    } else if (name === "t") this.inText = true;
    else if (name === "rPh") this.inPhonetic = true;
  }

  close(name: string): void {
    if (name === "si" && this.current !== undefined && this.inItem) {
      if (this.strings.length >= this.limits.cells) {
        throw tooLargeFailure(
          "cells",
          this.limits.cells,
          `it has more than ${countText(this.limits.cells)} different texts, and mentorpair reads at most ${countText(this.limits.cells)} cells per file (READ_LIMITS.cells)`,
        );
      }
      if (this.current.cut) this.cut.set(this.strings.length, this.current.length);
      this.strings.push(unescapeXlsx(this.current.text));
      this.inItem = false;
    } else if (name === "t") this.inText = false;
    else if (name === "rPh") this.inPhonetic = false;
  }

  text(text: string): void {
    if (this.inItem && this.inText && !this.inPhonetic) this.current?.add(text);
  }
}
