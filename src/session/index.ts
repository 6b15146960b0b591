/**
 * `mentorpair/session`: the coordinator's page's saved work (a cohort plus every decision made
 * by hand) as data: check that a value is a session, apply its decisions in order to get the
 * cohort and options that reproduce the plan, and say each decision in words. Its own entry, so
 * the core's browser bundle does not carry it.
 *
 * @example
 * import { isSession, sessionToCohort } from "mentorpair/session";
 * if (isSession(json)) { const { cohort, options } = sessionToCohort(json); match(cohort, options); }
 */
export { decisionText } from "./decisionText.js";
export { isSession } from "./isSession.js";
export { sessionToCohort } from "./sessionToCohort.js";
export type * from "./types.js";
export { SESSION_VERSION } from "./types.js";
