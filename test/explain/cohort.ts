import type { CohortInput, MatchOptions } from "../../src/index.js";

/**
 * A handmade cohort whose outcome is known by hand. With `farKm: 50`:
 * - M1 (Herrljunga, Äldreomsorg) offers all of A1's wishes (delegation, network), leads 12
 *   years longer, but Herrljunga-Tranemo is about 69 km: wishes 100 %, geography 0 %.
 * - A1 may have M1 or M2; A2 only M3 (M1: same sector, M2: same municipality, Borås);
 *   A3 has 1 year as a manager and is ineligible. So the plan is M1-A1, M3-A2 and M2 is spare.
 * - M3 and A2 gave no education, leadership or sector experience: scored neutrally.
 */
export const SMALL: CohortInput = {
  mentors: [
    {
      id: "M1",
      municipality: "Herrljunga",
      sector: "Äldreomsorg",
      managerYears: 15,
      managerConsent: true,
      sectorExperience: ["Äldreomsorg", "Hemtjänst"],
      education: { level: "master", fields: ["social work", "leadership"] },
      leadership: { level: "second-line", staffCount: 40, areas: ["conflict", "change"] },
      offers: ["delegation", "sounding-board", "network", "boundaries"],
    },
    {
      id: "M2",
      municipality: "1490",
      sector: "Grundskola",
      managerYears: 7,
      managerConsent: true,
      sectorExperience: ["Grundskola"],
      education: { level: "bachelor", fields: ["education"] },
      leadership: { level: "first-line", staffCount: 20, areas: ["recruitment"] },
      offers: ["coaching"],
    },
    {
      id: "M3",
      municipality: "Ulricehamn",
      sector: "Förskola",
      managerYears: 9,
      managerConsent: true,
      offers: ["network", "coaching"],
    },
  ],
  adepts: [
    {
      id: "A1",
      municipality: "Tranemo",
      sector: "Förskola",
      managerYears: 3,
      managerConsent: true,
      sectorExperience: ["Förskola", "Hemtjänst"],
      education: { level: "bachelor", fields: ["social work"] },
      leadership: { level: "first-line", staffCount: 12, areas: ["conflict", "budget"] },
      wishes: ["delegation", "network"],
    },
    {
      id: "A2",
      municipality: "Borås",
      sector: "Äldreomsorg",
      managerYears: 4,
      managerConsent: true,
      wishes: ["coaching", "self-insight"],
    },
    {
      id: "A3",
      municipality: "Vårgårda",
      sector: "Grundskola",
      managerYears: 1,
      managerConsent: true,
      wishes: ["network"],
    },
  ],
};

export const SMALL_OPTIONS: MatchOptions = { criteria: { farKm: 50 } };
