import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CohortInput, type Decision, match, type Session } from "../../src/index.js";
import {
  decisionText,
  isSession,
  SESSION_VERSION,
  sessionToCohort,
} from "../../src/session/index.js";

const root = join(import.meta.dirname, "..", "..");
const SPRING: CohortInput = JSON.parse(
  readFileSync(join(root, "examples", "sjuharad-spring-2024.json"), "utf8"),
);

const session = (decisions: Decision[], extra: Partial<Session> = {}): Session => ({
  mentorpair: "session",
  version: SESSION_VERSION,
  cohort: SPRING,
  decisions,
  ...extra,
});

const pairsOf = (cohort: CohortInput, options = {}) =>
  match(cohort, options).pairs.map((p) => `${p.mentorId}/${p.adeptId}`);

describe("sessionToCohort", () => {
  it("a session without decisions is its cohort and options", () => {
    const options = { rules: { differentSector: "soft" as const } };
    const applied = sessionToCohort(session([], { options }));
    expect(applied.cohort).toEqual(SPRING);
    expect(applied.options).toEqual(options);
  });

  it("a lock keeps the pair, a forbid removes it, both as the cohort's own lists would", () => {
    // M06/A03 is allowed but not chosen in the spring plan; M01/A05 is chosen.
    expect(pairsOf(SPRING)).not.toContain("M06/A03");
    expect(pairsOf(SPRING)).toContain("M01/A05");
    const decisions: Decision[] = [
      { kind: "lock", mentor: "M06", adept: "A03", reason: "agreed at the kick-off" },
      { kind: "forbid", mentor: "M01", adept: "A05", reason: "same manager" },
    ];
    const { cohort, options } = sessionToCohort(session(decisions));
    const byHand: CohortInput = {
      ...SPRING,
      locked: [{ mentor: "M06", adept: "A03" }],
      exclusions: [
        ...(SPRING.exclusions ?? []),
        { mentor: "M01", adept: "A05", reason: "same manager" },
      ],
    };
    expect(cohort).toEqual(byHand);
    const plan = pairsOf(cohort, options);
    expect(plan).toContain("M06/A03");
    expect(plan).not.toContain("M01/A05");
    expect(match(cohort, options).pairs.find((p) => p.adeptId === "A03")?.locked).toBe(true);
  });

  it("rule, weight and objective decisions set those options, the last one winning", () => {
    const { options } = sessionToCohort(
      session(
        [
          { kind: "weight", criterion: "geography", weight: 2 },
          { kind: "rule", rule: "differentSector", mode: "soft" },
          { kind: "weight", criterion: "geography", weight: 0.5, reason: "travel is easy" },
          { kind: "objective", objective: "fair" },
        ],
        { options: { weights: { wishes: 4 }, rules: { differentMunicipality: "soft" } } },
      ),
    );
    expect(options).toEqual({
      weights: { wishes: 4, geography: 0.5 },
      rules: { differentMunicipality: "soft", differentSector: "soft" },
      objective: "fair",
    });
  });

  it("unlock and allow undo a lock or a forbid, from the cohort or an earlier decision, by normalised id", () => {
    const cohort: CohortInput = { ...SPRING, locked: [{ mentor: "M02", adept: "A03" }] };
    const applied = sessionToCohort(
      session(
        [
          { kind: "unlock", mentor: " m02", adept: "a03" },
          { kind: "forbid", mentor: "M06", adept: "A03", reason: "x" },
          { kind: "allow", mentor: "M06", adept: "A03" },
          { kind: "allow", mentor: "M05", adept: "A03", reason: "the manager changed" },
        ],
        { cohort },
      ),
    );
    expect(applied.cohort.locked).toEqual([]);
    expect(applied.cohort.exclusions).toEqual([]);
  });

  it("an unlock of a pair that is not locked, or an allow of one not forbidden, names the decision", () => {
    expect(() =>
      sessionToCohort(session([{ kind: "unlock", mentor: "M01", adept: "A05" }])),
    ).toThrow(
      new RangeError(
        "sessionToCohort: session.decisions[0] unlocks M01/A05, which is not locked at that point",
      ),
    );
    expect(() =>
      sessionToCohort(
        session([
          { kind: "lock", mentor: "M01", adept: "A05" },
          { kind: "allow", mentor: "M01", adept: "A05" },
        ]),
      ),
    ).toThrow(/^sessionToCohort: session\.decisions\[1\] allows M01\/A05, which is not forbidden/u);
  });

  it.each([
    [{ mentorpair: "cohort" }, TypeError, /session\.mentorpair must be "session"/u],
    [{ version: 2 }, RangeError, /session\.version 2 is not supported/u],
    [{ extra: 1 }, RangeError, /session\.extra is not a field of a session/u],
    [{ cohort: [] }, TypeError, /session\.cohort must be an object/u],
    [{ options: 3 }, TypeError, /session\.options must be an object/u],
    [{ decisions: {} }, TypeError, /session\.decisions must be a list/u],
    [{ decisions: [{ kind: "delete" }] }, RangeError, /decisions\[0\]\.kind must be one of/u],
    [
      { decisions: [{ kind: "forbid", mentor: "M01", adept: "A05", reason: "  " }] },
      RangeError,
      /decisions\[0\]\.reason is required/u,
    ],
    [
      { decisions: [{ kind: "lock", mentor: 1, adept: "A05" }] },
      TypeError,
      /decisions\[0\]\.mentor must be an id/u,
    ],
    [
      { decisions: [{ kind: "weight", criterion: "charm", weight: 1 }] },
      RangeError,
      /decisions\[0\]\.criterion must be one of/u,
    ],
    [
      { decisions: [{ kind: "weight", criterion: "wishes", weight: -1 }] },
      RangeError,
      /decisions\[0\]\.weight must be a number >= 0, got -1/u,
    ],
    [
      { decisions: [{ kind: "rule", rule: "differentSector", mode: "sometimes" }] },
      RangeError,
      /decisions\[0\]\.mode must be one of "hard", "soft", "off", got "sometimes"/u,
    ],
    [
      { decisions: [{ kind: "objective", objective: "fair", when: "now" }] },
      RangeError,
      /decisions\[0\]\.when is not a field of a "objective" decision/u,
    ],
  ])("a session that is not one throws, naming the path (%j)", (change, Kind, message) => {
    const bad = { ...session([]), ...change } as unknown as Session;
    expect(() => sessionToCohort(bad)).toThrow(Kind);
    expect(() => sessionToCohort(bad)).toThrow(message);
    expect(() => sessionToCohort(bad)).toThrow(/^sessionToCohort: /u);
  });

  it("never changes the session it is given", () => {
    const s = session([
      { kind: "lock", mentor: "M06", adept: "A03" },
      { kind: "weight", criterion: "wishes", weight: 1 },
    ]);
    const before = JSON.stringify(s);
    sessionToCohort(s);
    expect(JSON.stringify(s)).toBe(before);
  });

  it("a session saved as JSON and read back gives the same plan", () => {
    const s = session([
      { kind: "lock", mentor: "M06", adept: "A03", reason: "agreed" },
      { kind: "weight", criterion: "geography", weight: 3 },
    ]);
    const direct = sessionToCohort(s);
    const again = sessionToCohort(JSON.parse(JSON.stringify(s)));
    expect(match(again.cohort, again.options).pairs).toEqual(
      match(direct.cohort, direct.options).pairs,
    );
  });
});

describe("isSession", () => {
  it("recognises a session by its marker, and nothing else", () => {
    expect(isSession(session([]))).toBe(true);
    expect(isSession({ mentorpair: "session" })).toBe(true);
    expect(isSession(SPRING)).toBe(false);
    expect(isSession(null)).toBe(false);
    expect(isSession([])).toBe(false);
    expect(isSession("session")).toBe(false);
    expect(isSession(Object.create({ mentorpair: "session" }))).toBe(false);
  });

  it("a Proxy whose traps throw is not a session (it never throws)", () => {
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error("trap");
        },
      },
    );
    expect(isSession(hostile)).toBe(false);
  });
});

describe("decisionText", () => {
  it.each<[Decision, string, string]>([
    [
      { kind: "lock", mentor: "M02", adept: "A05", reason: "x" },
      "Locked the pair M02 and A05.",
      "Låste paret M02 och A05.",
    ],
    [
      { kind: "unlock", mentor: "M02", adept: "A05" },
      "Released the lock on the pair M02 and A05.",
      "Släppte låsningen av paret M02 och A05.",
    ],
    [
      { kind: "forbid", mentor: "M05", adept: "A03", reason: "jäv" },
      "Forbade the pair M05 and A03.",
      "Förbjöd paret M05 och A03.",
    ],
    [
      { kind: "allow", mentor: "M05", adept: "A03" },
      "Allowed again the pair M05 and A03.",
      "Tillät igen paret M05 och A03.",
    ],
    [
      { kind: "rule", rule: "differentSector", mode: "soft" },
      "Set the rule of different sectors to soft (as far as possible).",
      "Satte regeln om olika verksamhetsområden till mjuk (så långt det går).",
    ],
    [
      { kind: "weight", criterion: "geography", weight: 2.5 },
      "Set the weight of geography to 2.5.",
      "Satte vikten för geografi till 2,5.",
    ],
    [
      { kind: "objective", objective: "fair" },
      "Set the objective to fair (the weakest pair first).",
      "Satte målet till rättvis (det svagaste paret först).",
    ],
  ])("says %j in English and Swedish", (decision, en, sv) => {
    expect(decisionText(decision)).toBe(en);
    expect(decisionText(decision, "sv")).toBe(sv);
  });

  it("makes ids safe to print", () => {
    expect(decisionText({ kind: "lock", mentor: "M\u202e1", adept: "A1" })).toBe(
      "Locked the pair M\\u{202E}1 and A1.",
    );
  });
});
