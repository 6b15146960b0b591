import { readIssueOf } from "../phrasebook/readIssues.js";
import { printable } from "../util/quote.js";
import type { CohortBuilder } from "./builder.js";
import { decodeText, encodingFacts, lineAt } from "./decode.js";
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
    const facts = encodingFacts(decoded.problem, (i) => lineAt(decoded.text, i), "line", bytes);
    b.issues.push({ file, ...readIssueOf("invalid_encoding", facts) });
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch (error) {
    // The parser's message quotes the input: made safe to print.
    const detail = printable(error instanceof Error ? error.message : String(error), 200);
    b.issues.push({ file, ...readIssueOf("invalid_json", { detail }) });
    return;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    b.issues.push({ file, ...readIssueOf("invalid_json", {}) });
    return;
  }
  for (const [key, value] of Object.entries(data)) {
    const kind = KINDS.find((k) => k === key);
    if (kind === undefined) {
      b.issues.push({
        file,
        path: printable(key),
        ...readIssueOf("json_unknown_field", { field: printable(key), known: KINDS }),
      });
      continue;
    }
    if (!Array.isArray(value)) {
      b.issues.push({ file, path: key, ...readIssueOf("json_not_list", {}) });
      continue;
    }
    value.forEach((record: unknown, i) => {
      (b.records[kind] as unknown[]).push(record);
      b.sources[kind].push({ file, path: `${key}[${i}]`, columns: {}, cells: {} });
    });
  }
}
