/**
 * How a report names a column whose header is not a name of the model (an unknown column, an extension key, a
 * refused `__proto__`): by its number from 1, never by its text, which may be anything, a person's name too.
 */
export function columnName(index: number): string {
  return `column ${index + 1}`;
}
