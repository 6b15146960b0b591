import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explain } from "../../src/explain/explain.js";
import { type CohortInput, type MatchedPair, match } from "../../src/index.js";
import { SMALL, SMALL_OPTIONS } from "./cohort.js";

const result = match(SMALL, SMALL_OPTIONS);
const pairOf = (m: string, a: string): MatchedPair => {
  const pair = result.pairs.find((p) => p.mentorId === m && p.adeptId === a);
  if (pair === undefined) throw new Error(`test cohort: ${m}/${a} is not in the plan`);
  return pair;
};

describe("explain: the handmade cohort is what the test assumes", () => {
  it("pairs M1-A1 and M3-A2, leaves A3 out as ineligible and M2 spare", () => {
    expect(result.pairs.map((p) => `${p.mentorId}/${p.adeptId}`)).toEqual(["M1/A1", "M3/A2"]);
    expect(result.unmatchedAdepts.map((u) => [u.id, u.reason])).toEqual([["A3", "ineligible"]]);
    expect(result.spareMentors.map((s) => s.id)).toEqual(["M2"]);
    const p = pairOf("M1", "A1");
    expect(p.criteria.wishes).toBe(1);
    expect(p.criteria.geography).toBe(0);
    expect(p.facts.geography.km).toBeGreaterThan(60);
    expect(p.facts.geography.km).toBeLessThan(75);
    expect(p.facts.experience.yearGap).toBe(12);
  });
});

describe("explain: a pair in English and Swedish", () => {
  const p = pairOf("M1", "A1");
  const km = String(Math.round(p.facts.geography.km!));

  it("English names the strongest (wishes) and weakest (geography) with their facts", () => {
    const text = explain(p);
    expect(text).toMatch(/^M1 and A1: \d+(\.\d)? of 100\./u);
    expect(text).toContain("The strongest criterion is wishes (100%)");
    expect(text).toContain("M1 offers everything A1 wished for (2 wishes: delegation and network)");
    expect(text).toContain("The weakest criterion is geography (0%)");
    expect(text).toContain(`M1 and A1 are ${km} km apart`);
  });

  it("Swedish says the same in Swedish, with the places named when the cohort is given", () => {
    const text = explain(p, { lang: "sv", cohort: SMALL, weights: { wishes: 3 } });
    expect(text).toMatch(/^M1 och A1: \d+(,\d)? av 100\./u);
    expect(text).toContain("Starkast är önskemål (100\u00a0%)");
    expect(text).toContain("M1 erbjuder allt A1 önskat sig (2 önskemål: delegation och network)");
    expect(text).toContain("Svagast är geografi (0\u00a0%)");
    expect(text).toContain(`M1 (Herrljunga) och A1 (Tranemo) ligger ${km} km från varandra`);
    expect(text).not.toMatch(/\b(and|the|of)\b/u);
  });

  it("the year gap appears in both languages when experience is named", () => {
    // Weighting experience alone makes it the only criterion that can be strongest.
    const onlyExperience = {
      geography: 0,
      experience: 1,
      education: 0,
      wishes: 0,
      leadership: 0,
      sector: 0,
    };
    const en = explain(p, { weights: onlyExperience });
    expect(en).toContain("The strongest criterion is experience");
    expect(en).toContain("M1 has 15 years as a manager and A1 has 3, a lead of 12 years");
    expect(en).not.toContain("weakest");
    const sv = explain(p, { lang: "sv", weights: onlyExperience });
    expect(sv).toContain("M1 har 15 år som chef och A1 3 år, ett försprång på 12 år");
  });

  it("says which criteria were scored neutrally because data was missing", () => {
    const q = pairOf("M3", "A2");
    const en = explain(q);
    expect(en).toContain(
      "Education was scored neutrally (50%) for lack of data: education level and fields of study missing for M3",
    );
    expect(en).toContain("Sector experience was scored neutrally (50%)");
    expect(en).toContain("Part of experience was scored neutrally for lack of data");
    // A neutral score is no strength or weakness of the pair.
    expect(en).not.toMatch(/(strongest|weakest) criterion is (education|leadership|sector)/u);
    const sv = explain(q, { lang: "sv" });
    expect(sv).toContain(
      "Utbildning bedömdes neutralt (50\u00a0%) i brist på uppgifter: utbildningsnivå och utbildningsområden saknas för M3",
    );
    expect(sv).toContain("En del av erfarenhet bedömdes neutralt");
  });

  it("a criterion of weight 0 is never named strongest or weakest", () => {
    const text = explain(p, { weights: { geography: 0 } });
    expect(text).not.toContain("geography");
  });
});

describe("explain: a whole result", () => {
  it("English: summary, a paragraph per pair, then the unmatched and spare with reasons", () => {
    const paragraphs = explain(result).split("\n\n");
    expect(paragraphs).toHaveLength(1 + 2 + 1 + 1);
    expect(paragraphs[0]).toMatch(/^2 of 3 adepts are matched in 2 pairs, with a total score of /u);
    expect(paragraphs[0]).toContain("proven optimal");
    expect(paragraphs[1]).toMatch(/^M1 and A1: /u);
    expect(paragraphs[2]).toMatch(/^M3 and A2: /u);
    expect(paragraphs[3]).toBe(`A3 is not matched: ${result.unmatchedAdepts[0]!.message}.`);
    expect(paragraphs[4]).toMatch(/^M2 has 1 place left: /u);
  });

  it("Swedish without the cohort: the reasons in full, from the facts the result carries", () => {
    const paragraphs = explain(result, { lang: "sv" }).split("\n\n");
    expect(paragraphs[0]).toMatch(/^2 av 3 adepter har fått en mentor i 2 par, med totalpoängen /u);
    expect(paragraphs[0]).toContain("bevisat optimal");
    expect(paragraphs[3]).toBe(
      "A3 har inte fått någon mentor eftersom adepten inte uppfyller kraven för att delta: 1 år som chef; adepter behöver minst 2.",
    );
    // The same words as from the cohort: the result carries everything they need.
    const withCohort = explain(result, { lang: "sv", cohort: SMALL }).split("\n\n");
    expect(paragraphs.slice(3)).toEqual(withCohort.slice(3));
  });

  it("Swedish for a result without facts (an earlier version's): the reason code in Swedish, then the English detail", () => {
    const bare = {
      ...result,
      unmatchedAdepts: result.unmatchedAdepts.map(({ cause: _, ...u }) => u),
      spareMentors: result.spareMentors.map(({ cause: _, ...s }) => s),
    };
    const paragraphs = explain(bare, { lang: "sv" }).split("\n\n");
    expect(paragraphs[3]).toBe(
      `A3 har inte fått någon mentor eftersom adepten inte uppfyller kraven för att delta (på engelska: ${result.unmatchedAdepts[0]!.message}).`,
    );
    // With the cohort at hand, the reasons are worked out from it as match does.
    expect(explain(bare, { lang: "sv", cohort: SMALL })).toBe(
      explain(result, { lang: "sv", cohort: SMALL }),
    );
  });

  it("Swedish with the cohort: reasons written in Swedish from the cohort", () => {
    const text = explain(result, { lang: "sv", cohort: SMALL });
    expect(text).toContain(
      "A3 har inte fått någon mentor eftersom adepten inte uppfyller kraven för att delta: 1 år som chef; adepter behöver minst 2.",
    );
    expect(text).toContain(
      "M2 har 1 plats kvar eftersom varje adept som M2 får ta redan har en mentor",
    );
    expect(text).not.toContain("på engelska");
  });

  it("Swedish reasons name each rule that removed a mentor, and the full mentors", () => {
    const cohort: CohortInput = {
      ...SMALL,
      adepts: [
        ...SMALL.adepts,
        // A4 shares M1's sector and M3's municipality, and is excluded from M2.
        {
          id: "A4",
          municipality: "Ulricehamn",
          sector: "Äldreomsorg",
          managerYears: 3,
          managerConsent: true,
        },
      ],
      exclusions: [{ mentor: "M2", adept: "A4", reason: "jäv" }],
    };
    const r = match(cohort, SMALL_OPTIONS);
    expect(r.unmatchedAdepts.find((u) => u.id === "A4")?.reason).toBe("no-allowed-mentor");
    const text = explain(r, { lang: "sv", cohort });
    expect(text).toContain(
      "A4 har inte fått någon mentor eftersom reglerna utesluter alla 3 mentorer:",
    );
    expect(text).toContain("båda inom Äldreomsorg (regeln om olika verksamhetsområden): M1");
    expect(text).toContain("båda i Ulricehamn (regeln om olika kommuner): M3");
    expect(text).toContain("undantaget par (jäv): M2");
  });

  it("says who an adept competes with and which single change would match it", () => {
    const person = (id: string, municipality: string, sector: string, years: number) => ({
      id,
      municipality,
      sector,
      managerYears: years,
      managerConsent: true,
    });
    // One mentor with one place, two adepts who may only have that mentor.
    const cohort: CohortInput = {
      mentors: [person("M1", "Borås", "Vård", 10)],
      adepts: [person("X1", "Mark", "Skola", 3), person("X2", "Tranemo", "Skola", 4)],
    };
    const r = match(cohort);
    const u = r.unmatchedAdepts[0]!;
    expect(u.reason).toBe("capacity");
    const other = u.id === "X1" ? "X2" : "X1";
    const en = explain(r);
    expect(en).toContain(
      `${u.id} competes with ${other} for 1 place (M1): one of them must stay without a mentor.`,
    );
    expect(en).toContain(
      `would let ${u.id} be matched without unmatching anyone: give M1 one more place.`,
    );
    const sv = explain(r, { lang: "sv", cohort });
    expect(sv).toContain(
      `${u.id} konkurrerar med ${other} om 1 plats (M1): någon av dem måste bli utan mentor.`,
    );
    expect(sv).toContain(
      `skulle ge ${u.id} en mentor utan att någon annan förlorar sin: ge M1 en plats till.`,
    );
    expect(sv).toContain(
      `${u.id} har inte fått någon mentor: den enda tillåtna mentorn (M1) är fullbokad i den optimala planen`,
    );
  });

  it("is deterministic and works on both example cohorts", () => {
    for (const file of ["sjuharad-spring-2024.json", "sjuharad-autumn-2024.json"]) {
      const cohort = JSON.parse(
        readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8"),
      );
      const r = match(cohort);
      const sv = explain(r, { lang: "sv", cohort });
      expect(explain(r, { lang: "sv", cohort })).toBe(sv);
      for (const pair of r.pairs) expect(sv).toContain(`${pair.mentorId} och ${pair.adeptId}`);
      expect(sv).toMatch(/Starkast är /u);
      expect(sv).toMatch(/Svagast är /u);
    }
  });
});

describe("explain: errors name the function", () => {
  it("rejects a bad target, a bad language, an unknown option and a foreign cohort", () => {
    expect(() => explain({} as MatchedPair)).toThrow(/^explain: the target must be/u);
    expect(() => explain(result, { lang: "de" as "sv" })).toThrow(/explain: options.lang/u);
    expect(() => explain(result, { colour: 1 } as object)).toThrow(
      /explain: options.colour is not an option/u,
    );
    const other = { ...SMALL, mentors: SMALL.mentors.filter((m) => m.id !== "M1") };
    expect(() => explain(result, { cohort: other })).toThrow(/explain: unknown mentor id "M1"/u);
  });
});
