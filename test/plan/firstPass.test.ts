import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORBIDDEN, rowCodes } from "../../src/plan/buildProblem.js";
import { PassPart } from "../../src/plan/firstPass.js";
import { solveSparse } from "../../src/plan/sparse.js";
import { RowStream } from "../../src/plan/sparseRows.js";
import { prepare } from "../../src/prepare/prepare.js";
import { cohortArbitrary } from "../arbitraries.js";

const mode = fc.constantFrom("hard" as const, "soft" as const, "off" as const);

/** The packed order of the first pass: heavier first, then the lower index. */
const byWeight = (a: [number, number], b: [number, number]) => b[0] - a[0] || a[1] - b[1];

describe("the sparse path's first pass", () => {
  it("keeps each column's best k and each row's best rowK allowed pairs, as scoring every pair does (the bars pass over no pair that belongs)", () => {
    fc.assert(
      fc.property(
        cohortArbitrary({ maxMentors: 9, maxAdepts: 14, ineligible: true, minPeople: 2 }),
        fc.record({ differentMunicipality: mode, differentSector: mode }),
        fc.record({
          geography: fc.constantFrom(0, 1, 2),
          experience: fc.constantFrom(0, 1, 3),
          education: fc.constantFrom(0, 1),
          wishes: fc.constantFrom(1, 3, 7),
          leadership: fc.constantFrom(0, 1, 2),
          sector: fc.constantFrom(0, 1),
        }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        (cohort, rules, weights, k, rowK, ranked, block, order) => {
          // Preferences make the totals unusable as bars (`Scorer.rowTotals` is null): every
          // pair is then scored.
          const input = ranked
            ? {
                ...cohort,
                mentors: cohort.mentors.map((m, i) =>
                  i === 0 ? { ...m, preferences: cohort.adepts.slice(0, 2).map((a) => a.id) } : m,
                ),
              }
            : cohort;
          let p: ReturnType<typeof prepare>;
          try {
            p = prepare("test", input, { rules, weights });
          } catch {
            return; // a cohort the schema refuses has no rows
          }
          const locked = new Uint8Array(p.adepts.length);
          const s = new RowStream(p, locked, new Int32Array(p.mentors.length));
          const part = new PassPart(s, k, rowK);
          // Blocks of rows in any order, as blocks a helper did not hand back are scored later.
          const rows = s.shape.rowMentor.length;
          const starts: number[] = [];
          for (let from = 0; from < rows; from += block) starts.push(from);
          starts.sort((x, y) => order[x % 12]! - order[y % 12]! || x - y);
          for (const from of starts) part.score(from, Math.min(rows, from + block));
          const got = part.done();
          const { rowMentor, adeptOf, colOf } = s.shape;
          const cols = adeptOf.length;
          // Every allowed pair's combined weight, from the codes and the scorer's pair path.
          const w: (number | null)[][] = [];
          const codes = new Uint8Array(cols);
          for (let r = 0; r < rows; r++) {
            rowCodes(p, rowMentor[r]!, adeptOf, colOf, codes);
            w.push(
              [...codes].map((code, c) =>
                code === FORBIDDEN ? null : p.scorer.units(rowMentor[r]!, adeptOf[c]!) - s.v * code,
              ),
            );
          }
          let allowed = 0;
          for (let c = 0; c < cols; c++) {
            const all: [number, number][] = [];
            for (let r = 0; r < rows; r++) if (w[r]![c] !== null) all.push([w[r]![c]!, r]);
            allowed += all.length;
            const want = all.sort(byWeight).slice(0, k);
            const kept: [number, number][] = [];
            for (let i = c * k; i < c * k + got.colN[c]!; i++)
              kept.push([got.colW[i]!, got.colR[i]!]);
            expect(kept.sort(byWeight)).toEqual(want);
          }
          expect(got.allowed).toBe(allowed);
          for (let r = 0; r < rows; r++) {
            const want: [number, number][] = [];
            for (let c = 0; c < cols; c++) if (w[r]![c] !== null) want.push([w[r]![c]!, c]);
            const kept: [number, number][] = [];
            for (let i = 0; i < got.keptRow.length; i++)
              if (got.keptRow[i] === r) kept.push([got.keptW[i]!, got.keptCol[i]!]);
            expect(kept.sort(byWeight)).toEqual(want.sort(byWeight).slice(0, rowK));
          }
        },
      ),
      { seed: 2212, numRuns: 300 },
    );
  });

  it("bars no adept by its own units: a total below totalBelow(u) rounds to fewer than u units", () => {
    fc.assert(
      fc.property(
        cohortArbitrary({ maxMentors: 6, maxAdepts: 12, ineligible: false }),
        fc.record({
          geography: fc.constantFrom(0, 1, 2.5),
          experience: fc.constantFrom(0, 1, 3),
          wishes: fc.constantFrom(1, 3, 0.7),
          leadership: fc.constantFrom(0, 1, 2),
        }),
        (cohort, weights) => {
          let p: ReturnType<typeof prepare>;
          try {
            p = prepare("test", cohort, { weights });
          } catch {
            return;
          }
          const scorer = p.scorer;
          for (let m = 0; m < p.mentors.length; m++) {
            scorer.beginRow(m);
            const totals = scorer.rowTotals()!;
            for (let a = 0; a < p.adepts.length; a++) {
              const u = scorer.unitsOf(a);
              expect(totals[a]!).toBeGreaterThanOrEqual(scorer.totalBelow(u));
              // And the bar is no lower than it needs to be: within 1e-5 units of u - 0.5.
              const sum = Object.values(p.options.weights).reduce((x, y) => x + (y ?? 0), 0);
              expect(((u - 0.5) * sum) / 1_000_000 - scorer.totalBelow(u)).toBeLessThan(
                (1e-5 * sum) / 1_000_000,
              );
            }
          }
        },
      ),
      { seed: 2213, numRuns: 200 },
    );
  });

  it("the sparse path gives the same problem, solution and rounds with its bars as scoring every pair (proof passes too)", () => {
    fc.assert(
      fc.property(
        cohortArbitrary({ maxMentors: 14, maxAdepts: 22, ineligible: true, minPeople: 3 }),
        fc.record({ differentMunicipality: mode, differentSector: mode }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        (cohort, rules, k, rowK) => {
          let p: ReturnType<typeof prepare>;
          try {
            p = prepare("test", cohort, { rules });
          } catch {
            return;
          }
          // The same scorer without totals: no pair is passed over by a bar.
          const plain = Object.create(p.scorer) as typeof p.scorer;
          plain.rowTotals = () => null;
          const unbarred = { ...p, scorer: plain };
          const locked = new Uint8Array(p.adepts.length);
          const load = new Int32Array(p.mentors.length);
          for (const l of p.locked) {
            locked[l.adept] = 1;
            load[l.mentor]!++;
          }
          const scale = { k, rowK, minPairs: 0 };
          const got = solveSparse(p, locked, load, scale);
          const want = solveSparse(unbarred, locked, load, scale);
          if (want === null) {
            expect(got).toBeNull();
            return;
          }
          expect(got).not.toBeNull();
          const strip = (x: NonNullable<typeof got>) => ({
            problem: x.built.problem,
            penalty: x.built.penalty,
            solution: x.exact,
            rounds: x.stats.rounds,
            added: x.stats.added,
            rowPasses: x.stats.rowPasses,
            columns: x.stats.columns,
          });
          expect(strip(got!)).toEqual(strip(want));
        },
      ),
      { seed: 2216, numRuns: 500 },
    );
  });
});
