import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SJUHARAD_MUNICIPALITIES, VERSION } from "../src/index.js";

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

  it("javascript-lp-solver is pinned to the version the LP check was measured on", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(pkg.dependencies["javascript-lp-solver"]).toBe("0.4.24");
  });

  it("the core imports nothing from Node", () => {
    const files = readFileSync(join(root, "src", "index.ts"), "utf8");
    expect(files).not.toMatch(/from "node:/u);
  });
});
