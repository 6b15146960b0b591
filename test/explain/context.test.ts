import { describe, expect, it } from "vitest";
import { cohortContext, idIndex } from "../../src/explain/context.js";
import { prepare } from "../../src/prepare/prepare.js";
import { normalizeKey } from "../../src/util/normalize.js";

describe("cohortContext and idIndex", () => {
  const cohort = {
    mentors: [
      { id: "M-Åsa", municipality: "Borås", sector: "Vård", managerYears: 9, managerConsent: true },
      { id: "M01", municipality: "Mark", sector: "Skola", managerYears: 7, managerConsent: true },
    ],
    adepts: [
      { id: "A01", municipality: "Tranemo", sector: "HR", managerYears: 3, managerConsent: true },
    ],
  };
  const ctx = cohortContext(prepare("test", cohort, undefined));

  it("finds a person by the id as the cohort writes it, and as the library compares ids", () => {
    for (const [role, people] of [
      ["mentor", ctx.p.mentors],
      ["adept", ctx.p.adepts],
    ] as const) {
      people.forEach((person, i) => {
        expect(idIndex(ctx, role, person.id)).toBe(i);
        expect(idIndex(ctx, role, ` ${person.id.toUpperCase()} `)).toBe(i);
        expect((role === "mentor" ? ctx.mentorAt : ctx.adeptAt).get(normalizeKey(person.id))).toBe(
          i,
        );
      });
    }
  });

  it("finds no one for an unknown id or an id of the other role", () => {
    expect(idIndex(ctx, "mentor", "M99")).toBeUndefined();
    expect(idIndex(ctx, "mentor", "A01")).toBeUndefined();
    expect(idIndex(ctx, "adept", "M01")).toBeUndefined();
  });
});
