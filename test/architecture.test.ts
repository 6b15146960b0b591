/**
 * The house rules of docs/architecture.md, checked: data flows one way between folders (no
 * folder imports a folder that imports it back, however indirectly), and no source file grows
 * past what a reader takes in at one sitting.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const src = join(import.meta.dirname, "..", "src");
// src/index.ts is the public entry: it imports everything and nothing imports it.
const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter(
  (f) => f.endsWith(".ts") && f !== "index.ts",
);
/** The folder a source file belongs to; the files at the top (types.ts, version.ts) are ".". */
const folderOf = (file: string) => (file.includes("/") ? file.split("/")[0]! : ".");

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = folderOf(file);
    const text = readFileSync(join(src, file), "utf8");
    for (const m of text.matchAll(/from "(\.{1,2}\/[^"]+)"/gu)) {
      const target = relative(src, normalize(join(src, dirname(file), m[1]!)));
      const to = folderOf(target);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Every folder cycle, as a path that comes back to its start. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const visit = (path: string[]) => {
    const last = path.at(-1)!;
    for (const next of graph.get(last) ?? []) {
      if (next === path[0]) found.push([...path, next]);
      else if (!path.includes(next) && next > path[0]!) visit([...path, next]);
    }
  };
  for (const start of graph.keys()) visit([start]);
  return found;
}

describe("architecture", () => {
  it("no two folders import each other, directly or through others", () => {
    const graph = folderGraph();
    expect(cycles(graph).map((c) => c.join(" -> "))).toEqual([]);
  });

  it("no source file is longer than 450 lines", () => {
    const long = files
      .map((f) => ({ f, lines: readFileSync(join(src, f), "utf8").split("\n").length }))
      .filter((x) => x.lines > 450 && !x.f.startsWith("data/"));
    expect(long).toEqual([]);
  });
});
