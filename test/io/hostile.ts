/**
 * Builders of hostile (and ordinary) XLSX files for the reader tests and `bench/readers.ts`:
 * a zip writer that can declare any sizes, and a deflate stream of a long run of one byte that
 * costs almost nothing to make (so a test can hold a real-size zip bomb). Not part of the library.
 */
import { deflateSync } from "fflate";
import { crc32 } from "../../src/io/crc32.js";

/** One zip entry, its data already compressed (method 8) or stored (method 0). */
export interface RawEntry {
  readonly name: string;
  readonly method: 0 | 8;
  readonly compressed: Uint8Array;
  /** Inflated size as declared in the zip headers (a bomb may lie). */
  readonly size: number;
  readonly crc: number;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** An entry deflated with fflate (or stored, for `method: 0`). */
export function entry(name: string, data: Uint8Array | string, method: 0 | 8 = 8): RawEntry {
  const bytes = typeof data === "string" ? utf8(data) : data;
  const compressed = method === 8 ? deflateSync(bytes, { level: 6 }) : bytes;
  return { name, method, compressed, size: bytes.length, crc: crc32(bytes) };
}

/** A zip archive of the entries, with the sizes and CRCs they declare. */
export function zip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = utf8(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, e.compressed.length, true);
    lv.setUint32(22, e.size >>> 0, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, e.compressed.length, true);
    cv.setUint32(24, e.size >>> 0, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, e.compressed);
    centrals.push(central);
    offset += local.length + e.compressed.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Writes a deflate stream bit by bit (least significant bit first, as RFC 1951 says). */
class BitWriter {
  bytes: Uint8Array;
  bit = 0;
  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }
  bits(value: number, n: number): void {
    for (let i = 0; i < n; i++) {
      if ((value >>> i) & 1) this.bytes[this.bit >>> 3]! |= 1 << (this.bit & 7);
      this.bit++;
    }
  }
  /** A Huffman code, most significant bit first. */
  code(code: number, n: number): void {
    for (let i = n - 1; i >= 0; i--) this.bits((code >>> i) & 1, 1);
  }
  literal(byte: number): void {
    if (byte < 144) this.code(0x30 + byte, 8);
    else this.code(0x190 + byte - 144, 9);
  }
  /** A copy of 258 bytes from distance 1 (length code 285, distance code 0). */
  run258(): void {
    this.code(0xc5, 8);
    this.code(0, 5);
  }
}

/**
 * A raw deflate stream (one fixed-Huffman block) of `prefix`, then `count` more copies of the
 * prefix's last byte, then `suffix`: about 13 bytes per 2,064 bytes of run, built in
 * milliseconds even for gigabytes.
 */
export function deflateRun(prefix: Uint8Array, count: number, suffix: Uint8Array): Uint8Array {
  const runs = Math.floor(count / 258);
  const rest = count - runs * 258;
  const w = new BitWriter(
    64 + 2 * (prefix.length + suffix.length + rest) + Math.ceil(runs / 8) * 13,
  );
  w.bits(1, 1); // final block
  w.bits(1, 2); // fixed Huffman codes
  for (const b of prefix) w.literal(b);
  let left = runs;
  while (left > 0 && (w.bit & 7) !== 0) {
    w.run258();
    left--;
  }
  // Eight copies are 104 bits, 13 whole bytes: the same 13 bytes every time.
  const group = new BitWriter(13);
  for (let i = 0; i < 8; i++) group.run258();
  const groups = Math.floor(left / 8);
  for (let g = 0; g < groups; g++) w.bytes.set(group.bytes, (w.bit >>> 3) + g * 13);
  w.bit += groups * 104;
  for (let i = 0; i < left - groups * 8; i++) w.run258();
  for (let i = 0; i < rest; i++) w.literal(prefix.at(-1)!);
  for (const b of suffix) w.literal(b);
  w.code(0, 7); // end of block
  return w.bytes.slice(0, (w.bit + 7) >>> 3);
}

/**
 * A deflated entry of `prefix`, `count` spaces and `suffix`. Its CRC is computed up to 10 MB
 * of spaces; a bigger one (a bomb the reader must stop long before the end) declares 0.
 */
export function runEntry(name: string, prefix: string, count: number, suffix: string): RawEntry {
  const p = utf8(`${prefix} `);
  const s = utf8(suffix);
  let crc = 0;
  if (count <= 10_000_000) {
    crc = crc32(p);
    const spaces = new Uint8Array(65536).fill(0x20);
    for (let left = count - 1; left > 0; left -= spaces.length) {
      crc = crc32(spaces.subarray(0, Math.min(left, spaces.length)), crc);
    }
    crc = crc32(s, crc);
  }
  return {
    name,
    method: 8,
    compressed: deflateRun(p, count - 1, s),
    size: p.length + count - 1 + s.length,
    crc,
  };
}

/** A sheet's XML around the rows' XML. */
export function sheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rows}</sheetData></worksheet>`;
}

/** An inline-string cell. */
export const inlineCell = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/**
 * The entries of a minimal workbook around its sheets (each given as its XML, or as a ready
 * entry), plus `extra` parts (e.g. `xl/sharedStrings.xml`, `xl/styles.xml`, which the
 * relationships then name).
 */
export function workbookEntries(
  sheets: readonly {
    readonly name: string;
    readonly sheet: string | RawEntry;
    /** The relationship type's last segment; the default value is `worksheet`. */
    readonly type?: string;
  }[],
  extra: readonly RawEntry[] = [],
): RawEntry[] {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const sheetEls = sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  const has = (path: string) => extra.some((e) => e.name === path);
  const rels = [
    ...sheets.map(
      (s, i) =>
        `<Relationship Id="rId${i + 1}" Type="${rel}/${s.type ?? "worksheet"}" Target="worksheets/sheet${i + 1}.xml"/>`,
    ),
    has("xl/sharedStrings.xml")
      ? `<Relationship Id="rIdS" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>`
      : "",
    has("xl/styles.xml")
      ? `<Relationship Id="rIdT" Type="${rel}/styles" Target="styles.xml"/>`
      : "",
  ].join("");
  return [
    entry(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    entry(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    entry(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} xmlns:r="${rel}"><sheets>${sheetEls}</sheets></workbook>`,
    ),
    entry(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    ),
    ...sheets.map((s, i) => {
      const name = `xl/worksheets/sheet${i + 1}.xml`;
      return typeof s.sheet === "string" ? entry(name, s.sheet) : { ...s.sheet, name };
    }),
    ...extra,
  ];
}

/** A one-sheet workbook. */
export function workbook(sheet: string | RawEntry, name = "Mentorer"): Uint8Array {
  return zip(workbookEntries([{ name, sheet }]));
}
