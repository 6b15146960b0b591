/**
 * Most characters in one flat string the report builds. A longer string is a "large object"
 * to V8: it gets freshly mapped memory of its own, and touching that memory for the first time
 * costs more than writing the characters (measured: joining a 1,000-pair report's cards into
 * one 2.4 MB string took 7-12 ms, in chunks of this size about 2 ms). 32,768 characters stay
 * under V8's limit for ordinary objects (128 KiB) even when a chunk holds two-byte text.
 *
 * @example
 * CHUNK_CHARS // 32768
 */
export const CHUNK_CHARS = 32_768;

/**
 * `pieces.join(sep)`, made as a few flat chunks of at most about `CHUNK_CHARS` characters
 * joined by concatenation, not as one flat string: the text is the same, and whoever writes
 * the whole document out copies it once.
 *
 * @example
 * joinInChunks(["<tr>1</tr>", "<tr>2</tr>"], "\n") // "<tr>1</tr>\n<tr>2</tr>"
 */
export function joinInChunks(pieces: readonly string[], sep: string): string {
  let out = "";
  let from = 0;
  let size = 0;
  for (let i = 0; i < pieces.length; i++) {
    size += (pieces[i] as string).length + sep.length;
    if (size < CHUNK_CHARS && i < pieces.length - 1) continue;
    const chunk = pieces.slice(from, i + 1).join(sep);
    out = from === 0 ? chunk : out + sep + chunk;
    from = i + 1;
    size = 0;
  }
  return out;
}
