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
