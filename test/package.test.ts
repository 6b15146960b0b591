import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { greatCircleKm } from "../src/geo/distance.js";
import { SJUHARAD_MUNICIPALITIES, SWEDISH_MUNICIPALITIES, VERSION } from "../src/index.js";

const root = join(import.meta.dirname, "..");

describe("package facts stay in step", () => {
  it("VERSION equals package.json's version", () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
  });

  it("the built-in municipality table equals data/sjuharad-municipalities.csv", () => {
    const [, ...rows] = readFileSync(join(root, "data", "sjuharad-municipalities.csv"), "utf8")
      .trim()
      .split(/\r?\n/u);
    const fromCsv = rows.map((r) => {
      const [code, name, seat, lat, lon] = r.split(",");
      return { code, name, seat, lat: Number(lat), lon: Number(lon) };
    });
    expect(SJUHARAD_MUNICIPALITIES).toEqual(fromCsv);
  });

  it("the table of all municipalities equals data/se-municipalities.csv, with the eight Sjuhärad points (run npm run municipalities)", () => {
    const [header, ...rows] = readFileSync(join(root, "data", "se-municipalities.csv"), "utf8")
      .trim()
      .split(/\r?\n/u);
    expect(header).toBe("code,municipality,county,seat,lat,lon,source");
    const sjuharad = new Map(SJUHARAD_MUNICIPALITIES.map((m) => [m.code, m]));
    const fromCsv = rows.map((r) => {
      const [code, name, county, seat, lat, lon] = r.split(",");
      const own = sjuharad.get(code);
      if (own !== undefined) {
        // The programme's own points stay; they agree with the national table within 2 km.
        expect(greatCircleKm(own, { lat: Number(lat), lon: Number(lon) })).toBeLessThan(2);
      }
      return {
        code,
        name,
        county,
        seat,
        lat: own?.lat ?? Number(lat),
        lon: own?.lon ?? Number(lon),
      };
    });
    expect(SWEDISH_MUNICIPALITIES).toEqual(fromCsv);
  });

  it("javascript-lp-solver is pinned to the version the LP check was measured on", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(pkg.dependencies["javascript-lp-solver"]).toBe("0.4.24");
  });

  it("the core imports nothing from Node (only the CLI and the file readers may)", () => {
    const files = readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" }).filter(
      (f) => f.endsWith(".ts") && !/^(cli|io)[\\/]/u.test(f),
    );
    expect(files.length).toBeGreaterThan(20);
    // The one exception: util/node.ts asks a running Node for its own modules (native SHA-256,
    // worker threads) through `globalThis.process?.getBuiltinModule` (never an import); every
    // caller has a plain JavaScript way for where there is none.
    const lookup = "util/node.ts";
    for (const f of files) {
      const text = readFileSync(join(root, "src", f), "utf8");
      expect(text, f).not.toMatch(/from "(node:|fs|path|os|child_process|process)"|require\(/u);
      if (f.replaceAll("\\", "/") === lookup) {
        expect(text).toMatch(/proc\?\.getBuiltinModule\?\.\(id\)/u);
        continue;
      }
      expect(text, f).not.toMatch(/\bprocess\./u);
    }
  });
});

describe("the JSON Schema of the input", () => {
  it("schema/cohort.schema.json is what cohortJsonSchema() returns (run npm run schema)", async () => {
    const { cohortJsonSchema } = await import("../src/index.js");
    const committed = JSON.parse(readFileSync(join(root, "schema", "cohort.schema.json"), "utf8"));
    expect(committed).toEqual(cohortJsonSchema());
  });

  it("requires the four fields DESIGN.md names and rejects unknown fields", async () => {
    const { cohortJsonSchema } = await import("../src/index.js");
    const schema = cohortJsonSchema() as {
      properties: { mentors: { items: { required: string[]; additionalProperties: boolean } } };
    };
    expect([...schema.properties.mentors.items.required].sort()).toEqual([
      "id",
      "managerYears",
      "municipality",
      "sector",
    ]);
    expect(schema.properties.mentors.items.additionalProperties).toBe(false);
  });
});
