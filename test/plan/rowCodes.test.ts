import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORBIDDEN, pairCode, rowCodes } from "../../src/plan/buildProblem.js";
import { RowStream, streamOfState, streamState } from "../../src/plan/sparseRows.js";
import { allowedAmong, pairBlocks, prepare, softViolations } from "../../src/prepare/prepare.js";
import { cohortArbitrary } from "../arbitraries.js";

const mode = fc.constantFrom("hard" as const, "soft" as const, "off" as const);
const rules = fc.record({ differentMunicipality: mode, differentSector: mode });

describe("a national row's rule codes", () => {
  it("set from the mentor's municipality and sector lists equal rowCodes' pair-by-pair test (exclusions, history, locked and ineligible people too)", () => {
    fc.assert(
      fc.property(
        cohortArbitrary({ maxMentors: 8, maxAdepts: 14, ineligible: true }),
        rules,
        (cohort, r) => {
          let p: ReturnType<typeof prepare>;
          try {
            p = prepare("test", cohort, { rules: r });
          } catch {
            return; // a cohort the schema refuses has no rows
          }
          const locked = new Uint8Array(p.adepts.length);
          for (const l of p.locked) locked[l.adept] = 1;
          const s = new RowStream(p, locked, new Int32Array(p.mentors.length));
          const state = streamState(s);
          const helper = state === null ? null : streamOfState(structuredClone(state));
          const { rowMentor, adeptOf, colOf } = s.shape;
          const want = new Uint8Array(adeptOf.length);
          for (let row = 0; row < rowMentor.length; row++) {
            const allowed = rowCodes(p, rowMentor[row]!, adeptOf, colOf, want);
            expect(s.begin(row)).toBe(allowed > 0);
            expect([...s.codes]).toEqual([...want]);
            if (helper !== null) {
              expect(helper.begin(row)).toBe(allowed > 0);
              expect([...helper.codes]).toEqual([...want]);
            }
          }
        },
      ),
      { seed: 2111, numRuns: 300 },
    );
  });

  it("allowedAmong lists the mentors with no block (pairBlocks), of all or of a list, in its order (work background hard, soft or off)", () => {
    const work = fc.constantFrom("hard" as const, "soft" as const, "off" as const);
    fc.assert(
      fc.property(
        cohortArbitrary({ maxMentors: 8, maxAdepts: 10, ineligible: true }),
        rules,
        work,
        fc.array(fc.nat(), { maxLength: 10 }),
        (cohort, r, w, picks) => {
          let p: ReturnType<typeof prepare>;
          try {
            p = prepare("test", cohort, { rules: { ...r, differentWorkBackground: w } });
          } catch {
            return;
          }
          const some = picks.map((x) => x % p.mentors.length);
          // pairBlocks lists each block by the rules' own tests (held to the tests on people in
          // registry.test), not through the verdict allowedAmong and isAllowed share.
          const free = (m: number, a: number) => pairBlocks(p, m, a).length === 0;
          for (let a = 0; a < p.adepts.length; a++) {
            const all = [...p.mentors.keys()].filter((m) => free(m, a));
            expect(allowedAmong(p, a)).toEqual(all);
            const listed = [...some.keys()].filter((i) => free(some[i]!, a));
            expect(allowedAmong(p, a, some)).toEqual(listed);
          }
        },
      ),
      { seed: 2113, numRuns: 300 },
    );
  });

  it("pairCode is forbidden exactly where a pair has a block, else the soft rules broken, pair by pair (the column pass's test)", () => {
    const work = fc.constantFrom("soft" as const, "off" as const);
    fc.assert(
      fc.property(
        cohortArbitrary({ maxMentors: 8, maxAdepts: 10, ineligible: true }),
        rules,
        work,
        (cohort, r, w) => {
          let p: ReturnType<typeof prepare>;
          try {
            p = prepare("test", cohort, { rules: { ...r, differentWorkBackground: w } });
          } catch {
            return;
          }
          for (let m = 0; m < p.mentors.length; m++)
            for (let a = 0; a < p.adepts.length; a++) {
              const code = pairCode(p, m, a);
              expect(code === FORBIDDEN).toBe(pairBlocks(p, m, a).length > 0);
              if (code !== FORBIDDEN) expect(code).toBe(softViolations(p, m, a).length);
            }
        },
      ),
      { seed: 2112, numRuns: 300 },
    );
  });
});
