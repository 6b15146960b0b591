export { shortlist } from "../shortlist/shortlist.js";
export type * from "../shortlist/types.js";
export type { StablePlanResult } from "../stability/stability.js";
export { matchStable, matchStableWithPlan } from "./matchStable.js";
export {
  STABLE_AUTO_LP_MAX_PAIRS,
  STABLE_LP_MAX_PAIRS,
  stableOptimum,
} from "./stableOptimum.js";
