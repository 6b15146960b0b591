import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  alternatives,
  CohortError,
  checkPlan,
  cohortJsonSchema,
  DEFAULT_RULES,
  explain,
  explainPair,
  historyFromResults,
  match,
  parseCohort,
  rematch,
  renderReport,
  SolverError,
  safeParseCohort,
  scoreMatrix,
  scorePair,
} from "../../src/index.js";
import { person } from "../people.js";

/**
 * Every public function, called with hostile arguments anywhere in its arguments, returns or
 * throws only the errors its JSDoc names (CohortError, RangeError, TypeError, SolverError), with
 * a message that starts with its own name, and answers within a time bound (no hang).
 */

const tagged = (id: string, municipality: string, sector: string, years: number) => ({
  ...person(id, municipality, sector, years),
  offers: ["delegation"],
  wishes: ["delegation"],
});
const mentor = (id: string, municipality: string) => {
  const { wishes: _, ...m } = tagged(id, municipality, "HR", 10);
  return m;
};
const adept = (id: string, municipality: string) => {
  const { offers: _, ...a } = tagged(id, municipality, "Skola", 3);
  return a;
};
const COHORT = {
  mentors: [mentor("M1", "Borås"), mentor("M2", "Mark")],
  adepts: [adept("A1", "Mark"), adept("A2", "Tranemo"), adept("A3", "Borås")],
  exclusions: [{ mentor: "M1", adept: "A2", reason: "same manager" }],
  locked: [],
  history: [{ mentor: "M2", adept: "A3", cohort: "2024" }],
};
const RESULT = match(COHORT);
const PARSED = parseCohort(COHORT);

/** A fresh, deep copy of plain data, so a planted value never leaks into the next run. */
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

interface Entry {
  readonly name: string;
  readonly args: () => unknown[];
  readonly call: (args: unknown[]) => unknown;
}

const ENTRIES: Entry[] = [
  {
    name: "parseCohort",
    args: () => [copy(COHORT), {}],
    call: (a) => parseCohort(a[0], a[1] as never),
  },
  {
    name: "safeParseCohort",
    args: () => [copy(COHORT), {}],
    call: (a) => safeParseCohort(a[0], a[1] as never),
  },
  {
    name: "match",
    args: () => [copy(COHORT), { alternatives: 1, municipalities: [], weights: { wishes: 2 } }],
    call: (a) => match(a[0] as never, a[1] as never),
  },
  {
    name: "scoreMatrix",
    args: () => [copy(COHORT), {}],
    call: (a) => scoreMatrix(a[0] as never, a[1] as never),
  },
  {
    name: "scorePair",
    args: () => [copy(COHORT.mentors[0]), copy(COHORT.adepts[0]), { weights: { wishes: 2 } }],
    call: (a) => scorePair(a[0] as never, a[1] as never, a[2] as never),
  },
  {
    name: "rematch",
    args: () => [
      copy(RESULT),
      copy(COHORT),
      {
        remove: ["A1"],
        add: { mentors: [mentor("M3", "Tranemo")], adepts: [adept("A4", "Mark")] },
        capacity: [{ id: "M1", capacity: 2 }],
      },
      {},
    ],
    call: (a) => rematch(a[0] as never, a[1] as never, a[2] as never, a[3] as never),
  },
  {
    name: "alternatives",
    args: () => [copy(COHORT), { perAdept: 2 }],
    call: (a) => alternatives(a[0] as never, a[1] as never),
  },
  {
    name: "explain",
    args: () => [copy(RESULT), { lang: "sv", cohort: copy(COHORT), municipalities: [] }],
    call: (a) => explain(a[0] as never, a[1] as never),
  },
  {
    name: "explainPair",
    args: () => [copy(COHORT), "M1", "A1", { lang: "en" }],
    call: (a) => explainPair(a[0] as never, a[1] as never, a[2] as never, a[3] as never),
  },
  {
    name: "renderReport",
    args: () => [copy(COHORT), copy(RESULT), { lang: "en", title: "Cohort" }],
    call: (a) => renderReport(a[0] as never, a[1] as never, a[2] as never),
  },
  {
    name: "checkPlan",
    args: () => [copy(PARSED), { ...DEFAULT_RULES }, copy(RESULT.pairs)],
    call: (a) => checkPlan(a[0] as never, a[1] as never, a[2] as never),
  },
  {
    name: "historyFromResults",
    args: () => [[{ result: copy(RESULT), cohort: "2024" }, copy(RESULT)]],
    call: (a) => historyFromResults(a[0] as never),
  },
  { name: "cohortJsonSchema", args: () => [], call: () => cohortJsonSchema() },
];

const boom = (): never => {
  throw new Error("hostile getter");
};
const trapAll = <T extends object>(target: T): T =>
  new Proxy(target, {
    get: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
    set: boom,
    defineProperty: boom,
    deleteProperty: boom,
  });
const getterAt = (keys: readonly string[], thrown: () => unknown) => {
  const o: Record<string, unknown> = {};
  for (const key of keys)
    Object.defineProperty(o, key, {
      enumerable: true,
      get: () => {
        throw thrown();
      },
    });
  return o;
};
const KEYS = ["mentors", "adepts", "pairs", "id", "lang", "weights", "result", "length", "0"];

/** Hostile values, made fresh for each use (some are stateful). */
const HOSTILE: readonly (readonly [string, (base: unknown) => unknown])[] = [
  ["null", () => null],
  ["undefined", () => undefined],
  ["NaN", () => Number.NaN],
  ["-1", () => -1],
  ["2^53", () => 2 ** 53],
  ["empty string", () => ""],
  ["a string", () => "M1"],
  ["true", () => true],
  ["a symbol", () => Symbol("hostile")],
  ["a bigint", () => 10n],
  ["a function", () => () => 1],
  ["an empty array", () => []],
  ["[null]", () => [null]],
  ["a huge sparse array", () => new Array(2 ** 32 - 1)],
  ["a sparse array over the limit", () => new Array(10_001)],
  ["a huge array-like", () => ({ length: 2 ** 32 - 1 })],
  ["an array-like", () => ({ length: 2, 0: {}, 1: {} })],
  ["throwing getters", () => getterAt(KEYS, () => new Error("hostile getter"))],
  ["getters throwing a number", () => getterAt(KEYS, () => 42)],
  ["getters throwing a hostile error", () => getterAt(KEYS, () => trapAll(new Error("x")))],
  ["a Proxy whose traps throw", () => trapAll({})],
  ["an array Proxy whose traps throw", () => trapAll([])],
  [
    "a revoked Proxy",
    () => {
      const r = Proxy.revocable({}, {});
      r.revoke();
      return r.proxy;
    },
  ],
  ["a frozen copy", (base) => deepFreeze(base === undefined ? {} : copyish(base))],
  [
    "a cyclic object",
    (base) => {
      const o: Record<string, unknown> = { ...(isObject(base) ? (base as object) : {}) };
      o.self = o;
      return o;
    },
  ],
  [
    "a cyclic array",
    () => {
      const a: unknown[] = [];
      a.push(a);
      return a;
    },
  ],
  ["a null-prototype object", () => Object.create(null)],
  [
    "toString and valueOf that throw",
    () => ({ toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom }),
  ],
  ["a Map", () => new Map([["mentors", []]])],
  ["a typed array", () => new Float64Array(3)],
];

function isObject(x: unknown): x is object {
  return (typeof x === "object" && x !== null) || typeof x === "function";
}
function copyish(x: unknown): unknown {
  try {
    return structuredClone(x);
  } catch {
    return {};
  }
}
function deepFreeze<T>(x: T): T {
  if (isObject(x) && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

/**
 * Replaces one place in `args` with a hostile value: `steps` walks down (each step picks a
 * child, or stops); the value replaces what is there.
 */
function plant(args: unknown[], steps: readonly number[], make: (base: unknown) => unknown) {
  const root: unknown[] = args;
  let parent: Record<string | number, unknown> = root as never;
  let key: string | number = (steps[0] ?? 0) % Math.max(1, root.length);
  let path = `args[${key}]`;
  for (const step of steps.slice(1)) {
    const here: unknown = parent[key];
    if (!isObject(here)) break;
    const keys: string[] = Object.keys(here);
    if (keys.length === 0 || step % (keys.length + 1) === 0) break;
    parent = here as Record<string, unknown>;
    key = keys[(step - 1) % keys.length]!;
    path += Array.isArray(here) ? `[${key}]` : `.${key}`;
  }
  parent[key] = make(parent[key]);
  return path;
}

/** Every place in `args` down to `depth` (array entries and object fields), as key paths. */
function placesIn(args: unknown[], depth: number): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (x: unknown, path: (string | number)[]) => {
    out.push(path);
    if (path.length >= depth || !isObject(x)) return;
    for (const key of Object.keys(x))
      walk((x as Record<string, unknown>)[key], [...path, Array.isArray(x) ? Number(key) : key]);
  };
  args.forEach((a, i) => walk(a, [i]));
  return out;
}

function setAt(
  args: unknown[],
  path: readonly (string | number)[],
  make: (base: unknown) => unknown,
) {
  let parent = args as unknown as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  parent[last] = make(parent[last]);
}

/** Functions whose first argument is a cohort they validate. */
const PARSES_COHORT = new Set([
  "parseCohort",
  "match",
  "scoreMatrix",
  "alternatives",
  "explainPair",
]);

const TYPED = [CohortError, RangeError, TypeError, SolverError] as const;
/** Long enough for a slow machine, far too short for a walk over 2^32 array slots. */
const TIME_LIMIT_MS = 3_000;

function check(entry: Entry, args: unknown[], where: string): void {
  const started = performance.now();
  let thrown: unknown;
  let threw = false;
  try {
    const out = entry.call(args);
    if (entry.name === "safeParseCohort") {
      const r = out as ReturnType<typeof safeParseCohort>;
      if (!r.success) expect(r.issues.length).toBeGreaterThan(0);
    }
  } catch (error) {
    threw = true;
    thrown = error;
  }
  const ms = performance.now() - started;
  expect(ms, `${entry.name} with ${where} took ${Math.round(ms)} ms`).toBeLessThan(TIME_LIMIT_MS);
  if (!threw) return;
  const typed = TYPED.some((T) => thrown instanceof T);
  const message = typed ? (thrown as Error).message : String(describe_(thrown));
  expect(typed, `${entry.name} with ${where} threw ${message}`).toBe(true);
  expect(message, `${entry.name} with ${where}`).toMatch(new RegExp(`^${entry.name}: `, "u"));
  if (PARSES_COHORT.has(entry.name) && / at args\[0\]/u.test(where)) {
    // Whatever is wrong with a cohort is an invalid cohort, with the place named.
    expect(thrown, `${entry.name} with ${where}: ${message}`).toBeInstanceOf(CohortError);
  }
  if (entry.name === "safeParseCohort") {
    // It never throws for its input; only a broken option may throw (a caller bug).
    expect(where, `safeParseCohort threw for ${where}: ${message}`).toMatch(/ at args\[1\]/u);
  }
}

function describe_(x: unknown): string {
  try {
    return x instanceof Error ? `${x.name}: ${x.message}` : String(x);
  } catch {
    return "(an unprintable value)";
  }
}

describe("every public function returns or throws only its documented errors", () => {
  it.each(ENTRIES.map((e) => [e.name, e] as const))(
    "%s, with a hostile value anywhere in its arguments",
    (_, entry) => {
      fc.assert(
        fc.property(
          fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 6 }),
          fc.integer({ min: 0, max: HOSTILE.length - 1 }),
          (steps, h) => {
            const args = entry.args();
            const [label, make] = HOSTILE[h]!;
            const path = plant(args, steps, make);
            check(entry, args, `${label} at ${path}`);
          },
        ),
        { numRuns: 150 },
      );
    },
  );

  it.each(ENTRIES.map((e) => [e.name, e] as const))(
    "%s, with any value (fast-check's anything) anywhere in its arguments",
    (_, entry) => {
      fc.assert(
        fc.property(
          fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 6 }),
          fc.anything({ maxDepth: 2, withMap: true, withSet: true, withNullPrototype: true }),
          (steps, value) => {
            const args = entry.args();
            const path = plant(args, steps, () => value);
            check(entry, args, `${describe_(value).slice(0, 40)} at ${path}`);
          },
        ),
        { numRuns: 60 },
      );
    },
  );

  // The values that made functions hang or leak raw errors, at every place of every argument.
  const WORST = HOSTILE.filter(([label]) =>
    [
      "a huge sparse array",
      "a huge array-like",
      "throwing getters",
      "a Proxy whose traps throw",
      "an array Proxy whose traps throw",
    ].includes(label),
  );
  it.each(ENTRIES.map((e) => [e.name, e] as const))(
    "%s, with each of the worst values at every place of its arguments (depth 4)",
    (_, entry) => {
      let calls = 0;
      for (const path of placesIn(entry.args(), 4)) {
        for (const [label, make] of WORST) {
          const args = entry.args();
          setAt(args, path, make);
          check(
            entry,
            args,
            `${label} at args${path.map((k) => `[${JSON.stringify(k)}]`).join("")}`,
          );
          calls++;
        }
      }
      // Every argument place was tried (cohortJsonSchema has none).
      expect(calls).toBe(WORST.length * placesIn(entry.args(), 4).length);
    },
  );

  it.each(HOSTILE.map(([label, make]) => [label, make] as const))(
    "safeParseCohort never throws: %s as the cohort",
    (_, make) => {
      const r = safeParseCohort(make(copy(COHORT)));
      if (!r.success) expect(r.issues.length).toBeGreaterThan(0);
    },
  );
});
