/** The letters of a column number (1 = `A`, 27 = `AA`, 16,384 = `XFD`). */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * The row and column numbers of a cell reference (`B7` is row 7, column 2); `undefined` when it is not one.
 * Stops reading letters past seven (far beyond any sheet), so a hostile reference cannot make a huge number.
 */
export function parseCellReference(reference: string): { row: number; column: number } | undefined {
  let at = reference.charCodeAt(0) === 36 ? 1 : 0; // a `$` of an absolute reference
  let column = 0;
  const lettersFrom = at;
  for (; at < reference.length && at - lettersFrom < 8; at++) {
    const code = reference.charCodeAt(at) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  const letters = at - lettersFrom;
  if (letters === 0 || letters > 7) return undefined;
  if (reference.charCodeAt(at) === 36) at++;
  const digits = reference.length - at;
  if (digits < 1 || digits > 10 || reference.charCodeAt(at) === 48) return undefined;
  let row = 0;
  for (; at < reference.length; at++) {
    const digit = reference.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return undefined;
    row = row * 10 + digit;
  }
  return { row, column };
}
