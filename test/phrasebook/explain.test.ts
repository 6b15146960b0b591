import { describe, expect, it } from "vitest";
import { criterionSentence } from "../../src/explain/criterionText.js";
import { type CohortInput, CRITERIA, explain, explainPair, match } from "../../src/index.js";

/** Every kind of fact: free-text wishes, levels, areas, a given location, an unknown place. */
const RICH: CohortInput = {
  mentors: [
    {
      id: "M1",
      municipality: "Borås",
      sector: "Vård",
      managerYears: 9,
      managerConsent: true,
      offerText: "Jag vill ge stöd i delegering och konflikter",
      education: { level: "master", fields: ["juridik", "ekonomi"] },
      leadership: { level: "senior", staffCount: 30, areas: ["förändring", "budget"] },
    },
    {
      id: "M2",
      municipality: "Atlantis",
      sector: "Skola",
      managerYears: 12,
      managerConsent: true,
      location: { lat: 57.7, lon: 12.9 },
      offers: ["nätverk"],
      education: { level: "bachelor", fields: ["juridik"] },
      leadership: { areas: ["konflikt"] },
    },
    { id: "M3", municipality: "Okänt ställe", sector: "HR", managerYears: 6, managerConsent: true },
  ],
  adepts: [
    {
      id: "A1",
      municipality: "Mark",
      sector: "Skola",
      managerYears: 3,
      managerConsent: true,
      wishText: "delegering och konflikter, reflektion",
      education: { level: "master", fields: ["juridik"] },
      leadership: { level: "first-line", staffCount: 5, areas: ["förändring", "konflikt"] },
    },
    {
      id: "A2",
      municipality: "Tranemo",
      sector: "Vård",
      managerYears: 2,
      managerConsent: true,
      location: { lat: 57.5, lon: 13.3 },
      wishes: ["nätverk", "coaching", "delegering"],
    },
  ],
};

/** Words that give away English left in a Swedish sentence. */
const ENGLISH =
  /\b(the|and|of|has|have|are|is|with|would|were|was|not|none|both|for|offers|wishes|years|apart|scored|missing|lead|leads|staff|areas|sector|pair|rules|points)\b/u;

describe("explanation phrasebooks", () => {
  it.each([
    { educationDirection: "complementary" as const },
    { educationDirection: "similar" as const },
  ])("Swedish explanations of every kind of fact hold no English (%j)", (criteria) => {
    const options = {
      criteria,
      rules: { differentMunicipality: "off" as const },
      municipalities: [{ name: "Atlantis" }, { name: "Okänt ställe" }],
    };
    const result = match(RICH, options);
    const texts = [explain(result, { lang: "sv" })];
    for (const m of ["M1", "M2", "M3"]) {
      for (const a of ["A1", "A2"]) {
        const e = explainPair(RICH, m, a, { ...options, lang: "sv" });
        texts.push(e.text);
        const who = { mentor: { id: m }, adept: { id: a } };
        for (const c of CRITERIA) texts.push(criterionSentence(c, e.facts, "sv", who));
      }
    }
    for (const text of texts) expect(text).not.toMatch(ENGLISH);
    // The cases this cohort is for are really said.
    const all = texts.join("\n");
    for (const phrase of ["jämfört på fritext", "angiven plats", "Starkast", "Svagast"]) {
      expect(all).toContain(phrase);
    }
  });
});
