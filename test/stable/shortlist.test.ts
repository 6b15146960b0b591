import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CohortInput, type MatchOptions, scoreMatrix } from "../../src/index.js";
import { shortlist } from "../../src/stable/index.js";
import { cohortArbitrary } from "../arbitraries.js";

const SEED = 1415;

/**
 * The best shortlists by enumeration: per listed adept every set of at most `perAdept` allowed
 * mentors, no mentor over its fair share; most entries, then the highest total units.
 */
function bruteShortlist(cohort: CohortInput, options: MatchOptions, perAdept: number) {
  const matrix = scoreMatrix(cohort, options);
  const units = matrix.score.map((row) => Array.from(row, (s) => Math.round(s * 10_000)));
  const lockedAdepts = new Set((cohort.locked ?? []).map((l) => l.adept));
  const lockedLoad = matrix.mentorIds.map(
    (id) => (cohort.locked ?? []).filter((l) => l.mentor === id).length,
  );
  // An ineligible person has no allowed pair; an eligible adept may have none either.
  const eligible = (role: "mentor" | "adept", i: number) => {
    const x = role === "mentor" ? cohort.mentors[i]! : cohort.adepts[i]!;
    const least = role === "mentor" ? 5 : 2;
    return x.managerYears >= least && x.managerConsent === true;
  };
  const cols = matrix.adeptIds
    .map((id, a) => ({ id, a }))
    .filter(({ id, a }) => eligible("adept", a) && !lockedAdepts.has(id));
  const left = cohort.mentors.map((m, i) =>
    eligible("mentor", i) ? (m.capacity ?? 1) - lockedLoad[i]! : 0,
  );
  const places = left.reduce((s, x) => s + x, 0);
  const share = left.map((c) =>
    places === 0 ? 0 : Math.ceil((perAdept * cols.length * c) / places),
  );
  const used = share.map(() => 0);
  let best = { entries: -1, units: -1 };
  const visit = (k: number, entries: number, total: number) => {
    if (k === cols.length) {
      if (entries > best.entries || (entries === best.entries && total > best.units))
        best = { entries, units: total };
      return;
    }
    const a = cols[k]!.a;
    const options = matrix.mentorIds.map((_, m) => m).filter((m) => matrix.allowed[m]![a] === 1);
    const choose = (from: number, size: number, e: number, t: number) => {
      visit(k + 1, e, t);
      if (size === perAdept) return;
      for (let i = from; i < options.length; i++) {
        const m = options[i]!;
        if (used[m]! >= share[m]!) continue;
        used[m]!++;
        choose(i + 1, size + 1, e + 1, t + units[m]![a]!);
        used[m]!--;
      }
    };
    choose(0, 0, entries, total);
  };
  visit(0, 0, 0);
  return { ...best, share };
}

describe("shortlist", () => {
  it("matches brute force: most entries, then the highest total, within fair shares (up to 4 + 4)", () => {
    fc.assert(
      fc.property(
        cohortArbitrary({ maxMentors: 4, maxAdepts: 4, ineligible: true }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom<MatchOptions>({}, { rules: { differentMunicipality: "soft" } }),
        (cohort, perAdept, options) => {
          const s = shortlist(cohort, { ...options, perAdept });
          const brute = bruteShortlist(cohort, options, perAdept);
          const entries = s.lists.reduce((n, l) => n + l.mentors.length, 0);
          expect(entries).toBe(brute.entries);
          expect(Math.round(s.totalScore * 10_000)).toBe(brute.units);
          const matrix = scoreMatrix(cohort, options);
          for (const list of s.lists) {
            const a = matrix.adeptIds.indexOf(list.adeptId);
            expect(list.mentors.length).toBeLessThanOrEqual(perAdept);
            expect(new Set(list.mentors.map((x) => x.mentorId)).size).toBe(list.mentors.length);
            for (const x of list.mentors) {
              expect(matrix.allowed[matrix.mentorIds.indexOf(x.mentorId)]![a]).toBe(1);
            }
          }
          for (const m of s.mentors) {
            expect(m.lists).toBeLessThanOrEqual(m.fairShare);
            expect(m.fairShare).toBe(brute.share[matrix.mentorIds.indexOf(m.mentorId)]);
          }
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("gives every adept perAdept mentors when places allow, best first", () => {
    const person = (id: string, municipality: string, sector: string, years: number) => ({
      id,
      municipality,
      sector,
      managerYears: years,
      managerConsent: true,
    });
    const cohort = {
      mentors: [
        { ...person("M1", "Borås", "Skola", 10), capacity: 2 },
        person("M2", "Mark", "Vård", 12),
        person("M3", "Tranemo", "Teknik", 7),
      ],
      adepts: [person("A1", "Vårgårda", "IFO", 3), person("A2", "Herrljunga", "Kultur", 4)],
    };
    const s = shortlist(cohort, { perAdept: 2 });
    // Fair shares: ceil(2 × 2 × capacity / 4 places): 2 for M1, 1 for M2 and M3.
    expect(s.mentors.map((m) => m.fairShare)).toEqual([2, 1, 1]);
    for (const list of s.lists) {
      expect(list.mentors).toHaveLength(2);
      const scores = list.mentors.map((x) => x.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
    }
  });

  it("refuses a perAdept that is not a whole number >= 1, naming the function", () => {
    const cohort = {
      mentors: [{ id: "M1", municipality: "Borås", sector: "Skola", managerYears: 10 }],
      adepts: [{ id: "A1", municipality: "Mark", sector: "Vård", managerYears: 3 }],
    };
    expect(() => shortlist(cohort, { perAdept: 0 })).toThrow(/^shortlist: options.perAdept/u);
    expect(() => shortlist(cohort, { perAdept: 1.5 })).toThrow(RangeError);
  });
});
