import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { combineTests } from "../../src/rules/combine.js";

describe("combineTests", () => {
  it("gives, for any number of rules, the bits of the active rules a pair breaks", () => {
    // Rule i breaks the pairs in its own set; the oracle is the plain loop.
    const rulesArb = fc.array(fc.array(fc.tuple(fc.nat(3), fc.nat(3)), { maxLength: 8 }), {
      maxLength: 7,
    });
    fc.assert(
      fc.property(rulesArb, fc.nat(127), (rules, active) => {
        const tests = rules.map(
          (pairs) => (m: number, a: number) => pairs.some(([x, y]) => x === m && y === a),
        );
        const bits = combineTests(tests);
        for (let m = 0; m < 4; m++) {
          for (let a = 0; a < 4; a++) {
            let expected = 0;
            tests.forEach((t, i) => {
              if ((active & (1 << i)) !== 0 && t(m, a)) expected |= 1 << i;
            });
            expect(bits(m, a, active)).toBe(expected);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("does not test a rule that is not active", () => {
    let asked = 0;
    const second = () => {
      asked++;
      return true;
    };
    const bits = combineTests([() => true, second]);
    expect(bits(0, 0, 1)).toBe(1);
    expect(asked).toBe(0);
  });
});
