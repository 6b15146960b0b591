import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex } from "@noble/hashes/utils";
import { nodeBuiltin } from "./node.js";

/**
 * JSON with object keys sorted, so equal data always gives equal text.
 *
 * @example
 * canonicalJson({ b: 1, a: [2] }) // '{"a":[2],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The part of Node's `crypto` module that `sha256Sink` uses. */
interface NodeCrypto {
  createHash(algorithm: "sha256"): NodeHash;
}
interface NodeHash {
  update(bytes: Uint8Array): NodeHash;
  digest(encoding: "hex"): string;
}

/** Node's own `crypto` where the code runs in Node (see util/node.ts), else null. */
function nodeCrypto(): NodeCrypto | null {
  const crypto = nodeBuiltin<NodeCrypto>("node:crypto");
  return typeof crypto?.createHash === "function" ? crypto : null;
}

/**
 * A SHA-256 digest fed bytes: `update` reads them at once (the caller may reuse its buffer),
 * `hex` ends it. Node's `crypto` where there is one, else `@noble/hashes` (the same digest).
 *
 * @example
 * const d = sha256Sink(); d.update(new TextEncoder().encode("abc")); d.hex() // "ba7816bf..."
 */
export interface Sha256Sink {
  update(bytes: Uint8Array): void;
  hex(): string;
}

/**
 * A `Sha256Sink`: Node's `crypto` where the code runs in Node (about 15x faster), else
 * `javascriptSha256Sink`.
 *
 * @example
 * const d = sha256Sink(); d.update(Uint8Array.of(97, 98, 99)); d.hex() // "ba7816bf..."
 */
export function sha256Sink(): Sha256Sink {
  const crypto = nodeCrypto();
  if (crypto === null) return javascriptSha256Sink();
  const hash = crypto.createHash("sha256");
  return {
    update: (bytes) => {
      hash.update(bytes);
    },
    hex: () => hash.digest("hex"),
  };
}

/**
 * `sha256Sink` without Node's `crypto`: what a browser runs.
 *
 * @example
 * const d = javascriptSha256Sink(); d.update(Uint8Array.of(97, 98, 99)); d.hex() // "ba7816bf..."
 */
export function javascriptSha256Sink(): Sha256Sink {
  const hash = sha256.create();
  return {
    update: (bytes) => {
      hash.update(bytes);
    },
    hex: () => bytesToHex(hash.digest()),
  };
}
