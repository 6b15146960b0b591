import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  arcKm,
  GeographyProfiles,
  geographyFacts,
  geographyFromKm,
  geographyScore,
  personPoint,
  unitVector,
} from "../../src/criteria/geography.js";
import { greatCircleKm } from "../../src/geo/distance.js";
import { resolveMunicipalityTable } from "../../src/geo/municipalities.js";
import { adept, context, mentor } from "./helpers.js";

const ctx = context();

describe("arcKm", () => {
  it("agrees with the haversine greatCircleKm (to a micrometre below 5,000 km, a metre beyond)", () => {
    const point = fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, (p, q) => {
        // Both formulas lose precision near antipodal points, far beyond any farKm.
        const km = greatCircleKm(p, q);
        expect(Math.abs(arcKm(unitVector(p), unitVector(q)) - km)).toBeLessThan(
          km < 5000 ? 1e-9 : 1e-3,
        );
      }),
    );
  });
});

describe("geographyFromKm", () => {
  it.each([
    [0, 1],
    [10, 1],
    [55, 0.5],
    [100, 0],
    [347, 0],
  ])("%d km scores %d with the defaults", (km, score) => {
    expect(geographyFromKm(km, { nearKm: 10, farKm: 100 })).toBe(score);
  });

  it("is neutral for an unknown distance", () => {
    expect(geographyFromKm(undefined, { nearKm: 10, farKm: 100 })).toBe(0.5);
    expect(geographyFromKm(Number.NaN, { nearKm: 10, farKm: 100 })).toBe(0.5);
  });
});

describe("geographyScore", () => {
  it("scores Borås–Ulricehamn (about 29.2 km) linearly between near and far", () => {
    const facts = geographyFacts(
      mentor({ municipality: "Borås" }),
      adept({ municipality: "Ulricehamn" }),
      ctx,
    );
    expect(facts.km).toBeCloseTo(29.207, 3);
    expect(facts.score).toBeCloseTo((100 - 29.207057212242876) / 90, 12);
    expect(facts.mentorPoint).toBe("municipality");
    expect(facts.missing).toEqual([]);
  });

  it("treats a name, its case and padding variants and its 4-digit code as one place", () => {
    for (const name of ["Borås", " borås", "BORÅS", "bora\u030As", "1490"]) {
      const facts = geographyFacts(
        mentor({ municipality: name }),
        adept({ municipality: "Borås" }),
        ctx,
      );
      expect(facts.km).toBe(0);
      expect(facts.score).toBe(1);
    }
  });

  it("honours nearKm and farKm", () => {
    const m = mentor({ municipality: "Borås" });
    const a = adept({ municipality: "Herrljunga" }); // about 40.6 km
    expect(geographyScore(m, a, context({ nearKm: 50 }))).toBe(1);
    expect(geographyScore(m, a, context({ farKm: 40 }))).toBe(0);
    expect(geographyScore(m, a, context({ nearKm: 20, farKm: 60 }))).toBeCloseTo(
      (60 - 40.6259410117) / 40,
      9,
    );
  });

  it("uses a location before the municipality's point", () => {
    const stockholm = { lat: 59.3293, lon: 18.0686 };
    const facts = geographyFacts(
      mentor({ municipality: "Borås", location: stockholm }),
      adept({ municipality: "Borås" }),
      ctx,
    );
    expect(facts.mentorPoint).toBe("location");
    expect(facts.km).toBeCloseTo(347.19, 1);
    expect(facts.score).toBe(0);
  });

  it("scores a near-antipodal pair 0", () => {
    const m = mentor({ location: { lat: 45, lon: 10 } });
    expect(geographyScore(m, adept({ location: { lat: -44.9999999, lon: -170 } }), ctx)).toBe(0);
  });

  it("is neutral when either point is unknown", () => {
    const facts = geographyFacts(
      mentor({ municipality: "Oslo" }),
      adept({ municipality: "Borås" }),
      ctx,
    );
    expect(facts).toEqual({
      km: null,
      mentorPoint: null,
      adeptPoint: "municipality",
      missing: ["mentor.municipality"],
      score: 0.5,
    });
    expect(geographyScore(mentor(), adept({ municipality: "Okänd" }), ctx)).toBe(0.5);
  });

  it("finds a caller's own reference point", () => {
    const table = resolveMunicipalityTable({
      municipalities: [{ name: "Göteborg", code: "1480", lat: 57.7, lon: 11.97 }],
    });
    expect(personPoint({ municipality: "1480" }, table)).toEqual({
      lat: 57.7,
      lon: 11.97,
      source: "municipality",
    });
    expect(
      geographyScore(mentor({ municipality: "göteborg" }), adept(), { ...ctx, table }),
    ).toBeLessThan(0.5);
  });
});

describe("GeographyProfiles", () => {
  const mentors = [
    mentor({ municipality: "Borås" }),
    mentor({ municipality: "Okänd" }),
    mentor({ municipality: "Mark", location: { lat: 57.6, lon: 12.8 } }),
  ];
  const adepts = [
    adept({ municipality: "1490" }),
    adept({ municipality: "Ulricehamn" }),
    adept({ municipality: "x" }),
  ];

  it("gives geographyScore for every pair, by pair and by row", () => {
    const profiles = new GeographyProfiles(mentors, adepts, ctx);
    mentors.forEach((m, i) => {
      const table = new Float64Array(profiles.rowClasses.count);
      profiles.fillClasses(i, 2, table);
      adepts.forEach((a, j) => {
        expect(profiles.score(i, j)).toBe(geographyScore(m, a, ctx));
        expect(table[profiles.rowClasses.of[j]!]).toBe(2 * geographyScore(m, a, ctx));
      });
    });
  });
});
