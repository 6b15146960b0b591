/**
 * Makes a text cell safe to open in a spreadsheet program: a value starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return would be run as a formula (CSV/formula injection), so it gets
 * a leading `'`, which spreadsheets show as text. Other values are returned unchanged.
 *
 * @example
 * neutralizeFormula("=HYPERLINK(\"http://x\")") // "'=HYPERLINK(\"http://x\")"
 * neutralizeFormula("M01") // "M01"
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}
