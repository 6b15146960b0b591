import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { municipalityHint, resolveMunicipalityTable } from "../../src/geo/municipalities.js";
import { SWEDISH_MUNICIPALITIES, safeParseCohort } from "../../src/index.js";
import { issueText } from "../../src/phrasebook/readIssues.js";

const table = resolveMunicipalityTable();
const nameOf = (text: string) => table.resolve(text)?.name;

describe("the built-in table: every Swedish municipality", () => {
  it("has 290 municipalities with unique codes and names", () => {
    expect(SWEDISH_MUNICIPALITIES).toHaveLength(290);
    expect(new Set(SWEDISH_MUNICIPALITIES.map((m) => m.code)).size).toBe(290);
    expect(new Set(SWEDISH_MUNICIPALITIES.map((m) => m.name)).size).toBe(290);
  });

  it.each([
    ["Mark", "Mark"],
    ["Marks kommun", "Mark"],
    ["MARKS KOMMUN", "Mark"],
    ["marks  kommun ", "Mark"],
    ["1463", "Mark"],
    ["Ulricehamns kommun", "Ulricehamn"],
    ["Borås Stad", "Borås"],
    ["Borås kommun", "Borås"],
    ["Bora\u030as", "Borås"],
    ["Falu kommun", "Falun"],
    ["Falun", "Falun"],
    ["Region Gotland", "Gotland"],
    ["Gotlands kommun", "Gotland"],
    ["Göteborgs Stad", "Göteborg"],
    ["Gothenburg", "Göteborg"],
    ["Stockholms stad", "Stockholm"],
    ["0180", "Stockholm"],
    ["180", "Stockholm"],
    ["Malmö stad", "Malmö"],
    ["Upplands-Väsby", "Upplands Väsby"],
    ["Upplands Väsby kommun", "Upplands Väsby"],
    ["Upplands-Bro kommun", "Upplands-Bro"],
    ["upplands bro", "Upplands-Bro"],
    ["Ale kommun", "Ale"],
    ["Herrljunga kommun", "Herrljunga"],
    ["Mark Municipality", "Mark"],
  ])("%s is %s", (text, name) => {
    expect(nameOf(text)).toBe(name);
  });

  it.each([
    ["Mark", "Markaryd"],
    ["Marks kommun", "Markaryds kommun"],
    ["Sala", "Salem"],
    ["Salas kommun", "Salems kommun"],
    ["Ale", "Alingsås"],
    ["Habo", "Håbo"],
  ])("never merges %s and %s", (a, b) => {
    expect(nameOf(a)).toBeDefined();
    expect(nameOf(b)).toBeDefined();
    expect(nameOf(a)).not.toBe(nameOf(b));
  });

  it("every spelling the table derives names exactly one municipality", () => {
    for (const m of SWEDISH_MUNICIPALITIES) {
      const gen = /[sxz]$/u.test(m.name) ? m.name : `${m.name}s`;
      for (const text of [
        m.name,
        m.code!,
        `${m.name} kommun`,
        `${gen} kommun`,
        `${m.name} stad`,
        `${gen} Stad`,
        `${m.name} municipality`,
      ]) {
        expect(nameOf(text), text).toBe(m.name);
      }
    }
  });

  it("resolves case, composed or decomposed letters, hyphens and spaces to the same municipality", () => {
    const variant = fc.record({
      m: fc.constantFrom(...SWEDISH_MUNICIPALITIES),
      upper: fc.boolean(),
      nfd: fc.boolean(),
      suffix: fc.constantFrom("", " kommun", " Kommun", " stad"),
      pad: fc.constantFrom("", " ", "  "),
    });
    fc.assert(
      fc.property(variant, ({ m, upper, nfd, suffix, pad }) => {
        let text = `${pad}${m.name.replace(/ /gu, "-")}${suffix}${pad}`;
        if (upper) text = text.toUpperCase();
        if (nfd) text = text.normalize("NFD");
        expect(nameOf(text)).toBe(m.name);
      }),
    );
  });

  it("unknown names are not resolved, however close", () => {
    for (const text of ["Boras", "Kinna", "Marks", "Norge", "Oslo kommune", "9999"]) {
      expect(nameOf(text), text).toBeUndefined();
    }
  });
});

describe("did you mean", () => {
  it.each([
    ["Boras", { suggestions: ["Borås"] }],
    ["Ulricehamm", { suggestions: ["Ulricehamn"] }],
    ["Boras kommun", { suggestions: ["Borås"] }],
    ["Kinna", { suggestions: ["Kinda"], seatOf: "Mark" }],
    ["Oslo", { suggestions: [] }],
  ])("%s", (text, hint) => {
    expect(municipalityHint(text, table)).toEqual(hint);
  });

  it("the error under a hard rule says it, in English and in Swedish", () => {
    const person = (id: string, municipality: string) => ({
      id,
      municipality,
      sector: id,
      managerYears: 9,
      managerConsent: true,
    });
    const r = safeParseCohort({
      mentors: [person("M1", "Boras")],
      adepts: [person("A1", "Kinna")],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^"Boras" is not a Swedish municipality; did you mean "Borås"\?/u),
      expect.stringMatching(
        /^"Kinna" is not a Swedish municipality; "Kinna" is the seat of Mark: write "Mark"/u,
      ),
    ]);
    expect(issueText(r.issues[0]!, "sv")).toMatch(
      /^"Boras" är ingen svensk kommun; menade du "Borås"\?/u,
    );
  });
});

describe("the caller's own places", () => {
  it("a place without coordinates is known to the rules, and has no point", () => {
    const own = resolveMunicipalityTable({ municipalities: [{ name: "Oslo" }] });
    expect(own.resolve("oslo kommun")?.name).toBe("Oslo");
    expect(own.find("Oslo")).toBeUndefined();
  });

  it("an own place with a built-in name replaces it", () => {
    const own = resolveMunicipalityTable({
      municipalities: [{ name: "Borås", lat: 1, lon: 2 }],
    });
    expect(own.find("Borås Stad")).toEqual({ name: "Borås", lat: 1, lon: 2 });
    expect(own.find("1490")).toBeUndefined();
  });

  it("without the built-in table only own places are known", () => {
    const own = resolveMunicipalityTable({
      builtinMunicipalities: false,
      municipalities: [{ name: "Oslo", lat: 59.91, lon: 10.75 }],
    });
    expect(own.resolve("Borås")).toBeUndefined();
    expect(own.resolve("Oslo")?.name).toBe("Oslo");
  });

  it("rejects a place with only one coordinate", () => {
    expect(() => resolveMunicipalityTable({ municipalities: [{ name: "X", lat: 1 }] })).toThrow(
      TypeError,
    );
  });
});

describe("a table's memory of the texts it resolved", () => {
  it("answers a text as a fresh table does, however many texts came before (it starts over past its bound)", () => {
    const used = resolveMunicipalityTable();
    const texts = ["Borås", "Marks kommun", " 1490", "Oslo", "Ulricehamns kommun", "Gotland"];
    const want = texts.map((t) => resolveMunicipalityTable().resolve(t)?.name ?? null);
    for (let round = 0; round < 3; round++) {
      expect(texts.map((t) => used.resolve(t)?.name ?? null)).toEqual(want);
      expect(texts.map((t) => used.find(t)?.name ?? null)).toEqual(
        texts.map((t) => resolveMunicipalityTable().find(t)?.name ?? null),
      );
      for (let i = 0; i < 3000; i++) used.resolve(`Ort ${round}-${i}`);
    }
    expect(want.filter((w) => w !== null).length).toBeGreaterThan(3);
  });
});
