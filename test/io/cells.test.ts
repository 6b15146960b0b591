import { describe, expect, it, test } from "vitest";
import {
  readBoolean,
  readEducationLevel,
  readLeadershipLevel,
  readList,
  readNumber,
  readRole,
} from "../../src/io/cells.js";
import { decodeText, detectDelimiter } from "../../src/io/index.js";
import { kindFromName } from "../../src/io/tableKind.js";

describe("decodeText", () => {
  it("strips a UTF-8 byte-order mark", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa5]))).toEqual({
      text: "Aå",
      encoding: "utf-8",
    });
  });

  it("takes invalid UTF-8 as Windows-1252", () => {
    expect(decodeText(new Uint8Array([0x42, 0x6f, 0x72, 0xe5, 0x73, 0x80]))).toEqual({
      text: "Borås€",
      encoding: "windows-1252",
    });
  });

  it("maps Windows-1252's curly quotes and dashes, which some runtimes decode as control characters", () => {
    // “nätverk” – stöd’ in Windows-1252
    const bytes = [
      0x93, 0x6e, 0xe4, 0x74, 0x76, 0x65, 0x72, 0x6b, 0x94, 0x20, 0x96, 0x20, 0x73, 0x74, 0xf6,
      0x64, 0x92,
    ];
    expect(decodeText(new Uint8Array(bytes)).text).toBe("\u201cnätverk\u201d \u2013 stöd\u2019");
  });

  it("reads UTF-16 LE with a byte-order mark (Excel's Unicode text)", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xe5, 0x00, 0x41, 0x00])).text).toBe("åA");
  });
});

describe("detectDelimiter", () => {
  test.each([
    ["id,kommun,sektor\nM1,Borås,Skola", ","],
    ["id;kommun;år som chef\nM1;Borås;2,5", ";"],
    ["id\tkommun\tsektor", "\t"],
    ['"a,b";c;d', ";"],
    ["\n\nid;Utbildning (nivå, område);x", ";"],
  ])("%j -> %j", (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe("cells", () => {
  test.each([
    [2.5, 2.5],
    ["2,5", 2.5],
    ["2.5", 2.5],
    [" 1 200 ", 1200],
    ["-3", -3],
    ["12 år", 12],
    ["2,5 years", 2.5],
    ["40 st", 40],
  ])("readNumber(%j) is %j", (cell, value) => {
    expect(readNumber(cell)).toEqual({ ok: true, value });
  });

  test.each([["tio"], ["2,5,1"], ["år"], [true]])("readNumber(%j) is not a number", (cell) => {
    expect(readNumber(cell)).toMatchObject({ ok: false, code: "not_a_number" });
  });

  test.each([
    ["Ja", true],
    ["nej", false],
    ["YES", true],
    ["no", false],
    ["x", true],
    ["1", true],
    ["0", false],
    ["SANT", true],
    ["FALSKT", false],
    [true, true],
    [0, false],
  ])("readBoolean(%j) is %j", (cell, value) => {
    expect(readBoolean(cell)).toEqual({ ok: true, value });
  });

  it("readBoolean refuses anything else", () => {
    expect(readBoolean("kanske").ok).toBe(false);
  });

  test.each([
    ["gymnasial", "upper-secondary"],
    ["Gymnasium", "upper-secondary"],
    ["Eftergymnasial", "post-secondary"],
    ["YH", "post-secondary"],
    ["kandidat", "bachelor"],
    ["Magister", "master"],
    ["master", "master"],
    ["Doktorsexamen", "doctorate"],
    ["post-secondary", "post-secondary"],
  ])("readEducationLevel(%j) is %j", (cell, value) => {
    expect(readEducationLevel(cell)).toEqual({ ok: true, value });
  });

  test.each([
    ["Första linjen", "first-line"],
    ["andra linjen", "second-line"],
    ["Högre", "senior"],
    ["ledningsgrupp", "senior"],
    ["first-line", "first-line"],
  ])("readLeadershipLevel(%j) is %j", (cell, value) => {
    expect(readLeadershipLevel(cell)).toEqual({ ok: true, value });
  });

  test.each([
    ["Mentor", "mentor"],
    ["adept", "adept"],
    ["Mentee", "adept"],
    ["Adepter", "adept"],
  ])("readRole(%j) is %j", (cell, value) => {
    expect(readRole(cell)).toEqual({ ok: true, value });
  });

  it("readList splits on | ; , and line breaks, whatever the file's delimiter", () => {
    expect(readList("a | b; c, d")).toEqual({ ok: true, value: ["a", "b", "c", "d"] });
    expect(readList("a; b, c")).toEqual({ ok: true, value: ["a", "b", "c"] });
    expect(readList("a\nb\r\nc;;")).toEqual({ ok: true, value: ["a", "b", "c"] });
  });
});

describe("kindFromName", () => {
  test.each([
    ["Mentorer", "mentors"],
    ["adepter_vt2024.csv", "adepts"],
    ["Mentees.xlsx", "adepts"],
    ["Låsta par", "locked"],
    ["UNDANTAG", "exclusions"],
    ["Historik 2023", "history"],
    ["mentorpair-cohort.csv", undefined],
    ["mentorer och adepter", undefined],
    ["Blad1", undefined],
  ])("%j -> %j", (name, kind) => {
    expect(kindFromName(name)).toBe(kind);
  });
});
