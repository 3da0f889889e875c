const SPACE = 32;
const MINUS = 45;

/** CTDC writes a missing value as `-99` (as a number or text) or leaves the cell empty. */
export function isCtdcMissing(cell: string): boolean {
  if (cell === "" || cell === "-99") return true;
  // Fast path (most cells): nothing to trim and not negative.
  const first = cell.charCodeAt(0);
  if (first > SPACE && first !== MINUS && cell.charCodeAt(cell.length - 1) > SPACE) return false;
  const trimmed = cell.trim();
  return trimmed === "" || trimmed === "-99" || trimmed === "-99.0";
}
