import { CTDC_COLUMNS } from "./ctdc-columns.js";

/** Some CTDC exports cut column names to this many characters (`meansOfControlPsychoactiveSubsta`). */
export const CTDC_TRUNCATED_LENGTH = 32;

const byFoldedName = new Map([...CTDC_COLUMNS.keys()].map((column) => [column.toLowerCase(), column]));

/**
 * The known CTDC column a header cell names: exactly, in another letter case, or cut to 32 characters (the
 * unique known column it is a prefix of). `undefined` for a column the model does not know.
 */
export function resolveCtdcColumn(header: string): string | undefined {
  const name = header.trim();
  if (CTDC_COLUMNS.has(name)) return name;
  const folded = name.toLowerCase();
  const known = byFoldedName.get(folded);
  if (known !== undefined) return known;
  if (name.length !== CTDC_TRUNCATED_LENGTH) return undefined;
  const candidates = [...byFoldedName].filter(([column]) => column.startsWith(folded));
  return candidates.length === 1 ? candidates[0]?.[1] : undefined;
}
