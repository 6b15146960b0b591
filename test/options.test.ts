import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateCohort } from "../bench/generate.js";
import { match, scorePair } from "../src/index.js";
import { inputHash } from "../src/match/match.js";
import { prepare } from "../src/prepare/prepare.js";
import { canonicalJson } from "../src/util/hash.js";

const cohort = {
  mentors: [
    { id: "M1", municipality: "Borås", sector: "HR", managerYears: 10, managerConsent: true },
  ],
  adepts: [
    { id: "A1", municipality: "Mark", sector: "Förskola", managerYears: 3, managerConsent: true },
  ],
};

describe("bad options throw, naming the function and the option", () => {
  it.each([
    [{ weights: { wishes: -1 } }, /match: options\.weights\.wishes must be a finite number >= 0/],
    [{ weights: { charm: 1 } }, /match: options\.weights\.charm is not an option/],
    [
      {
        weights: { geography: 0, experience: 0, education: 0, wishes: 0, leadership: 0, sector: 0 },
      },
      /every criterion weight 0/,
    ],
    [
      { rules: { differentSector: "sometimes" } },
      /match: options\.rules\.differentSector must be one of "hard", "soft", "off"/,
    ],
    [
      { rules: { differentRegion: "hard" } },
      /match: options\.rules\.differentRegion is not an option/,
    ],
    [{ solver: "magic" }, /match: options\.solver must be one of/],
    [{ criteria: { nearKm: 50, farKm: 10 } }, /farKm \(10\) must be greater than nearKm \(50\)/],
    [
      { municipalities: [{ name: "Gnosjö", lat: 999, lon: 13.7 }] },
      /match: options\.municipalities\[0\]/,
    ],
    [{ weights: { wishes: Number.NaN } }, /options\.weights\.wishes/],
  ])("%j", (options, message) => {
    expect(() => match(cohort, options as never)).toThrow(message);
  });

  it("scorePair names itself", () => {
    expect(() =>
      scorePair(cohort.mentors[0]!, cohort.adepts[0]!, { weights: { wishes: -2 } }),
    ).toThrow(/^scorePair: /);
  });
});

describe("options change what they say", () => {
  it("a caller's municipality table adds reference points and codes", () => {
    const own = {
      mentors: [
        { id: "M1", municipality: "0662", sector: "HR", managerYears: 10, managerConsent: true },
      ],
      adepts: [
        {
          id: "A1",
          municipality: "Borås",
          sector: "Förskola",
          managerYears: 3,
          managerConsent: true,
        },
      ],
    };
    const result = match(own, {
      municipalities: [{ code: "0662", name: "Gislaved", lat: 57.304, lon: 13.541 }],
    });
    expect(result.warnings.filter((w) => ["unknown_place", "no_point"].includes(w.code))).toEqual(
      [],
    );
    expect(result.pairs[0]?.criteria.geography).toBeLessThan(1);
    expect(result.pairs[0]?.criteria.geography).toBeGreaterThan(0);
  });

  it("eligibility thresholds are options", () => {
    expect(match(cohort, { rules: { adeptMinManagerYears: 4 } }).unmatchedAdepts[0]?.reason).toBe(
      "ineligible",
    );
    expect(match(cohort, { rules: { mentorMinManagerYears: 11 } }).spareMentors[0]?.reason).toBe(
      "ineligible",
    );
  });

  it("the audit block records the weights and rules used", () => {
    const { audit } = match(cohort, {
      weights: { geography: 2 },
      rules: { differentSector: "off" },
    });
    expect(audit.weights.geography).toBe(2);
    expect(audit.weights.wishes).toBe(3);
    expect(audit.rules.differentSector).toBe("off");
    expect(audit.inputHash).toMatch(/^[0-9a-f]{64}$/u);
  });
});

describe("audit.inputHash", () => {
  it("is SHA-256 of the validated cohort's JSON in canonical order (hashed in pieces, same digest)", () => {
    const canonical = (x: unknown) => canonicalJson(x);
    for (const n of [1, 63, 64, 65, 130]) {
      const input = generateCohort(n, 3);
      const p = prepare("match", input, undefined);
      const text = JSON.stringify({
        mentors: p.mentors,
        adepts: p.adepts,
        exclusions: p.cohort.exclusions.map(canonical).sort(),
        locked: p.cohort.locked.map(canonical).sort(),
        history: p.cohort.history.map(canonical).sort(),
      });
      expect(inputHash(p)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    }
  });

  it("does not depend on the order of keys, people or references, and changes with the data", () => {
    const reversed = <T extends object>(o: T): T =>
      Object.fromEntries(Object.entries(o).reverse()) as T;
    const a = match(cohort).audit.inputHash;
    const b = match({ adepts: cohort.adepts.map(reversed), mentors: cohort.mentors.map(reversed) })
      .audit.inputHash;
    expect(b).toBe(a);
    const c = match({ ...cohort, adepts: [{ ...cohort.adepts[0]!, managerYears: 4 }] }).audit
      .inputHash;
    expect(c).not.toBe(a);
  });
});
