import type { EligibilityFacts } from "../reasonFacts.js";
import { columnNames, FIELD_NAMES, isFieldPath } from "./fields.js";
import type { IssuePhrases } from "./issues.js";
import { placeText } from "./place.js";
import { SV_REASONS } from "./reasons.sv.js";

const list = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(", ");
const orList = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(" eller ");
const num = (n: number) => n.toLocaleString("sv-SE");
const role = (r: string) => (r === "mentor" ? "mentor" : "adept");
const roles = (r: string) => (r === "mentor" ? "mentorer" : "adepter");
const save = 'spara den igen som "CSV UTF-8" från kalkylprogrammet';

/**
 * A field's Swedish name (`phrasebook/fields.ts`); a column header as the sheet wrote it (quoted)
 * stays as it is. A group of fields ("offers/offerText": either of them) is named by its fields'
 * names; a column for both roles has no Swedish name and keeps its key.
 *
 * @example
 * svFieldName("managerYears") // "år som chef"
 * svFieldName("offers/offerText") // "erbjuder/vill bidra med"
 */
export function svFieldName(f: string): string {
  if (f.startsWith('"')) return f;
  const names = columnNames(f);
  if (names !== undefined) return names.sv ?? f;
  const group = f.split("/");
  return group.length > 1 && group.every(isFieldPath)
    ? group.map((p) => FIELD_NAMES[p].sv).join("/")
    : f;
}

const LIMIT: Readonly<Record<string, string>> = {
  fileBytes: "byte per fil",
  zipEntries: "poster i en arbetsbok",
  partBytes: "uppackade byte per del av en arbetsbok",
  workbookBytes: "uppackade byte per arbetsbok",
  rows: "rader per fil",
  columns: "kolumner",
  cells: "celler per fil",
  cellChars: "tecken per cell",
};

const EXPECTED: Readonly<Record<string, string>> = {
  number: "ett tal",
  int: "ett heltal",
  string: "text",
  boolean: "ja eller nej",
  array: "en lista",
  object: "ett objekt",
};

const RULE: Readonly<Record<string, string>> = {
  differentMunicipality: "olika kommuner",
  differentSector: "olika verksamhetsområden",
  differentWorkBackground: "olika arbetslivserfarenhet",
};

function hint(f: {
  readonly suggestions: readonly string[];
  readonly seatOf?: string;
  readonly text: string;
}) {
  if (f.seatOf !== undefined)
    return `; "${f.text}" är centralort i ${f.seatOf}: skriv "${f.seatOf}"`;
  return f.suggestions.length === 0 ? "" : `; menade du ${orList(f.suggestions)}?`;
}

/** The flat facts of an eligibility issue as the reasons' `EligibilityFacts`. */
const eligibilityFacts = (f: {
  readonly role: "mentor" | "adept";
  readonly years?: number;
  readonly least?: number;
  readonly consent?: "missing" | "refused";
}): EligibilityFacts => ({
  role: f.role,
  ...(f.years === undefined ? {} : { years: { has: f.years, least: f.least ?? 0 } }),
  ...(f.consent === undefined ? {} : { consent: f.consent }),
});

/** Swedish words for every input issue. */
export const SV_ISSUES: IssuePhrases = {
  unsupported_format: () =>
    "är inget format som mentorpair läser: använd .xlsx, .csv (komma, semikolon eller tabb), .tsv eller .json (en .xls- eller .ods-fil kan sparas som .xlsx)",
  empty_file: (f) => (f.what === "file" ? "filen är tom" : "arbetsboken har inga uppgifter"),
  unknown_table: (f) =>
    `det går inte att se om den innehåller mentorer eller adepter: lägg till en kolumn "roll" (mentor eller adept på varje rad), eller döp den till "Mentorer" eller "Adepter"${f.csv ? " (eller skriv mentor/adept i filnamnet)" : ""}`,
  sheet_ignored: () =>
    "läses inte: bladet heter inte Mentorer, Adepter, Undantag, Låsta eller Historik och har ingen kolumn för roll",
  unreadable_file: (f) =>
    `kan inte läsas som en Excel-arbetsbok (.xlsx); spara den som .xlsx eller CSV från kalkylprogrammet${f.detail === "" ? "" : ` (på engelska: ${f.detail})`}`,
  file_too_large: (f) =>
    `är för stor för att läsas: mentorpair läser högst ${num(f.max)} ${LIMIT[f.limit] ?? f.limit} (READ_LIMITS.${f.limit}; på engelska: ${f.detail})`,
  invalid_encoding: (f) => {
    const at = (n: number) => `rad ${n}`;
    switch (f.kind) {
      case "utf8_after_bom":
        return `börjar som UTF-8 men ${at(f.at)} har tecken som inte är UTF-8: ${save}`;
      case "mixed":
        return `blandar två teckenkodningar: ${at(f.utf8At ?? 1)} är UTF-8 men ${at(f.at)} är det inte, så alla å, ä och ö kan inte läsas rätt: ${save}`;
      case "not_windows_1252":
        return `är varken UTF-8 eller Windows-1252 (${at(f.at)} har ett tecken som Windows-1252 inte använder): ${save}`;
      case "utf16":
        return `är UTF-16-text med ett trasigt tecken på ${at(f.at)}: ${save}`;
      case "binary":
        if (f.looksLike === "zip")
          return "är ingen text utan ett zip-arkiv, troligen en Excel-arbetsbok: döp den till .xlsx";
        if (f.looksLike === "xls")
          return "är ingen text utan en gammal Excel .xls-fil (eller en lösenordsskyddad arbetsbok): spara den som .xlsx eller CSV";
        return `är ingen textfil (${at(f.at)} har en NUL-byte): spara den som .xlsx eller CSV från kalkylprogrammet`;
    }
  },
  csv_syntax: (f) =>
    `filen är inte giltig CSV${f.unclosedQuote ? ': en cell börjar med " men saknar avslutande "' : ""} (på engelska: ${f.detail})`,
  cell_too_long: (f) =>
    `cell ${f.cell} har ${num(f.length)} tecken, och mentorpair läser högst ${num(f.max)} tecken av en cell (READ_LIMITS.cellChars, det mesta Excel rymmer): resten läses inte`,
  invalid_json: (f) =>
    f.detail === undefined
      ? "måste innehålla ett objekt med listorna mentors och adepts"
      : `är inte giltig JSON (på engelska: ${f.detail})`,
  json_unknown_field: (f) => `okänt fält "${f.field}" (kända: ${f.known.join(", ")})`,
  json_not_list: () => "måste vara en lista (array)",
  too_many_people: (f) =>
    `har ${num(f.has)} rader med ${roles(f.side)}, men en kohort har högst ${num(f.max)} ${roles(f.side)}: dela upp programmet i mindre kohorter`,
  no_people: (f) =>
    `behöver minst en ${role(f.side)}: inga ${roles(f.side)} lästes (ett blad eller en fil som heter "${f.side === "mentor" ? "Mentorer" : "Adepter"}", eller rader med ${role(f.side)} i en kolumn för roll, läses som ${roles(f.side)})`,

  missing_header: (f) =>
    `kolumn ${f.column} har ett värde men ingen rubrik; ge kolumnen en rubrik eller töm den`,
  unknown_column: (f) =>
    `okänd kolumn, inget i den läses: ${
      f.suggestion !== undefined
        ? `menade du "${f.suggestion}"?`
        : f.pairs
          ? 'kolumnerna här är "mentor", "adept" och "anledning" (undantag, låsta) eller "omgång" (historik)'
          : "byt namn till en av: roll, kod, kommun, verksamhetsområde, år som chef, år i arbetslivet, tidigare verksamheter, utbildningsnivå, utbildningsområde, ledarnivå, antal medarbetare, ledarskapsområden, samrått med chef, erbjuder, vill bidra med, kapacitet, rangordning, önskemål, vill få ut, lat, lon, eller ta bort den"
    }`,
  duplicate_column: (f) =>
    `den här kolumnen och "${f.other}" anger båda ${svFieldName(f.field)}; behåll en av dem`,
  columns_not_read: (f) =>
    `läses inte och kopieras aldrig till något resultat: ${list(f.columns)} (namn, kontaktuppgifter och kommentarer används inte för matchningen)`,
  rows_above_header: (f) =>
    `läses inte: rubrikraden är rad ${f.header}, och raderna ovanför räknas som rubrik eller anteckningar`,
  missing_column: (f) =>
    `ingen kolumn för ${svFieldName(f.field)}: lägg till en kolumn ${orList(f.headers)}`,
  missing_role: () => "ingen roll: skriv mentor eller adept (raden läses inte)",
  missing_value: (f) =>
    `tom, men varje ${f.side === "pair" ? "rad här" : role(f.side)} behöver ett värde (${svFieldName(f.field)})`,
  wrong_column: (f) =>
    f.pairs
      ? `en rad i ${f.kind} har ingen ${svFieldName(f.field)}; töm cellen eller flytta den`
      : `${svFieldName(f.field)} gäller bara ${roles(f.owner ?? "mentor")}, men raden är en ${f.owner === "mentor" ? "adept" : "mentor"}; töm cellen eller rätta rollen`,

  not_a_number: (f) =>
    f.cell === undefined ? "är ett datum, inte ett tal" : `"${f.cell}" är inget tal`,
  not_a_boolean: (f) => `"${f.cell}" är inget ja/nej-svar (ja/nej, x)`,
  not_text: (f) =>
    f.got === "boolean"
      ? `är ett ja/nej-värde (${f.value}), text väntades`
      : "är ett datum, text väntades",
  unknown_value: (f) =>
    `"${f.cell}" är ${
      f.what === "education level"
        ? "ingen utbildningsnivå (använd gymnasial, eftergymnasial, kandidat, magister eller doktor)"
        : f.what === "leadership level"
          ? "ingen ledarnivå (använd första linjen, andra linjen eller högre)"
          : "ingen roll (använd mentor eller adept)"
    }${f.rowSkipped ? " (raden läses inte)" : ""}`,

  duplicate_id: (f) =>
    `koden "${f.id}" finns två gånger (också på ${f.alsoAt === undefined ? f.also : placeText(f.alsoAt, "sv")}); koder måste vara unika bland både mentorer och adepter`,
  unknown_id: (f) =>
    `ingen ${role(f.role)} har koden "${f.id}"${f.otherRole ? ` ("${f.id}" är en ${f.role === "mentor" ? "adept" : "mentor"})` : ""}`,
  duplicate_preference: (f) =>
    `${role(f.role)} "${f.id}" står redan i rangordningen (på plats ${num(f.at + 1)}); ange varje ${role(f.role)} en gång, den mest önskade först`,
  unknown_municipality: (f) =>
    `"${f.text}" är ingen svensk kommun${hint(f)}${hint(f).endsWith("?") ? "" : "."} Skriv kommunens namn eller fyrsiffriga kod; en ort utanför Sverige anges i options.municipalities, eller gör regeln differentMunicipality mjuk (soft) eller avstängd (off)`,
  unknown_municipality_code: (f) =>
    `kommunkoden "${f.text}" är ingen svensk kommunkod; skriv namnet, eller lägg till koden i options.municipalities`,
  locked_twice: (f) => `adepten "${f.id}" är redan låst på ${f.at}`,
  capacity_exceeded: (f) =>
    `mentorn "${f.id}" är låst till fler adepter än sin kapacitet (${num(f.capacity)})`,
  locked_conflict: (f) =>
    f.with === "exclusion"
      ? `paret ${f.pair} är både låst och undantaget`
      : `paret ${f.pair} är låst men har redan varit ett par (historik)`,
  locked_breaks_rule: (f) =>
    `det låsta paret ${f.pair} bryter mot den hårda regeln ${f.rules.map((r) => `om ${RULE[r] ?? r}${r === "differentWorkBackground" ? "" : ` (båda i ${r === "differentSector" ? f.sector : f.municipality})`}`).join(" och ")}`,
  locked_ineligible: (f) =>
    `den låsta ${f.role === "mentor" ? "mentorn" : "adepten"} "${f.id}" är inte behörig: ${SV_REASONS.eligibility(eligibilityFacts(f))}`,
  invalid_characters: (f) =>
    `får inte innehålla ${f.kind === "surrogate" ? `ett halvt tecken (${f.char})` : f.kind === "control" ? `ett styrtecken (${f.char})` : `ett osynligt formateringstecken (${f.char})`}: "${f.value}"; ${f.policy === "id" ? "en kod får bara innehålla synliga tecken" : f.policy === "name" ? "ett namn får inte innehålla styrtecken" : "fritext får innehålla radbrytningar och tabbar men inga andra styrtecken"}; skriv in värdet på nytt`,

  invalid_type: (f) => `fel sorts värde: ${EXPECTED[f.expected] ?? f.expected} väntades`,
  too_small: (f) =>
    f.origin === "string"
      ? "får inte vara tom"
      : f.origin === "array"
        ? `behöver minst ${num(f.minimum)}`
        : `måste vara minst ${num(f.minimum)}`,
  too_big: (f) =>
    f.origin === "string"
      ? `får vara högst ${num(f.maximum)} tecken`
      : f.origin === "array"
        ? `får ha högst ${num(f.maximum)} poster`
        : `får vara högst ${num(f.maximum)}`,
  invalid_value: (f) => `måste vara en av ${list(f.values)}`,
  unrecognized_keys: (f) => `okänt fält: ${list(f.keys)}`,
  invalid: (f) => `ogiltigt värde (på engelska: ${f.detail})`,

  missing_fields: (f) =>
    `saknar ${(f.columns ?? f.fields.map(svFieldName)).join(", ")}: kriterierna som använder ${f.fields.length === 1 ? "uppgiften" : "dem"} får neutralt värde (0,5)`,
  no_point: (f) =>
    `ingen referenspunkt för "${f.place}" (options.municipalities anger ingen): geografi får neutralt värde (0,5); ange lat och lon, eller personens position`,
  unknown_place: (f) =>
    `"${f.text}" är ingen svensk kommun${hint(f)}: geografi får neutralt värde (0,5), och regeln om olika kommuner (${f.mode}) jämför namnet som det är skrivet; lägg till orten i options.municipalities eller ange en position`,
  ineligible: (f) => SV_REASONS.eligibility(eligibilityFacts(f)),
};
