import { describe, expect, it } from "vitest";
import { reasonPhrases } from "../../src/phrasebook/index.js";
import type {
  Block,
  BlockGroup,
  Fix,
  RuleCut,
  SpareCause,
  UnmatchedCause,
} from "../../src/types.js";

/** One block of every rule, with facts where the rule has them. */
const BLOCKS: Block[] = [
  { rule: "mentorIneligible", role: "mentor", years: { has: 3, least: 5 } },
  { rule: "adeptIneligible", role: "adept", consent: "refused" },
  { rule: "differentMunicipality", place: "Borås" },
  { rule: "differentSector", sector: "Förskola" },
  { rule: "differentWorkBackground" },
  { rule: "exclusion", reason: "jäv" },
  { rule: "exclusion" },
  { rule: "history", cohort: "2024" },
  { rule: "history" },
];

const GROUPS: BlockGroup[] = [
  { rule: "mentorIneligible", ids: ["M1"], count: 1 },
  { rule: "differentMunicipality", place: "Borås", ids: ["M2", "M3"], count: 12 },
  { rule: "exclusion", reason: "jäv", ids: ["M4"], count: 1 },
];

const UNMATCHED: UnmatchedCause[] = [
  { reason: "ineligible", role: "adept", years: { has: 1, least: 2 }, consent: "missing" },
  { reason: "no-allowed-mentor", mentors: 14, blocks: GROUPS },
  { reason: "capacity", allowed: { ids: ["M1"], count: 1 } },
  { reason: "capacity", allowed: { ids: ["M1", "M2"], count: 9 } },
];

const SPARE: SpareCause[] = [
  { reason: "ineligible", role: "mentor", consent: "refused" },
  { reason: "no-allowed-adept", adepts: 3, blocks: GROUPS.slice(1) },
  { reason: "not-needed" },
];

const FIXES: Fix[] = [
  { kind: "drop-exclusion", mentorId: "M1", message: "" },
  { kind: "drop-history", mentorId: "M1", message: "" },
  { kind: "raise-capacity", mentorId: "M1", message: "" },
  { kind: "relax-rule", rule: "differentSector", message: "" },
];

const CUTS: RuleCut[][] = [
  [],
  [
    { rule: "differentMunicipality", removed: 5 },
    { rule: "exclusion", removed: 2 },
  ],
];

/** Every reason of every kind, said in one language. */
function everything(lang: "en" | "sv"): string[] {
  const w = reasonPhrases(lang);
  return [
    ...BLOCKS.flatMap((b) => [w.block(b), w.blockNamed(b)]),
    ...GROUPS.map((g) => w.blockGroup(g)),
    ...UNMATCHED.flatMap((c) => [
      w.unmatched(c, "A7"),
      w.unmatchedSentence({ id: "A7", reason: c.reason, message: "x" }, c),
    ]),
    ...SPARE.flatMap((c) => [
      w.spare(c, "M7"),
      w.spareSentence({ id: "M7", spare: 1, reason: c.reason, message: "x" }, c),
    ]),
    ...FIXES.map((f) => w.fix(f, "A7")),
    ...CUTS.map((c) => w.cut(c)),
    w.shortGroup("A7", { adepts: ["A7", "A8"], mentors: ["M1"], places: 1 }),
    w.fixes("A7", []),
    w.fixes("A7", ["ge M1 en plats till"]),
    ...Object.values(w.ruleNames),
    ...Object.values(w.ruleModeNames),
  ];
}

/** Words that give away English left in a Swedish text. */
const ENGLISH =
  /\b(both|excluded|paired|ineligible|eligible|need|needs|years|allowed|mentors are|full|place|places|rule of|drop|give|make|options|removed|and|more)\b/u;

describe("reason phrasebooks", () => {
  it("English says every reason as the library's messages always have", () => {
    const en = reasonPhrases("en");
    expect(BLOCKS.map((b) => en.block(b))).toEqual([
      "mentor ineligible: 3 years as a manager; mentors need at least 5",
      "adept ineligible",
      "both in Borås",
      "both in Förskola",
      "largely the same work background",
      "excluded (jäv)",
      "excluded",
      "paired before (2024)",
      "paired before",
    ]);
    expect(en.unmatched(UNMATCHED[1]!, "A7")).toBe(
      "no allowed mentor among 14: ineligible: M1; both in Borås: M2, M3 and 10 more; excluded (jäv): M4",
    );
    expect(en.cut(CUTS[1]!)).toBe("options removed: same municipality 5, exclusion 2");
    expect(FIXES.map((f) => en.fix(f, "A7"))).toEqual([
      "drop the exclusion of M1 and A7",
      "allow M1 and A7 to pair again (drop the history entry)",
      "give M1 one more place",
      "make the rule differentSector soft or off",
    ]);
  });

  it("Swedish says every reason from its facts, in Swedish", () => {
    const sv = everything("sv");
    for (const text of sv) expect(text.length).toBeGreaterThan(0);
    for (const text of sv) expect(text.replace(/managerConsent/gu, "")).not.toMatch(ENGLISH);
    expect(reasonPhrases("sv").unmatched(UNMATCHED[1]!, "A7")).toBe(
      "reglerna utesluter alla 14 mentorer: mentorn uppfyller inte kraven för att delta: M1; båda i Borås (regeln om olika kommuner): M2, M3 och 10 till; undantaget par (jäv): M4",
    );
  });

  it("a result without facts is said by its reason code, then its English words", () => {
    expect(
      reasonPhrases("sv").unmatchedSentence(
        { id: "A7", reason: "capacity", message: "all 2 allowed mentors (M1, M2) are full" },
        undefined,
      ),
    ).toBe(
      "A7 har inte fått någon mentor eftersom alla tillåtna mentorer är fullbokade i den optimala planen (på engelska: all 2 allowed mentors (M1, M2) are full).",
    );
    expect(reasonPhrases("sv").spareSentence({ id: "M7", spare: 2 }, undefined)).toBe(
      "M7 har 2 platser kvar.",
    );
  });
});
