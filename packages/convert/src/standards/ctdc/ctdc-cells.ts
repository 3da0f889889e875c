const YES = new Set(["1", "1.0", "true", "TRUE", "True"]);
const NO = new Set(["0", "0.0", "false", "FALSE", "False"]);

/** Reads a CTDC 0/1 cell: `true` for 1, `false` for 0, `undefined` for anything else. */
export function parseCtdcFlag(cell: string): boolean | undefined {
  if (cell === "1") return true;
  if (cell === "0") return false;
  const value = cell.trim();
  if (YES.has(value)) return true;
  return NO.has(value) ? false : undefined;
}

const WHOLE = /^\d+(?:\.0+)?$/;

/** Reads a whole number (`2019`, `2019.0`); `undefined` for anything else. */
export function parseCtdcWhole(cell: string): number | undefined {
  const value = cell.trim();
  return WHOLE.test(value) ? Math.trunc(Number(value)) : undefined;
}
