export { shortlist } from "../shortlist/shortlist.js";
export type * from "../shortlist/types.js";
export { matchStable } from "./matchStable.js";
export { STABLE_AUTO_LP_MAX_PAIRS, STABLE_LP_MAX_PAIRS } from "./stableOptimum.js";
