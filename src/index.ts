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
export { renderReport } from "./report/renderReport.js";
export {
  AdeptSchema,
  CohortSchema,
  EDUCATION_LEVELS,
  LEADERSHIP_LEVELS,
  MentorSchema,
} from "./schema/cohort.js";
export { CohortError } from "./schema/issues.js";
export { cohortJsonSchema } from "./schema/jsonSchema.js";
export { parseCohort, safeParseCohort } from "./schema/parse.js";
export { scoreMatrix } from "./score/scoreMatrix.js";
export { scorePair } from "./score/scorePair.js";
export { decisionText } from "./session/decisionText.js";
export { isSession } from "./session/isSession.js";
export { sessionToCohort } from "./session/sessionToCohort.js";
export type * from "./session/types.js";
export { SESSION_VERSION } from "./session/types.js";
export { shortlist } from "./shortlist/shortlist.js";
export type * from "./types.js";
export { CRITERIA } from "./types.js";
export { SolverError } from "./util/solverError.js";
export { VERSION } from "./version.js";
