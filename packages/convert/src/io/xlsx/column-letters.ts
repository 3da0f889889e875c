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
  const match = /^\$?([A-Za-z]{1,7})\$?([1-9]\d{0,9})$/.exec(reference);
  if (match === null) return undefined;
  let column = 0;
  for (const letter of (match[1] as string).toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}
