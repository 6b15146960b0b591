/**
 * Node's own modules, for the two things the core does faster where it runs in Node: hashing
 * (native SHA-256, util/hash.ts) and scoring a national cohort's rows on a second thread
 * (match/helpers.ts). Looked up at run time through `process.getBuiltinModule` (Node 20.16 and
 * later), never imported: the core stays free of Node imports, and a browser bundle never sees
 * a Node module. Everywhere else (a browser, Deno without it, an older Node) the answer is null
 * and the caller does the same work in plain JavaScript, with the same result.
 */

const found = new Map<string, unknown>();

/**
 * The Node built-in module `id` (such as `"node:crypto"`), or null where there is none.
 *
 * @example
 * nodeBuiltin<typeof import("node:crypto")>("node:crypto")?.createHash("sha256") // a Hash in Node
 */
export function nodeBuiltin<T>(id: string): T | null {
  if (found.has(id)) return found.get(id) as T | null;
  let module: unknown = null;
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
      .process;
    module = proc?.getBuiltinModule?.(id) ?? null;
  } catch {
    // A sandbox that refuses: the caller's plain JavaScript path gives the same result.
  }
  found.set(id, module);
  return module as T | null;
}
