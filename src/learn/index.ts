export { auditPlan } from "./auditPlan.js";
export { calibrate } from "./calibrate.js";
export { learnFromOutcomes } from "./learnFromOutcomes.js";
export type * from "./types.js";
export { type WeightRangeOptions, weightRanges } from "./weightRanges.js";
