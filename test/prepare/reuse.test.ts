/**
 * `prepare` keeps the last prepared cohort of each input object (`KeptPrepared`): the same
 * object, unchanged, with the same options, is not validated or scored again. These tests pin
 * the three things that make that safe: a change in place is seen, other options are not
 * confused, and nothing the library hands back shares an object with what it keeps (so a caller
 * who edits a result cannot change a later answer).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateCohort } from "../../bench/generate.js";
import {
  alternatives,
  type CohortInput,
  explainPair,
  explainReasons,
  match,
  rematch,
  renderReport,
  scoreMatrix,
  scorePair,
} from "../../src/index.js";
import { prepare } from "../../src/prepare/prepare.js";

const spring = (): CohortInput =>
  JSON.parse(
    readFileSync(new URL("../../examples/sjuharad-spring-2024.json", import.meta.url), "utf8"),
  );

/** Every object, array, Map and typed array reachable from `root` (functions are not walked). */
function objectsOf(root: unknown): Set<object> {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const x = stack.pop();
    if (typeof x !== "object" || x === null || seen.has(x)) continue;
    seen.add(x);
    if (x instanceof Map) for (const [k, v] of x) stack.push(k, v);
    else if (x instanceof Set) for (const v of x) stack.push(v);
    else if (!ArrayBuffer.isView(x)) for (const v of Object.values(x)) stack.push(v);
  }
  return seen;
}

describe("prepare keeps what it prepared for an unchanged input object", () => {
  it("gives the same prepared cohort for the same object and options", () => {
    const cohort = spring();
    const p = prepare("test", cohort, undefined);
    expect(prepare("test", cohort, {})).toBe(p);
    expect(prepare("test", cohort, { weights: { wishes: 3 } })).toBe(p);
  });

  it("prepares again for other options, another object with the same data, or a change in place", () => {
    const cohort = spring();
    const p = prepare("test", cohort, undefined);
    expect(prepare("test", cohort, { weights: { wishes: 1 } })).not.toBe(p);
    expect(prepare("test", spring(), undefined)).not.toBe(p);
    const q = prepare("test", cohort, undefined);
    cohort.adepts[0]!.municipality = "Tranemo";
    const changed = prepare("test", cohort, undefined);
    expect(changed).not.toBe(q);
    expect(changed.cohort.adepts[0]!.municipality).toBe("Tranemo");
    // Each step keeps the newest: back to the kept one only while nothing changes.
    expect(prepare("test", cohort, undefined)).toBe(changed);
  });

  it("sees every kind of change in place, plainly valid input or not (a character zod must read)", () => {
    const changes: ((c: CohortInput) => void)[] = [
      (c) => {
        c.mentors[0]!.managerYears += 1;
      },
      (c) => {
        c.adepts.pop();
      },
      (c) => {
        (c.adepts[1] as { wishes?: string[] }).wishes = ["network"];
      },
      (c) => {
        c.exclusions = [{ mentor: c.mentors[0]!.id, adept: c.adepts[0]!.id }];
      },
      (c) => {
        c.mentors[1]!.capacity = 2;
      },
    ];
    // Plainly valid (its validated form is the check), and with a zero-width joiner in a name
    // (valid, but read by zod: its JSON text is the check).
    const inputs = [
      spring,
      () => {
        const c = spring();
        c.adepts[0]!.sector = `${c.adepts[0]!.sector}\u200d`;
        return c;
      },
    ];
    for (const make of inputs) {
      for (const change of changes) {
        const cohort = make();
        const p = prepare("test", cohort, undefined);
        expect(prepare("test", cohort, undefined)).toBe(p);
        change(cohort);
        const q = prepare("test", cohort, undefined);
        expect(q).not.toBe(p);
        expect(JSON.stringify(q.cohort)).toBe(
          JSON.stringify(prepare("test", structuredClone(cohort), undefined).cohort),
        );
      }
    }
  });

  it("reuses across a change that validates to the same cohort (spaces a name is trimmed of)", () => {
    const cohort = spring();
    const p = prepare("test", cohort, undefined);
    cohort.adepts[0]!.sector = `  ${cohort.adepts[0]!.sector} `;
    expect(prepare("test", cohort, undefined)).toBe(p);
  });

  it("keeps nothing for invalid input: each call throws the same error", () => {
    const cohort = spring();
    cohort.mentors[0]!.capacity = -1;
    expect(() => prepare("test", cohort, undefined)).toThrow(/capacity/u);
    expect(() => prepare("test", cohort, undefined)).toThrow(/capacity/u);
  });

  it("renderReport after a change in place checks the result against the changed cohort", () => {
    const cohort = spring();
    const result = match(cohort);
    const before = renderReport(cohort, result);
    // The first pair's adept moves to its mentor's municipality: that pair is now forbidden.
    const pair = result.pairs[0]!;
    const mentor = cohort.mentors.find((m) => m.id === pair.mentorId)!;
    const adept = cohort.adepts.find((a) => a.id === pair.adeptId)!;
    adept.municipality = mentor.municipality;
    expect(() => renderReport(cohort, result)).toThrow(/^renderReport: /u);
    expect(before).toContain("<h2>Pairs</h2>");
  });

  it("nothing returned to the caller shares an object with the kept prepared cohort", () => {
    for (const cohort of [spring(), generateCohort(30, 7)]) {
      const result = match(cohort);
      const p = prepare("test", cohort, undefined);
      expect(prepare("test", cohort, undefined)).toBe(p);
      const kept = objectsOf({ ...p, scorer: undefined });
      const m = result.pairs[0]!.mentorId;
      const a = result.pairs[0]!.adeptId;
      const handedOut = [
        result,
        explainPair(cohort, m, a),
        explainReasons(result),
        alternatives(cohort),
        scoreMatrix(cohort),
        scorePair(cohort.mentors[0]!, cohort.adepts[0]!),
        rematch(result, cohort),
      ];
      for (const out of handedOut) {
        // Shared and frozen is safe: nobody can change it.
        const shared = [...objectsOf(out)].filter((o) => kept.has(o) && !Object.isFrozen(o));
        expect(
          shared,
          `output ${handedOut.indexOf(out)}: ${shared.map((o) => (Array.isArray(o) ? `[${o.length}]` : Object.keys(o).slice(0, 4).join("|"))).join(" ; ")}`,
        ).toEqual([]);
      }
      // And the kept cohort is still the one in use: nothing above prepared it anew.
      expect(prepare("test", cohort, undefined)).toBe(p);
    }
  });
});
