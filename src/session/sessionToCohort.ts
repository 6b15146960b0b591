import { PAIR_RULES } from "../rules/pairRules.js";
import { CRITERIA, type MatchOptions, PREFERENCE } from "../types.js";
import { guarded, plainData } from "../util/boundary.js";
import { normalizeKey } from "../util/normalize.js";
import { printable } from "../util/quote.js";
import { type AppliedSession, type Decision, SESSION_VERSION, type Session } from "./types.js";

const FN = "sessionToCohort";
const SESSION_KEYS = ["mentorpair", "version", "cohort", "options", "decisions"];
const PAIR_KINDS = ["lock", "unlock", "forbid", "allow"] as const;
/** The fields each kind of decision may have (besides `kind` and `reason`). */
const FIELDS: Readonly<Record<Decision["kind"], readonly string[]>> = {
  lock: ["mentor", "adept"],
  unlock: ["mentor", "adept"],
  forbid: ["mentor", "adept"],
  allow: ["mentor", "adept"],
  rule: ["rule", "mode"],
  weight: ["criterion", "weight"],
  objective: ["objective"],
};

type Record_ = Record<string, unknown>;

const isObject = (x: unknown): x is Record_ =>
  typeof x === "object" && x !== null && !Array.isArray(x);

const shown = (x: unknown) =>
  typeof x === "string" ? `"${printable(x)}"` : printable(String(JSON.stringify(x) ?? x));

function oneOf(path: string, value: unknown, allowed: readonly string[]): void {
  if (typeof value !== "string" || !allowed.includes(value)) {
    throw new RangeError(
      `${FN}: ${path} must be one of ${allowed.map((a) => `"${a}"`).join(", ")}, got ${shown(value)}`,
    );
  }
}

/** Checks one decision's shape; the ids themselves are checked against the cohort by `match`. */
function checkDecision(d: unknown, path: string): Decision {
  if (!isObject(d)) throw new TypeError(`${FN}: ${path} must be an object`);
  oneOf(`${path}.kind`, d.kind, Object.keys(FIELDS));
  const kind = d.kind as Decision["kind"];
  const known = ["kind", "reason", ...FIELDS[kind]];
  for (const key of Object.keys(d)) {
    if (!known.includes(key)) {
      throw new RangeError(
        `${FN}: ${path}.${printable(key, 40)} is not a field of a "${kind}" decision (known: ${known.join(", ")})`,
      );
    }
  }
  if (d.reason !== undefined && typeof d.reason !== "string") {
    throw new TypeError(`${FN}: ${path}.reason must be a string`);
  }
  if ((PAIR_KINDS as readonly string[]).includes(kind)) {
    for (const side of ["mentor", "adept"]) {
      if (typeof d[side] !== "string") {
        throw new TypeError(`${FN}: ${path}.${side} must be an id (a string)`);
      }
    }
    if (kind === "forbid" && (typeof d.reason !== "string" || d.reason.trim() === "")) {
      throw new RangeError(`${FN}: ${path}.reason is required: say why the pair is forbidden`);
    }
  } else if (kind === "rule") {
    oneOf(`${path}.rule`, d.rule, PAIR_RULES);
    oneOf(`${path}.mode`, d.mode, ["hard", "soft", "off"]);
  } else if (kind === "weight") {
    oneOf(`${path}.criterion`, d.criterion, [...CRITERIA, PREFERENCE]);
    if (typeof d.weight !== "number" || !Number.isFinite(d.weight) || d.weight < 0) {
      throw new RangeError(`${FN}: ${path}.weight must be a number >= 0, got ${shown(d.weight)}`);
    }
  } else {
    oneOf(`${path}.objective`, d.objective, ["total", "fair", "stable"]);
  }
  return d as unknown as Decision;
}

function checkSession(session: unknown): Session {
  if (!isObject(session)) throw new TypeError(`${FN}: session must be an object`);
  for (const key of Object.keys(session)) {
    if (!SESSION_KEYS.includes(key)) {
      throw new RangeError(
        `${FN}: session.${printable(key, 40)} is not a field of a session (known: ${SESSION_KEYS.join(", ")})`,
      );
    }
  }
  if (session.mentorpair !== "session") {
    throw new TypeError(
      `${FN}: session.mentorpair must be "session", got ${shown(session.mentorpair)}`,
    );
  }
  if (session.version !== SESSION_VERSION) {
    throw new RangeError(
      `${FN}: session.version ${shown(session.version)} is not supported (this version of mentorpair reads version ${SESSION_VERSION})`,
    );
  }
  if (!isObject(session.cohort)) throw new TypeError(`${FN}: session.cohort must be an object`);
  for (const list of ["locked", "exclusions"]) {
    const value = session.cohort[list];
    if (value !== undefined && !Array.isArray(value)) {
      throw new TypeError(`${FN}: session.cohort.${list} must be a list`);
    }
  }
  if (session.options !== undefined && !isObject(session.options)) {
    throw new TypeError(`${FN}: session.options must be an object`);
  }
  if (!Array.isArray(session.decisions)) {
    throw new TypeError(`${FN}: session.decisions must be a list`);
  }
  session.decisions.forEach((d, i) => checkDecision(d, `session.decisions[${i}]`));
  return session as unknown as Session;
}

const samePair = (x: unknown, mentor: string, adept: string): boolean =>
  isObject(x) &&
  typeof x.mentor === "string" &&
  typeof x.adept === "string" &&
  normalizeKey(x.mentor) === normalizeKey(mentor) &&
  normalizeKey(x.adept) === normalizeKey(adept);

/**
 * Applies a session's decisions, in order, to its cohort and options: `lock` adds the pair to
 * the cohort's `locked`, `unlock` removes it from there (whether the cohort or an earlier
 * decision locked it), `forbid` adds an exclusion with the decision's reason, `allow` removes
 * the pair's exclusions, and `rule`, `weight` and `objective` set that option. The result is
 * what `match` (and `explainPair`, `alternatives`, `renderReport`) take, so a saved session
 * reproduces the same plan wherever it is loaded. Pure: the session is not changed.
 *
 * Throws a `TypeError` or `RangeError` naming `sessionToCohort` and the path for a session that
 * is not one (wrong marker, an unsupported `version`, an unknown field, a decision of an unknown
 * kind or with a bad value, a `forbid` without a reason) and for an `unlock` or `allow` of a pair
 * that is not locked or forbidden at that point. The ids and the cohort itself are checked later
 * by `match`, like any cohort (a lock that breaks a hard rule is a `CohortError` there).
 *
 * @example
 * const { cohort, options } = sessionToCohort({
 *   mentorpair: "session",
 *   version: 1,
 *   cohort,
 *   decisions: [
 *     { kind: "lock", mentor: "M02", adept: "A05", reason: "agreed at the kick-off" },
 *     { kind: "forbid", mentor: "M05", adept: "A03", reason: "same line of reporting" },
 *     { kind: "weight", criterion: "geography", weight: 2 },
 *   ],
 * });
 * const result = match(cohort, options);
 */
export function sessionToCohort(session: Session): AppliedSession {
  return guarded(FN, () => apply(checkSession(plainData(FN, "session", session))));
}

function apply(session: Session): AppliedSession {
  const input = session.cohort as Record_;
  let locked = input.locked as readonly unknown[] | undefined;
  let exclusions = input.exclusions as readonly unknown[] | undefined;
  const base = session.options ?? {};
  let weights: Record_ | undefined;
  let rules: Record_ | undefined;
  let objective: string | undefined;
  session.decisions.forEach((d, i) => {
    const path = `session.decisions[${i}]`;
    switch (d.kind) {
      case "lock":
        locked = [...(locked ?? []), { mentor: d.mentor, adept: d.adept }];
        break;
      case "forbid":
        exclusions = [
          ...(exclusions ?? []),
          { mentor: d.mentor, adept: d.adept, reason: d.reason },
        ];
        break;
      case "unlock":
      case "allow": {
        const list = d.kind === "unlock" ? locked : exclusions;
        const kept = (list ?? []).filter((x) => !samePair(x, d.mentor, d.adept));
        if (kept.length === (list ?? []).length) {
          const what = d.kind === "unlock" ? "locked" : "forbidden";
          throw new RangeError(
            `${FN}: ${path} ${d.kind}s ${printable(d.mentor)}/${printable(d.adept)}, which is not ${what} at that point`,
          );
        }
        if (d.kind === "unlock") locked = kept;
        else exclusions = kept;
        break;
      }
      case "rule":
        rules = { ...(rules ?? (base.rules as Record_ | undefined)), [d.rule]: d.mode };
        break;
      case "weight":
        weights = {
          ...(weights ?? (base.weights as Record_ | undefined)),
          [d.criterion]: d.weight,
        };
        break;
      case "objective":
        objective = d.objective;
        break;
    }
  });
  const cohort = {
    ...input,
    ...(locked === undefined ? {} : { locked }),
    ...(exclusions === undefined ? {} : { exclusions }),
  };
  const options: MatchOptions = {
    ...base,
    ...(weights === undefined ? {} : { weights }),
    ...(rules === undefined ? {} : { rules }),
    ...(objective === undefined ? {} : { objective }),
  } as MatchOptions;
  return { cohort: cohort as AppliedSession["cohort"], options };
}
