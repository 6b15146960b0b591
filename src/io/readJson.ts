import { printable } from "../util/quote.js";
import type { CohortBuilder } from "./builder.js";
import { decodeText } from "./decode.js";
import type { TableKind } from "./tableKind.js";

const KINDS: readonly TableKind[] = ["mentors", "adepts", "exclusions", "locked", "history"];

/**
 * Reads a cohort JSON file (the canonical input) into the builder, keeping each record's path in
 * the file. Syntax errors, a top level that is not an object and unknown top-level fields are
 * reported; records themselves are checked later by the schema.
 *
 * @example
 * readJson(b, "kohort.json", bytes); b.records.mentors.length
 */
export function readJson(b: CohortBuilder, file: string, bytes: Uint8Array): void {
  const decoded = decodeText(bytes);
  if (decoded.problem !== undefined) {
    b.issues.push({ code: "invalid_encoding", file, message: decoded.problem.message });
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch (error) {
    b.issues.push({
      code: "invalid_json",
      file,
      // The parser's message quotes the input: made safe to print.
      message: `is not valid JSON: ${printable(error instanceof Error ? error.message : String(error), 200)}`,
    });
    return;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    b.issues.push({
      code: "invalid_json",
      file,
      message: "must hold one object with mentors and adepts lists",
    });
    return;
  }
  for (const [key, value] of Object.entries(data)) {
    const kind = KINDS.find((k) => k === key);
    if (kind === undefined) {
      b.issues.push({
        code: "unrecognized_keys",
        file,
        path: key,
        message: `unknown field "${key}" (known: ${KINDS.join(", ")})`,
      });
      continue;
    }
    if (!Array.isArray(value)) {
      b.issues.push({ code: "invalid_type", file, path: key, message: "must be a list (array)" });
      continue;
    }
    value.forEach((record: unknown, i) => {
      (b.records[kind] as unknown[]).push(record);
      b.sources[kind].push({ file, path: `${key}[${i}]`, columns: {}, cells: {} });
    });
  }
}
