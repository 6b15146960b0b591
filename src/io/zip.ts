import { Inflate } from "fflate";
import { quote } from "../util/quote.js";
import { crc32 } from "./crc32.js";
import {
  bytesText,
  countText,
  ReadFailure,
  type ReadLimits,
  tooLargeFailure,
  unreadableFailure,
} from "./limits.js";

/** One file inside a zip archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** The unpacked size the archive declares (a hostile archive may lie; unpacking checks). */
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/**
 * Compressed bytes given to the inflater at a time: at most ~1,032 times as many (about 4 MB)
 * come out of one step. Measured: 16 KB steps were no faster, and a bomb then peaked 100 MB
 * higher.
 */
const INPUT_STEP = 4096;

const damaged = (why: string) => unreadableFailure(`the zip archive is damaged: ${why}`);

/** A 64-bit little-endian number that must fit a JavaScript number exactly. */
function uint64(view: DataView, at: number): number {
  const n = view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
  if (!Number.isSafeInteger(n)) throw damaged("a size is out of range");
  return n;
}

function notZip(bytes: Uint8Array): ReadFailure {
  // An OLE compound file: an old .xls, or an .xlsx saved with a password (Excel encrypts those).
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return unreadableFailure(
    ole
      ? "it is an old .xls file or a password-protected workbook: remove the password and save it as .xlsx"
      : "it is not a zip archive, which every .xlsx file is",
  );
}

/** Finds the end-of-central-directory record: entry count and where the directory is. */
function directoryPlace(bytes: Uint8Array, view: DataView) {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let at = bytes.length - 22;
  while (at >= lowest && view.getUint32(at, true) !== EOCD) at--;
  if (at < lowest) throw notZip(bytes);
  let entries = view.getUint16(at + 10, true);
  let size = view.getUint32(at + 12, true);
  let offset = view.getUint32(at + 16, true);
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // Zip64: the real numbers are in a record the locator just before this one points to.
    const loc = at - 20;
    if (loc >= 0 && view.getUint32(loc, true) === ZIP64_LOCATOR) {
      const rec = uint64(view, loc + 8);
      if (rec + 56 > bytes.length || view.getUint32(rec, true) !== ZIP64_EOCD) {
        throw damaged("its zip64 directory record is missing");
      }
      entries = uint64(view, rec + 32);
      size = uint64(view, rec + 40);
      offset = uint64(view, rec + 48);
    }
  }
  if (offset + size > bytes.length) throw damaged("its directory lies beyond the end of the file");
  return { entries, offset, size };
}

/** Sizes and offset from a central entry's zip64 extra field, for those that are 0xFFFFFFFF. */
function zip64Sizes(
  view: DataView,
  extra: number,
  extraEnd: number,
  fields: { size: number; compressedSize: number; localOffset: number },
): void {
  let at = extra;
  while (at + 4 <= extraEnd) {
    const id = view.getUint16(at, true);
    const len = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let p = at + 4;
      const end = Math.min(p + len, extraEnd);
      for (const key of ["size", "compressedSize", "localOffset"] as const) {
        if (fields[key] !== 0xffffffff) continue;
        if (p + 8 > end) throw damaged("a zip64 field is cut short");
        fields[key] = uint64(view, p);
        p += 8;
      }
      return;
    }
    at += 4 + len;
  }
}

/**
 * The entries of a zip archive, read from its central directory. Throws a `ReadFailure` for a
 * file that is not a zip archive, a damaged one, or one with more than `limits.zipEntries`
 * entries (checked before any entry is read).
 *
 * @example
 * const entries = readZipDirectory(bytes, READ_LIMITS); // [{ name: "xl/workbook.xml", ... }, ...]
 */
export function readZipDirectory(bytes: Uint8Array, limits: ReadLimits): ZipEntry[] {
  if (bytes.length < 22) throw notZip(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const place = directoryPlace(bytes, view);
  if (place.entries > limits.zipEntries) {
    throw tooLargeFailure(
      "zipEntries",
      limits.zipEntries,
      `its zip archive has ${countText(place.entries)} entries, and mentorpair reads workbooks of at most ${countText(limits.zipEntries)} (READ_LIMITS.zipEntries)`,
    );
  }
  const names = new TextDecoder("utf-8");
  const out: ZipEntry[] = [];
  let at = place.offset;
  const end = place.offset + place.size;
  for (let i = 0; i < place.entries; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) {
      throw damaged("its directory is cut short");
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > end) throw damaged("its directory is cut short");
    const fields = {
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    const extra = at + 46 + nameLength;
    zip64Sizes(view, extra, extra + extraLength, fields);
    out.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      ...fields,
    });
    at = next;
  }
  return out;
}

/** Unpacked bytes so far, shared by the parts of one workbook. */
export interface InflateBudget {
  used: number;
}

function tooLarge(limit: number, perPart: boolean, what: string): ReadFailure {
  const [per, name] = perPart ? ["per part", "partBytes"] : ["in all", "workbookBytes"];
  return tooLargeFailure(
    name,
    limit,
    `${what} unpacks to more than ${bytesText(limit)}, and mentorpair unpacks at most ${bytesText(limit)} of a workbook ${per} (READ_LIMITS.${name})`,
  );
}

/**
 * Unpacks one entry, handing its bytes to `onChunk` a piece at a time (never all at once), and
 * stops with a `ReadFailure` as soon as it passes `limits.partBytes`, or the workbook's budget
 * passes `limits.workbookBytes`: a small file that would unpack to gigabytes costs no more
 * than the limit. Checks the size and CRC the archive declares. `what` names the part in
 * messages ("sheet \"Mentorer\"").
 *
 * @example
 * inflateEntry(bytes, entry, READ_LIMITS, { used: 0 }, "sheet \"Mentorer\"", (c) => xml.push(c));
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: ReadLimits,
  budget: InflateBudget,
  what: string,
  onChunk: (chunk: Uint8Array) => void,
): void {
  if (entry.flags & 1) {
    throw unreadableFailure("it is password-protected: remove the password and save it again");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) {
    throw damaged(`${quote(entry.name)} is not where its directory says`);
  }
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) throw damaged(`${quote(entry.name)} runs past the end of the file`);
  // The declared size may be a lie, but when it is honest a bomb is refused before any work.
  const partCap = limits.partBytes;
  const totalCap = limits.workbookBytes;
  if (entry.size > partCap) throw tooLarge(partCap, true, what);
  if (budget.used + entry.size > totalCap) throw tooLarge(totalCap, false, "the workbook");
  let produced = 0;
  let crc = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    budget.used += chunk.length;
    if (produced > partCap) throw tooLarge(partCap, true, what);
    if (budget.used > totalCap) throw tooLarge(totalCap, false, "the workbook");
    crc = crc32(chunk, crc);
    if (chunk.length > 0) onChunk(chunk);
  };
  if (entry.method === 0) {
    for (let at = start; at < stop; at += 65536) {
      take(bytes.subarray(at, Math.min(stop, at + 65536)));
    }
  } else if (entry.method === 8) {
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      if (start === stop) inflater.push(new Uint8Array(0), true);
      for (let at = start; at < stop; at += INPUT_STEP) {
        const next = Math.min(stop, at + INPUT_STEP);
        inflater.push(bytes.subarray(at, next), next === stop);
      }
    } catch (error) {
      if (error instanceof ReadFailure) throw error;
      throw damaged(`${quote(entry.name)} does not unpack (${(error as Error).message})`);
    }
  } else {
    throw unreadableFailure(
      `${quote(entry.name)} is packed with compression method ${entry.method}, which mentorpair does not read: save the workbook again from the spreadsheet program`,
    );
  }
  if (produced !== entry.size) {
    throw damaged(
      `${quote(entry.name)} unpacks to ${produced} bytes, but its header says ${entry.size}`,
    );
  }
  if (crc !== entry.crc) throw damaged(`${quote(entry.name)} fails its checksum`);
}
