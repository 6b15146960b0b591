/**
 * The spreadsheet letter of a zero-based column index: 0 is A, 26 is AA.
 *
 * @example
 * columnLetter(27) // "AB"
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
