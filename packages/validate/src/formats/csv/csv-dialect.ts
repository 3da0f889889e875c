/** Cell delimiters of CSV files: the comma, the semicolon that Excel writes where the decimal mark is a comma, tab. */
export const CSV_DELIMITERS = [",", ";", "\t"] as const;

/** A CSV cell delimiter. */
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Names `delimiterOf` accepts besides the characters themselves. */
const DELIMITER_NAMES: Readonly<Record<string, CsvDelimiter>> = {
  ",": ",",
  comma: ",",
  ";": ";",
  semicolon: ";",
  "\t": "\t",
  "\\t": "\t",
  tab: "\t",
};

/** Spellings of the delimiters for help texts and error messages. */
export const DELIMITER_NAMES_SHOWN: readonly string[] = [",", ";", "tab"];

/** The delimiter a name or character stands for (`,`, `;`, `tab`, `\t`, `comma`, `semicolon`), else undefined. */
export function delimiterOf(name: string): CsvDelimiter | undefined {
  const key = name === "\t" ? name : name.trim().toLowerCase();
  return Object.hasOwn(DELIMITER_NAMES, key) ? DELIMITER_NAMES[key] : undefined;
}

/** The first line of a text, up to a line break outside double quotes (a header cell may hold one). */
export function firstLineOf(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (!quoted && (c === 0x0a || c === 0x0d)) return text.slice(0, i);
  }
  return text;
}

/**
 * The delimiter of a CSV from its header line: the one of `,` `;` tab found most often outside double
 * quotes; a tie or none at all is a comma. A header has one more name than delimiters, so a file of several
 * columns always shows its own.
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "," || c === ";" || c === "\t")) counts[c]++;
  }
  let best: CsvDelimiter = ",";
  for (const delimiter of CSV_DELIMITERS) if (counts[delimiter] > counts[best]) best = delimiter;
  return best;
}

const DECIMAL_COMMA = /^([+-]?\d+),(\d+)$/;

/**
 * A number cell written with a decimal comma (`16,0`, `-2,5`) in plain notation (`16.0`), for files whose
 * delimiter is `;` (Excel in a Spanish, French or Portuguese locale). Whole numbers pass unchanged. A cell
 * with a point is `undefined`: in such a file `1.234` may be one thousand two hundred and thirty-four, so it
 * is not read as a number rather than read wrong.
 */
export function decimalCommaNumber(cell: string): string | undefined {
  const trimmed = cell.trim();
  if (trimmed.includes(".")) return undefined;
  const match = DECIMAL_COMMA.exec(trimmed);
  return match === null ? cell : `${match[1]}.${match[2]}`;
}
