import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkPlan,
  DEFAULT_RULES,
  historyFromResults,
  match,
  parseCohort,
  rematch,
} from "../../src/index.js";
import { cohortArbitrary } from "../arbitraries.js";

const cohorts = cohortArbitrary({ maxMentors: 8, maxAdepts: 8, ineligible: false });
const key = (p: { mentorId: string; adeptId: string }) => `${p.mentorId}/${p.adeptId}`;

describe("rematch", () => {
  it("with no changes keeps every pair", () => {
    fc.assert(
      fc.property(cohorts, (cohort) => {
        const previous = match(cohort);
        const next = rematch(previous, cohort);
        expect(next.pairs.map(key)).toEqual(previous.pairs.map(key));
        expect(next.changes.released).toEqual([]);
        expect(next.changes.formed).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it("after a drop-out, keeps every pair that still holds and re-solves only the rest", () => {
    fc.assert(
      fc.property(cohorts, fc.nat(), fc.boolean(), (cohort, pick, mentorLeaves) => {
        const previous = match(cohort);
        const people = mentorLeaves ? cohort.mentors : cohort.adepts;
        if (people.length < 2) return;
        const leaving = people[pick % people.length]!.id;
        const next = rematch(previous, cohort, { remove: [leaving] });
        const pairs = new Set(next.pairs.map(key));
        for (const p of previous.pairs) {
          const stays = p.mentorId !== leaving && p.adeptId !== leaving;
          expect(pairs.has(key(p))).toBe(stays);
        }
        expect(next.pairs.some((p) => p.mentorId === leaving || p.adeptId === leaving)).toBe(false);
        const remaining = {
          ...cohort,
          mentors: cohort.mentors.filter((m) => m.id !== leaving),
          adepts: cohort.adepts.filter((a) => a.id !== leaving),
          exclusions: (cohort.exclusions ?? []).filter(
            (e) => e.mentor !== leaving && e.adept !== leaving,
          ),
          history: (cohort.history ?? []).filter(
            (e) => e.mentor !== leaving && e.adept !== leaving,
          ),
          locked: (cohort.locked ?? []).filter((e) => e.mentor !== leaving && e.adept !== leaving),
        };
        expect(checkPlan(parseCohort(remaining), DEFAULT_RULES, next.pairs)).toEqual([]);
        // A fresh match may move people around, so it is never worse; the repair keeps pairs.
        const fresh = match(remaining);
        expect(fresh.objective.matched).toBeGreaterThanOrEqual(next.objective.matched);
        expect(next.changes.removed).toEqual([leaving]);
      }),
      { numRuns: 80 },
    );
  });

  it("a newcomer is matched when a mentor has room, and nobody else moves", () => {
    const P = (id: string, municipality: string, sector: string, years: number, extra = {}) => ({
      id,
      municipality,
      sector,
      managerYears: years,
      managerConsent: true,
      ...extra,
    });
    const cohort = {
      mentors: [P("M1", "Borås", "HR", 10, { capacity: 2 }), P("M2", "Mark", "Ekonomi", 8)],
      adepts: [P("A1", "Tranemo", "Skola", 3), P("A2", "Tranemo", "Skola", 3)],
    };
    const previous = match(cohort);
    expect(previous.objective.matched).toBe(2);
    const next = rematch(previous, cohort, {
      add: { adepts: [P("A3", "Vårgårda", "Förskola", 4)] },
    });
    expect(next.objective.matched).toBe(3);
    expect(next.changes.kept.map(key).sort()).toEqual(previous.pairs.map(key).sort());
    expect(next.changes.formed.map((p) => p.adeptId)).toEqual(["A3"]);
    expect(next.changes.added).toEqual(["A3"]);
  });

  it("a lowered capacity releases the weaker pair and says why", () => {
    const P = (id: string, municipality: string, sector: string, years: number, extra = {}) => ({
      id,
      municipality,
      sector,
      managerYears: years,
      managerConsent: true,
      ...extra,
    });
    const cohort = {
      mentors: [P("M1", "Borås", "HR", 10, { capacity: 2, offers: ["delegation"] })],
      adepts: [
        P("A1", "Mark", "Skola", 3, { wishes: ["delegation"] }),
        P("A2", "Mark", "Skola", 3, { wishes: ["network"] }),
      ],
    };
    const previous = match(cohort);
    const next = rematch(previous, cohort, { capacity: [{ id: "M1", capacity: 1 }] });
    expect(next.pairs.map(key)).toEqual(["M1/A1"]);
    expect(next.changes.released).toEqual([
      { mentorId: "M1", adeptId: "A2", why: "M1's places are taken (capacity 1)" },
    ]);
  });
});

describe("history across cohorts", () => {
  it("historyFromResults turns pairs into history entries that the next match never repeats", () => {
    fc.assert(
      fc.property(cohorts, (cohort) => {
        const first = match(cohort);
        const history = historyFromResults([{ result: first, cohort: "2024" }]);
        expect(history.length).toBe(first.pairs.length);
        const locked = new Set((cohort.locked ?? []).map((l) => `${l.mentor}/${l.adept}`));
        const second = match({
          ...cohort,
          locked: [],
          history: [
            ...(cohort.history ?? []),
            ...history.filter((h) => !locked.has(`${h.mentor}/${h.adept}`)),
          ],
        });
        const earlier = new Set(
          history
            .filter((h) => !locked.has(`${h.mentor}/${h.adept}`))
            .map((h) => `${h.mentor}/${h.adept}`),
        );
        for (const p of second.pairs) expect(earlier.has(key(p))).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});
