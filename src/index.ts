export { DEFAULT_PREFERENCE_WEIGHT } from "./criteria/preference.js";
export { SJUHARAD_MUNICIPALITIES } from "./data/sjuharad.js";
export { SWEDISH_MUNICIPALITIES } from "./data/sweden.js";
export { alternatives } from "./explain/alternatives.js";
export { explain } from "./explain/explain.js";
export { explainPair } from "./explain/explainPair.js";
export { explainReasons, type ResultReasons } from "./explain/explainReasons.js";
export type * from "./explain/types.js";
export { type HistoryEntry, historyFromResults } from "./match/history.js";
export { match } from "./match/match.js";
export { type CohortChanges, type RematchResult, rematch } from "./match/rematch.js";
export { DEFAULT_CRITERIA_OPTIONS, DEFAULT_RULES, DEFAULT_WEIGHTS } from "./options/resolve.js";
export { checkPlan } from "./plan/checkPlan.js";
export type { ThreadOptions } from "./progressTypes.js";
export { renderReport } from "./report/renderReport.js";
export type {
  Adept,
  AdeptInput,
  Cohort,
  CohortInput,
  Mentor,
  MentorInput,
  Person,
} from "./schema/cohort.js";
export {
  AdeptSchema,
  CohortSchema,
  EDUCATION_LEVELS,
  LEADERSHIP_LEVELS,
  MentorSchema,
} from "./schema/cohort.js";
export { cohortJsonSchema } from "./schema/jsonSchema.js";
export { scoreMatrix } from "./score/scoreMatrix.js";
export { scorePair } from "./score/scorePair.js";
// Sessions (a cohort plus the decisions made by hand) are read by `mentorpair/session`; the
// core carries their types, which `renderReport`'s `decisions` option takes.
export type * from "./session/types.js";
export type * from "./types.js";
export { CRITERIA } from "./types.js";
export { CohortError } from "./util/cohortError.js";
export { SolverError } from "./util/solverError.js";
export { parseCohort, safeParseCohort } from "./validate/parse.js";
export { VERSION } from "./version.js";
