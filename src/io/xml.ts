import { printable } from "../util/quote.js";
import { unreadableFailure } from "./limits.js";

/** What a part's reader does with the XML as it streams past. */
export interface XmlHandler {
  /**
   * A start tag, or an empty-element tag (then `close` follows at once). `name` has no
   * namespace prefix; `attrs` is the raw attribute text, for `attributes` when needed.
   */
  open(name: string, attrs: string): void;
  close(name: string): void;
  /** Character data, entities decoded; one text node may come in several pieces. */
  text(text: string): void;
}

/** The most a single tag, comment or CDATA section may hold: none is near this in a workbook. */
const MAX_TOKEN = 1 << 20;
/** The deepest nesting allowed: a workbook's parts nest a dozen levels or so. */
const MAX_DEPTH = 1000;
/** Longest entity reference ("&#x10FFFF;"): text ending in an "&" shorter than this may go on. */
const MAX_ENTITY = 12;

const malformed = (why: string) => unreadableFailure(`its XML is malformed: ${why}`);

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/**
 * Text with XML's entity and character references decoded (unknown ones kept as written).
 *
 * @example
 * decodeEntities("Bor&#229;s &amp; Mark") // "Borås & Mark"
 */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/giu, (whole, ref) => {
    const r = ref as string;
    if (r[0] !== "#") return NAMED[r] ?? whole;
    const code =
      r[1] === "x" || r[1] === "X" ? Number.parseInt(r.slice(2), 16) : Number(r.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** The part of a qualified name after its namespace prefix: `x:row` is `row`. */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * A tag's attributes by local name (namespace prefixes dropped, so `r:id` is `id`), values
 * with entities decoded. A `Map`, so an attribute named `__proto__` is just a name.
 *
 * @example
 * attributes(' r="A1" t="s"').get("t") // "s"
 */
export function attributes(raw: string): Map<string, string> {
  // A loop rather than a regular expression: one that backtracks would be quadratic in a
  // hostile megabyte-long tag.
  const out = new Map<string, string>();
  let i = 0;
  while (i < raw.length) {
    while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
    const start = i;
    while (i < raw.length && raw[i] !== "=" && !isSpace(raw.charCodeAt(i))) i++;
    const name = raw.slice(start, i);
    while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
    if (raw[i] !== "=") {
      if (i === start) i++;
      continue;
    }
    i++;
    while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
    const quote = raw[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = raw.indexOf(quote, i + 1);
    if (close < 0) break;
    out.set(localName(name), decodeEntities(raw.slice(i + 1, close)));
    i = close + 1;
  }
  return out;
}

/** Index of the `>` that ends the tag starting before `from`, skipping quoted values; or -1. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return -1;
}

/**
 * A streaming XML scanner: text goes in a piece at a time and the handler hears tags and text
 * as they complete. It keeps only the unfinished tail (at most one tag, held to 1 MiB), works
 * in one loop with no recursion, and so runs in time linear in the input whatever its shape.
 * Enough XML for OOXML parts: no DTDs (OOXML forbids them, and refusing them rules out entity
 * expansion), comments and processing instructions skipped, CDATA read as text.
 *
 * @example
 * const scanner = new XmlScanner({ open: (n) => console.log(n), close() {}, text() {} });
 * scanner.push("<row><c r"); scanner.push('="A1"/></row>'); scanner.end(); // row, c
 */
export class XmlScanner {
  private rest = "";
  /** The open elements, so an end tag that does not match is caught rather than misread. */
  private readonly open: string[] = [];

  constructor(private readonly handler: XmlHandler) {}

  /** Scans the next piece of the document. */
  push(piece: string): void {
    this.scan(this.rest === "" ? piece : this.rest + piece, false);
  }

  /** Scans what is left; the document must not end inside a tag. */
  end(): void {
    this.scan(this.rest, true);
    if (this.rest !== "") throw malformed("it ends inside a tag");
    if (this.open.length > 0) throw malformed(`<${printable(this.open.at(-1)!)}> is never closed`);
  }

  private start(name: string): void {
    if (this.open.length >= MAX_DEPTH) {
      throw malformed(`elements are nested more than ${MAX_DEPTH} deep`);
    }
    this.open.push(name);
  }

  private finish(name: string): void {
    const top = this.open.pop();
    if (top !== name) {
      throw malformed(
        top === undefined
          ? `</${printable(name)}> closes nothing`
          : `<${printable(top)}> is closed by </${printable(name)}>`,
      );
    }
  }

  private scan(s: string, final: boolean): void {
    const h = this.handler;
    let pos = 0;
    while (pos < s.length) {
      const lt = s.indexOf("<", pos);
      if (lt < 0) {
        let stop = s.length;
        // Keep a possibly unfinished entity ("&am") for the next piece.
        const amp = s.lastIndexOf("&");
        if (!final && amp >= pos && s.length - amp < MAX_ENTITY && !s.includes(";", amp)) {
          stop = amp;
        }
        if (stop > pos) h.text(decodeEntities(s.slice(pos, stop)));
        pos = stop;
        break;
      }
      if (lt > pos) h.text(decodeEntities(s.slice(pos, lt)));
      pos = lt;
      const next = s.charCodeAt(pos + 1);
      if (Number.isNaN(next)) break;
      if (next === 0x21) {
        // "<!": a comment, CDATA, or a declaration (a DTD).
        if (s.length - pos < 9 && !final) break;
        if (s.startsWith("<!--", pos)) {
          const e = s.indexOf("-->", pos + 4);
          if (e < 0) break;
          pos = e + 3;
        } else if (s.startsWith("<![CDATA[", pos)) {
          const e = s.indexOf("]]>", pos + 9);
          if (e < 0) break;
          h.text(s.slice(pos + 9, e));
          pos = e + 3;
        } else {
          throw malformed("it has a document type declaration, which a workbook never has");
        }
        continue;
      }
      if (next === 0x3f) {
        const e = s.indexOf("?>", pos + 2);
        if (e < 0) break;
        pos = e + 2;
        continue;
      }
      const end = tagEnd(s, pos + 1);
      if (end < 0) break;
      if (next === 0x2f) {
        const qname = s.slice(pos + 2, end).trim();
        this.finish(qname);
        h.close(localName(qname));
      } else {
        const empty = s.charCodeAt(end - 1) === 0x2f;
        const bodyEnd = empty ? end - 1 : end;
        let n = pos + 1;
        while (n < bodyEnd && !isSpace(s.charCodeAt(n))) n++;
        const qname = s.slice(pos + 1, n);
        const name = localName(qname);
        if (name === "") throw malformed('a tag has no name ("<" in text must be written &lt;)');
        if (!empty) this.start(qname);
        h.open(name, s.slice(n, bodyEnd));
        if (empty) h.close(name);
      }
      pos = end + 1;
    }
    this.rest = pos < s.length ? s.slice(pos) : "";
    if (this.rest.length > MAX_TOKEN) {
      throw malformed("a tag, comment or CDATA section is longer than 1 MiB");
    }
  }
}

/**
 * Decodes a part's bytes as they are unpacked (UTF-8, or UTF-16 with a byte-order mark, as XML
 * allows) and feeds the scanner. Bytes that are not valid text make the part unreadable rather
 * than turn silently into U+FFFD.
 *
 * @example
 * const xml = new XmlBytes(handler); xml.push(chunk); xml.end();
 */
export class XmlBytes {
  private decoder: TextDecoder | undefined;
  private readonly scanner: XmlScanner;

  constructor(handler: XmlHandler) {
    this.scanner = new XmlScanner(handler);
  }

  push(chunk: Uint8Array): void {
    if (this.decoder === undefined) {
      const label =
        chunk[0] === 0xff && chunk[1] === 0xfe
          ? "utf-16le"
          : chunk[0] === 0xfe && chunk[1] === 0xff
            ? "utf-16be"
            : "utf-8";
      this.decoder = new TextDecoder(label, { fatal: true });
    }
    this.scanner.push(this.decode(chunk, true));
  }

  end(): void {
    if (this.decoder !== undefined) this.scanner.push(this.decode(new Uint8Array(0), false));
    this.scanner.end();
  }

  private decode(chunk: Uint8Array, stream: boolean): string {
    try {
      return this.decoder!.decode(chunk, { stream });
    } catch {
      throw unreadableFailure("a part of it is not valid UTF-8 text");
    }
  }
}
