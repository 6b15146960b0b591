/**
 * `JSON.stringify`'s text, written as UTF-8 bytes straight into a SHA-256 digest through one
 * fixed buffer: the audit's input hash (match/match.ts) without the text of a whole cohort as
 * strings (at 500 + 500 about 0.9 MB of them, a third of what is left to collect after a match,
 * and 1.5x the time). Plain data (strings, numbers, booleans, null, arrays, objects with
 * `Object.prototype` or none) is written here; anything else (a `toJSON`, a class instance, a
 * boxed value, a prototype with enumerable keys) is written as `JSON.stringify` writes it, so the
 * bytes are always its text's. A test holds the two to each other on generated values.
 */
import type { Sha256Sink } from "./hash.js";

/** Bytes gathered before they go to the digest. */
const SIZE = 1 << 16;
/**
 * The buffer of the last digest that ended, for the next one: a fresh 64 KB per digest made a
 * 6 + 6 match 0.2 ms slower (0.64-0.68 against 0.84-0.91 ms in the bench). A digest begun while
 * another runs (from a `toJSON`) gets one of its own.
 */
let spare: Uint8Array | null = null;
/** Nesting below which values are written here (deeper ones, and cycles, by `JSON.stringify`). */
const DEPTH = 32;
const QUOTE = 34;
const BACKSLASH = 92;

/** The hex digit of 0..15, lower case as `JSON.stringify` writes `\u` escapes. */
const hexDigit = (d: number) => (d < 10 ? 48 + d : 87 + d);

/**
 * A SHA-256 digest of JSON text written piece by piece: `json(v)` adds `JSON.stringify(v)`'s
 * text (`v` a value `JSON.stringify` gives text for), `text(s)` a string as it is.
 *
 * @example
 * const d = new JsonDigest(sha256Sink()); d.text('{"a":'); d.json([1, "å"]); d.text("}");
 * d.hex() // SHA-256 of '{"a":[1,"å"]}' as UTF-8
 */
export class JsonDigest {
  private buf: Uint8Array;
  private at = 0;
  /** Whether `Object.prototype` has enumerable keys (a `for...in` would read them). */
  private readonly inherited: boolean;

  constructor(private readonly sink: Sha256Sink) {
    this.buf = spare ?? new Uint8Array(SIZE);
    spare = null;
    let inherited = false;
    for (const _ in {}) inherited = true;
    this.inherited = inherited;
  }

  /** `JSON.stringify(v)`'s text. */
  json(v: unknown): void {
    if (this.inherited) this.text(JSON.stringify(v) ?? "undefined");
    else this.value(v, 0);
  }

  /** A string as UTF-8 (a lone surrogate as U+FFFD, as Node and `TextEncoder` encode it). */
  text(s: string): void {
    for (let i = 0; i < s.length; i++) {
      this.room(4);
      i = this.utf8(s, i, false);
    }
  }

  /** The digest of everything written, in hex. */
  hex(): string {
    this.flush();
    if (this.buf.length === SIZE) spare = this.buf;
    return this.sink.hex();
  }

  private value(v: unknown, depth: number): void {
    if (typeof v === "string") this.string(v);
    else if (typeof v === "number") this.number(v);
    else if (typeof v === "boolean") this.ascii(v ? "true" : "false");
    else if (v === null) this.ascii("null");
    else if (typeof v !== "object" || depth > DEPTH) this.text(JSON.stringify(v));
    else {
      const proto: unknown = Object.getPrototypeOf(v);
      const o = v as Record<string, unknown>;
      if (Array.isArray(v) && proto === Array.prototype) this.array(v, depth);
      else if ((proto === Object.prototype || proto === null) && typeof o.toJSON !== "function")
        this.object(o, depth);
      else this.text(JSON.stringify(v));
    }
  }

  private array(v: readonly unknown[], depth: number): void {
    this.byte(91);
    for (let i = 0; i < v.length; i++) {
      if (i > 0) this.byte(44);
      const x = v[i];
      if (x === undefined || typeof x === "function" || typeof x === "symbol") this.ascii("null");
      else this.value(x, depth + 1);
    }
    this.byte(93);
  }

  private object(o: Record<string, unknown>, depth: number): void {
    this.byte(123);
    let first = true;
    for (const k in o) {
      const x = o[k];
      if (x === undefined || typeof x === "function" || typeof x === "symbol") continue;
      if (!first) this.byte(44);
      first = false;
      this.string(k);
      this.byte(58);
      this.value(x, depth + 1);
    }
    this.byte(125);
  }

  /** A number as `JSON.stringify` writes it: whole numbers digit by digit, no text made. */
  private number(v: number): void {
    if (!Number.isInteger(v) || Math.abs(v) >= 2 ** 31) {
      this.ascii(Number.isFinite(v) ? String(v) : "null");
      return;
    }
    this.room(11);
    let n = v;
    if (n < 0) {
      this.buf[this.at++] = 45;
      n = -n;
    }
    let digits = 1;
    for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
    for (let i = digits - 1; i >= 0; i--) {
      this.buf[this.at + i] = 48 + (n % 10);
      n = Math.floor(n / 10);
    }
    this.at += digits;
  }

  /** A string in quotes, escaped as `JSON.stringify` escapes it. */
  private string(s: string): void {
    const n = s.length;
    this.room(n + 2);
    const buf = this.buf;
    let at = this.at;
    buf[at++] = QUOTE;
    // Printable ASCII but for the quote and the backslash, byte for byte (most names and tags).
    let i = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === QUOTE || c === BACKSLASH) break;
      buf[at++] = c;
    }
    this.at = at;
    for (; i < n; i++) {
      this.room(12);
      i = this.utf8(s, i, true);
    }
    this.byte(QUOTE);
  }

  /**
   * The character of `s` at `i` (two code units for a pair of surrogates) as UTF-8, escaped as
   * JSON escapes it when `json`; returns the index of its last code unit. Room for 12 bytes.
   */
  private utf8(s: string, i: number, json: boolean): number {
    const buf = this.buf;
    const c = s.charCodeAt(i);
    if (json && (c < 0x20 || c === QUOTE || c === BACKSLASH)) {
      buf[this.at++] = BACKSLASH;
      const short =
        c === QUOTE || c === BACKSLASH
          ? c
          : c === 8
            ? 98
            : c === 12
              ? 102
              : c === 10
                ? 110
                : c === 13
                  ? 114
                  : c === 9
                    ? 116
                    : 0;
      if (short !== 0) buf[this.at++] = short;
      else this.unicodeEscape(c);
      return i;
    }
    if (c < 0x80) {
      buf[this.at++] = c;
      return i;
    }
    if (c < 0x800) {
      buf[this.at++] = 0xc0 | (c >> 6);
      buf[this.at++] = 0x80 | (c & 63);
      return i;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        buf[this.at++] = 0xf0 | (cp >> 18);
        buf[this.at++] = 0x80 | ((cp >> 12) & 63);
        buf[this.at++] = 0x80 | ((cp >> 6) & 63);
        buf[this.at++] = 0x80 | (cp & 63);
        return i + 1;
      }
      // A lone surrogate: JSON escapes it; as text it is U+FFFD.
      if (json) {
        buf[this.at++] = BACKSLASH;
        this.unicodeEscape(c);
        return i;
      }
      buf[this.at++] = 0xef;
      buf[this.at++] = 0xbf;
      buf[this.at++] = 0xbd;
      return i;
    }
    buf[this.at++] = 0xe0 | (c >> 12);
    buf[this.at++] = 0x80 | ((c >> 6) & 63);
    buf[this.at++] = 0x80 | (c & 63);
    return i;
  }

  /** `u` and four lower-case hex digits (after the backslash). */
  private unicodeEscape(c: number): void {
    const buf = this.buf;
    buf[this.at++] = 117;
    for (let shift = 12; shift >= 0; shift -= 4) buf[this.at++] = hexDigit((c >> shift) & 15);
  }

  private ascii(s: string): void {
    this.room(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.at++] = s.charCodeAt(i);
  }

  private byte(b: number): void {
    this.room(1);
    this.buf[this.at++] = b;
  }

  /** Room for `n` more bytes: the buffer goes to the digest when full (grows for a longer piece). */
  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    this.flush();
    if (n > this.buf.length) this.buf = new Uint8Array(n);
  }

  private flush(): void {
    if (this.at > 0) this.sink.update(this.buf.subarray(0, this.at));
    this.at = 0;
  }
}
