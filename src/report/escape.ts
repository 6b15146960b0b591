const HTML_SPECIAL = /[&<>"']/u;

/**
 * Escapes text for HTML element content and for quoted attribute values: `&`, `<`, `>`, `"` and
 * `'`. Every string that comes from the input (ids, municipality and sector names, tags, free
 * text, reasons that quote them) goes through here before it is written into the report.
 *
 * @example
 * escapeHtml(`<script>alert("x")</script> & 'y'`)
 * // "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
 */
export function escapeHtml(text: string): string {
  // Most texts (ids, numbers, sentences) hold none of the five: skip the five passes.
  if (!HTML_SPECIAL.test(text)) return text;
  return text
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/"/gu, "&quot;")
    .replace(/'/gu, "&#39;");
}

const TEXT_SPECIAL = /[&<>]/u;

/**
 * Escapes text for HTML element content only: `&`, `<` and `>`. Quotes need no escaping
 * between tags, and English sentences are full of apostrophes ("A03's"): the report's thousands
 * of sentences then pass through untouched. Never use it for an attribute value (`escapeHtml`).
 *
 * @example
 * escapeText(`M01 offers A03's "<b>delegation</b>" & more`)
 * // `M01 offers A03's "&lt;b&gt;delegation&lt;/b&gt;" &amp; more`
 */
export function escapeText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text;
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}
