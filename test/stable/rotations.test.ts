import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Acceptable } from "../../src/stability/acceptable.js";
import { blockingEdges } from "../../src/stability/blocking.js";
import type { StrictOrders } from "../../src/stability/orders.js";
import { maxClosure } from "../../src/stable/closure.js";
import { marriageOf } from "../../src/stable/marriage.js";
import { bestStableMatching, rotationsOf } from "../../src/stable/rotations.js";

const SEED = 1418;

/** A market where everyone finds everyone acceptable, with random strict orders and weights. */
const marketOf = (maxMentors: number, maxAdepts: number, balanced = false) =>
  fc
    .record({
      mentors: fc.integer({ min: 2, max: maxMentors }),
      adepts: fc.integer({ min: 2, max: maxAdepts }),
      places: fc.array(fc.constantFrom(1, 1, 1, 2), { minLength: 10, maxLength: 10 }),
      keys: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 100, maxLength: 100 }),
      adeptKeys: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 100, maxLength: 100 }),
      units: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 100, maxLength: 100 }),
      // About one pair in eight is not acceptable.
      dropped: fc.array(
        fc.integer({ min: 0, max: 7 }).map((x) => x === 0),
        {
          minLength: 100,
          maxLength: 100,
        },
      ),
    })
    .map(({ mentors, adepts: drawn, places, keys, adeptKeys, units, dropped }) => {
      // Balanced markets (as many adepts as places) whose sides disagree (an adept ranks high the
      // mentors that rank it low) have many stable plans; random or lopsided ones few.
      const room = places.slice(0, mentors).reduce((s, x) => s + x, 0);
      const adepts = balanced ? Math.min(maxAdepts, room) : drawn;
      // Pairs by mentor, a few left out (not acceptable).
      const rowStart = new Int32Array(mentors + 1);
      const adept: number[] = [];
      for (let m = 0; m < mentors; m++) {
        for (let a = 0; a < adepts; a++) if (!dropped[m * 10 + a]) adept.push(a);
        rowStart[m + 1] = adept.length;
      }
      const edges = adept.length;
      const mentorOf = Int32Array.from({ length: edges }, (_, e) => {
        let m = 0;
        while (rowStart[m + 1]! <= e) m++;
        return m;
      });
      const acc: Acceptable = {
        mentors,
        adepts,
        rowStart,
        adept: Int32Array.from(adept),
        units: Float64Array.from({ length: edges }, (_, e) => units[e]!),
      };
      // Ranks from the keys, ties by index: strict orders on both sides.
      const rank = (list: number[], key: (e: number) => number, out: Int32Array) =>
        list
          .sort((e, f) => key(e) - key(f) || e - f)
          .forEach((e, r) => {
            out[e] = r;
          });
      const mentorRank = new Int32Array(edges);
      const adeptRank = new Int32Array(edges);
      for (let m = 0; m < mentors; m++) {
        const row = Array.from(
          { length: rowStart[m + 1]! - rowStart[m]! },
          (_, i) => rowStart[m]! + i,
        );
        rank(row, (e) => keys[e]!, mentorRank);
      }
      const adeptStart = new Int32Array(adepts + 1);
      const adeptEdge: number[] = [];
      for (let a = 0; a < adepts; a++) {
        const list = adept.flatMap((x, e) => (x === a ? [e] : []));
        rank(
          list,
          (e) => (balanced ? 1000 - keys[e]! + adeptKeys[e]! / 2 : adeptKeys[e]!),
          adeptRank,
        );
        adeptEdge.push(...list.sort((e, f) => adeptRank[e]! - adeptRank[f]!));
        adeptStart[a + 1] = adeptEdge.length;
      }
      const orders: StrictOrders = {
        mentorRank,
        adeptRank,
        adeptStart,
        adeptEdge: Int32Array.from(adeptEdge),
      };
      return { acc, orders, places: Int32Array.from(places.slice(0, mentors)), mentorOf };
    });
const market = marketOf(5, 6, true);

describe("the rotation poset", () => {
  it("the best stable matching by rotations equals the best of all stable plans (brute force)", () => {
    let several = 0;
    fc.assert(
      fc.property(market, ({ acc, orders, places, mentorOf }) => {
        const free = new Uint8Array(acc.adepts).fill(1);
        const none = new Int32Array(acc.adepts).fill(-1);
        let best = Number.NEGATIVE_INFINITY;
        let stableCount = 0;
        const plan = new Int32Array(acc.adepts).fill(-1);
        const load = new Int32Array(acc.mentors);
        const visit = (a: number, total: number) => {
          if (a === acc.adepts) {
            const blocking = blockingEdges(acc, orders, {
              mentorOf: plan,
              lockedMentorOf: none,
              capacity: places,
            });
            if (blocking.length === 0) {
              stableCount++;
              best = Math.max(best, total);
            }
            return;
          }
          plan[a] = -1;
          visit(a + 1, total);
          for (let e = 0; e < acc.adept.length; e++) {
            const m = mentorOf[e]!;
            if (acc.adept[e] !== a || load[m]! >= places[m]!) continue;
            plan[a] = m;
            load[m]!++;
            visit(a + 1, total + acc.units[e]!);
            load[m]!--;
          }
          plan[a] = -1;
        };
        visit(0, 0);
        if (stableCount > 1) several++;
        const sm = marriageOf(acc, orders, places, free);
        const chosen = bestStableMatching(sm, (pid) => acc.units[sm.pairEdge[pid]!]!);
        const got = new Int32Array(acc.adepts).fill(-1);
        let total = 0;
        chosen.forEach((pid, a) => {
          if (pid < 0) return;
          got[a] = sm.cloneMentor[sm.pairWoman[pid]!]!;
          total += acc.units[sm.pairEdge[pid]!]!;
        });
        expect(
          blockingEdges(acc, orders, { mentorOf: got, lockedMentorOf: none, capacity: places }),
        ).toEqual([]);
        expect(total).toBe(best);
      }),
      { seed: SEED, numRuns: 300 },
    );
    // Several stable plans (so rotations and their order matter) in a good share of the draws.
    expect(several).toBeGreaterThan(20);
  });

  it("every closed set of rotations, eliminated from the start, gives a stable matching", () => {
    let ordered = 0;
    fc.assert(
      fc.property(
        marketOf(10, 10, true),
        fc.array(fc.integer(), { minLength: 8, maxLength: 8 }),
        (m, signs) => {
          const free = new Uint8Array(m.acc.adepts).fill(1);
          const sm = marriageOf(m.acc, m.orders, m.places, free);
          const { rotations, precedes } = rotationsOf(sm);
          // Random weights give random closed sets: each is a stable matching.
          const chosen = maxClosure(
            rotations.map((_, r) => (signs[r % 8]! + r * 3) % 7),
            precedes,
          );
          const got = new Int32Array(m.acc.adepts).fill(-1);
          const pairs = Int32Array.from(rotationsOf(sm).start);
          rotations.forEach(({ to }, r) => {
            if (chosen[r] === 1) for (const pid of to) pairs[sm.pairMan[pid]!] = pid;
          });
          pairs.forEach((pid, a) => {
            if (pid >= 0) got[a] = sm.cloneMentor[sm.pairWoman[pid]!]!;
          });
          const none = new Int32Array(m.acc.adepts).fill(-1);
          // A plan: no clone twice, so no mentor over its places.
          const clones = [...pairs].filter((pid) => pid >= 0).map((pid) => sm.pairWoman[pid]!);
          expect(new Set(clones).size).toBe(clones.length);
          expect(
            blockingEdges(m.acc, m.orders, {
              mentorOf: got,
              lockedMentorOf: none,
              capacity: m.places,
            }),
          ).toEqual([]);
          if (precedes.length > 0) ordered++;
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
    // Rotations that must come after others, in a good share of the draws.
    expect(ordered).toBeGreaterThan(100);
  });

  it("maxClosure takes a node only with its predecessors, and the best such set", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 1, maxLength: 7 }),
        fc.array(fc.tuple(fc.nat(6), fc.nat(6)), { maxLength: 10 }),
        (weight, raw) => {
          const n = weight.length;
          const edges = raw.map(([x, y]) => [x % n, y % n] as const).filter(([x, y]) => x < y);
          const closed = (set: number) =>
            edges.every(([x, y]) => (set & (1 << y)) === 0 || (set & (1 << x)) !== 0);
          let best = 0;
          for (let set = 0; set < 1 << n; set++) {
            if (!closed(set)) continue;
            best = Math.max(
              best,
              weight.reduce((s, w, i) => s + ((set >> i) & 1 ? w : 0), 0),
            );
          }
          const got = maxClosure(weight, edges);
          const set = got.reduce((s, x, i) => s | (x << i), 0);
          expect(closed(set)).toBe(true);
          expect(weight.reduce((s, w, i) => s + (got[i] === 1 ? w : 0), 0)).toBe(best);
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });
});
