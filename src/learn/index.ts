export { auditPlan } from "./auditPlan.js";
export { calibrate } from "./calibrate.js";
export { learnFromOutcomes } from "./learnFromOutcomes.js";
export { fairnessSection, robustnessSection } from "./sections.js";
export type * from "./types.js";
export { type WeightRangeOptions, weightRanges } from "./weightRanges.js";
