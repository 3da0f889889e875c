/** The columns of UNODC's GLOTIP data export, in the export's order. */
export const GLOTIP_COLUMNS = [
  "Iso3_code",
  "Country",
  "Region",
  "Subregion",
  "Indicator",
  "Dimension",
  "Category",
  "Sex",
  "Age",
  "Year",
  "Unit of measurement",
  "txtVALUE",
  "Source",
] as const;

/** A column of the GLOTIP export. */
export type GlotipColumn = (typeof GLOTIP_COLUMNS)[number];

/** Where each GLOTIP column stands in a row, by its position in `GLOTIP_COLUMNS`. */
export type GlotipColumnIndex = readonly (number | undefined)[];

/** The columns without which a row says nothing: a header must name all of them. */
const REQUIRED: readonly GlotipColumn[] = ["Indicator", "Year", "txtVALUE"];

const normalise = (cell: string) => cell.trim().toLowerCase();
const BY_NAME = new Map<string, number>(GLOTIP_COLUMNS.map((name, index) => [normalise(name), index]));

/**
 * Binds a row as the GLOTIP header: where each column stands (names compared trimmed and in any letter
 * case), or `undefined` when the row is not the header (a banner row, a data row). A header names at least
 * the indicator, year and value columns; `extra` lists the positions of every other column (named or not).
 * Throws nothing; a repeated column is returned as `duplicate`.
 */
export function bindGlotipHeader(
  cells: readonly string[],
): { index: GlotipColumnIndex; extra: readonly number[] } | "duplicate" | undefined {
  const index: (number | undefined)[] = GLOTIP_COLUMNS.map(() => undefined);
  const extra: number[] = [];
  for (let position = 0; position < cells.length; position++) {
    const known = BY_NAME.get(normalise(cells[position] as string));
    if (known === undefined) {
      extra.push(position);
      continue;
    }
    if (index[known] !== undefined) return "duplicate";
    index[known] = position;
  }
  const named = REQUIRED.every((name) => index[GLOTIP_COLUMNS.indexOf(name)] !== undefined);
  return named ? { index, extra } : undefined;
}
