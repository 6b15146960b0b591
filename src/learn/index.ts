export { auditPlan } from "./auditPlan.js";
export { calibrate } from "./calibrate.js";
export type * from "./types.js";
