export { detectDelimiter } from "./csv.js";
export {
  type DecodedText,
  decodeText,
  type EncodingProblem,
  type TextEncodingName,
} from "./decode.js";
export { READ_LIMITS, type ReadLimits } from "./limits.js";
export { cellAt, describePaths, formatLocation, formatReadIssue, locatePath } from "./location.js";
export { neutralizeFormula } from "./neutralizeFormula.js";
export { formatOf, type InputFormat, readCohort } from "./readCohort.js";
export type * from "./types.js";
export { warningLines } from "./warningLines.js";
export { type OutCell, type WriteCsvOptions, writeCsv } from "./writeCsv.js";
export { type OutSheet, writeXlsx } from "./writeXlsx.js";
