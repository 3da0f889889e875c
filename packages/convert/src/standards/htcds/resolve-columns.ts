import { columnName } from "../../report/column-name.js";
import { labelFit } from "./htcds-names.js";
import { fieldOfName, HTCDS_SLOTS, type HtcdsField } from "./htcds-slots.js";
import type { SourceColumn } from "./source-table.js";

/** Which header row names the fields when the template's two header rows disagree. */
export type HeaderPreference = "names" | "labels";

/** What a source column is read as. */
export interface ColumnBinding {
  readonly index: number;
  /**
   * The column's header as written (field name, else label); `""` for a column without either. It is data (the
   * key a column HTCDS lacks is kept under), never a name for reports: a label may carry a word more than the
   * field's, and that word may be a person's name.
   */
  readonly header: string;
  /** How reports name the column: the HTCDS field it feeds (`prs_FirstName`), else its number (`column 5`). */
  readonly name: string;
  /** Where reports point at the column's cells: its letter in a workbook, else `name`. */
  readonly place: string;
  /** The HTCDS field the column feeds; absent for a column HTCDS does not have (kept under `extensions.htcds`). */
  readonly field?: HtcdsField;
  /** Why the column was read as it was, when that is worth a line in the report. */
  readonly note?: string;
}

const ALL_NAMES = HTCDS_SLOTS.flatMap((slot) => slot.names);

/**
 * The HTCDS field a human label stands for (`Mailing Zip/Postal Code` -> `prs_MailingPostalCode`): the field
 * whose name's words fit the label best; `undefined` when none fits or two different fields fit equally well.
 */
export function fieldOfLabel(label: string): HtcdsField | undefined {
  let best: HtcdsField | undefined;
  let bestFit = 0;
  let tie = false;
  for (const name of ALL_NAMES) {
    const fit = labelFit(label, name);
    if (fit === 0 || fit < bestFit) continue;
    const field = fieldOfName(name);
    if (fit > bestFit) {
      best = field;
      bestFit = fit;
      tie = false;
    } else if (field?.name !== best?.name) tie = true;
  }
  return tie ? undefined : best;
}

function bind(
  column: SourceColumn,
  index: number,
  prefer: HeaderPreference,
  byLabels: boolean,
): ColumnBinding {
  const header = column.name ?? column.label ?? "";
  const number = columnName(column.position ?? index);
  // Notes point at the column by its letter or its number, never by its header.
  const where = column.letter === undefined ? number : `column ${column.letter}`;
  const bound = (field: HtcdsField | undefined, note?: string): ColumnBinding => {
    const name = field?.name ?? number;
    return {
      index,
      header,
      name,
      place: column.letter ?? name,
      ...(field ? { field } : {}),
      ...(note ? { note } : {}),
    };
  };
  const byName = column.name === undefined ? undefined : fieldOfName(column.name);
  const byLabel = column.label === undefined || !byLabels ? undefined : fieldOfLabel(column.label);
  if (byName && byLabel && byName.name !== byLabel.name) {
    const field = prefer === "labels" ? byLabel : byName;
    return bound(
      field,
      `The label of ${where} fits ${byLabel.name} but its field name is ${byName.name}; ` +
        `values were read as ${field.name} (header preference: ${prefer})`,
    );
  }
  if (byName) return bound(byName);
  if (byLabel) return bound(byLabel, `${capitalised(where)} has no field name; read by its label`);
  // A CSV whose header holds labels instead of field names.
  const nameAsLabel = column.name === undefined || !byLabels ? undefined : fieldOfLabel(column.name);
  if (nameAsLabel) return bound(nameAsLabel, `${capitalised(where)} was matched by its label`);
  return bound(undefined);
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Binds every column of a source to its HTCDS field, by field name first, else by label; `byLabels: false` for
 * sources whose headers are always field names (XLSForm exports, where `SubmissionDate` is no HTCDS date).
 */
export function resolveColumns(
  columns: readonly SourceColumn[],
  prefer: HeaderPreference = "names",
  byLabels = true,
): ColumnBinding[] {
  return columns.map((column, index) => bind(column, index, prefer, byLabels));
}

/** How many columns of a header row are HTCDS fields by name, and how many by label. */
export function headerScore(cells: readonly (string | undefined)[]): { names: number; labels: number } {
  let names = 0;
  let labels = 0;
  for (const cell of cells) {
    if (cell === undefined || cell.trim() === "") continue;
    if (fieldOfName(cell)) names++;
    else if (fieldOfLabel(cell)) labels++;
  }
  return { names, labels };
}
