import type { TableKind } from "./tableKind.js";
import type { ReadIssue, RecordSource, SourceMap } from "./types.js";

/** What the readers collect, file by file, before the cohort is validated. Internal. */
export interface CohortBuilder {
  readonly files: string[];
  readonly records: Record<TableKind, Record<string, unknown>[]>;
  readonly sources: Record<TableKind, RecordSource[]>;
  readonly issues: ReadIssue[];
  readonly warnings: ReadIssue[];
  /**
   * Cohort paths (`adepts[3].managerYears`) whose problem a reader already reported, so the
   * schema's own message about the same field is not shown twice.
   */
  readonly reported: Set<string>;
}

/**
 * An empty builder.
 *
 * @example
 * const b = createBuilder(); readTable(b, table, { kind: "mentors" });
 */
export function createBuilder(): CohortBuilder {
  const kinds = () => ({ mentors: [], adepts: [], exclusions: [], locked: [], history: [] });
  return {
    files: [],
    records: kinds(),
    sources: kinds(),
    issues: [],
    warnings: [],
    reported: new Set(),
  };
}

/**
 * The source map of what has been read so far.
 *
 * @example
 * sourceMapOf(b).mentors[0]?.row // 2
 */
export function sourceMapOf(b: CohortBuilder): SourceMap {
  return { files: [...b.files], ...b.sources };
}
