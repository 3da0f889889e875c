import type { Readable } from "node:stream";
import { parseCellReference } from "./column-letters.js";
import { StringItem, unescapeXstring } from "./workbook-parts.js";
import { type XlsxCaps, XlsxLimitError, XlsxReadError } from "./xlsx-caps.js";
import type { XlsxCell, XlsxRow, XlsxValue } from "./xlsx-cell.js";
import { attribute, feedXml, type XmlHandler } from "./xml-part.js";

/** What a sheet's cells refer to: the shared strings, which styles are dates, the date system. */
export interface SheetContext {
  /** Sheet position, 1 = first, for messages. */
  readonly sheet: number;
  /** `undefined` when the workbook has no shared strings part. */
  readonly sharedStrings: readonly string[] | undefined;
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  readonly caps: XlsxCaps;
}

const DAY_MS = 86_400_000;
/** Day 0 of Excel's serial dates, in Unix days (1899-12-30), and the 1904 system's offset from it. */
const UNIX_DAY_OF_SERIAL_0 = 25_569;
const DAYS_1904 = 1_462;

/** An Excel serial date as a Date, at UTC (the same conversion exceljs makes). */
function dateOfSerial(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - UNIX_DAY_OF_SERIAL_0 + (date1904 ? DAYS_1904 : 0)) * DAY_MS));
}

/** Parses sheet XML as it streams in, gathering finished rows; only cells that exist are ever built. */
class SheetHandler implements XmlHandler {
  /** Rows finished since the caller last took them. */
  readonly done: XlsxRow[] = [];
  private cellCount = 0;
  private inData = false;
  private rowNumber = 0;
  private cells: XlsxCell[] | undefined;
  private sorted = true;
  private column = 0;
  private type = "n";
  private style = 0;
  private hasFormula = false;
  private formula = "";
  private inFormula = false;
  private value: string | undefined;
  /** `value` is an inline string's text, whose `_xHHHH_` escapes `StringItem` has undone already. */
  private unescaped = false;
  private inValue = false;
  private inline: StringItem | undefined;
  private readonly item: StringItem;

  constructor(private readonly context: SheetContext) {
    this.item = new StringItem(context.caps.maxCellChars);
  }

  private place(column?: number) {
    return { sheet: this.context.sheet, row: this.rowNumber, ...(column === undefined ? {} : { column }) };
  }

  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void {
    if (!this.inData) {
      if (name === "sheetData" && !selfClosing) this.inData = true;
      return;
    }
    if (this.inline !== undefined) {
      this.inline.open(name, selfClosing);
      return;
    }
    const { caps } = this.context;
    switch (name) {
      case "row": {
        const given = attribute(attributes, "r");
        const number = given === undefined ? this.rowNumber + 1 : Number(given);
        if (!Number.isSafeInteger(number) || number < 1)
          throw new XlsxReadError("bad_reference", { sheet: this.context.sheet, row: this.rowNumber + 1 });
        this.rowNumber = number;
        if (number > caps.maxRows) throw new XlsxLimitError("maxRows", caps.maxRows, this.place());
        this.cells = [];
        this.sorted = true;
        this.column = 0;
        if (selfClosing) this.close("row");
        return;
      }
      case "c": {
        if (this.cells === undefined) {
          // A cell outside a row: read it as the next row's.
          this.rowNumber++;
          this.cells = [];
          this.column = 0;
        }
        const reference = attribute(attributes, "r");
        let column = this.column + 1;
        if (reference !== undefined) {
          const parsed = parseCellReference(reference);
          if (parsed === undefined) throw new XlsxReadError("bad_reference", this.place());
          column = parsed.column;
        }
        if (column > caps.maxColumns)
          throw new XlsxLimitError("maxColumns", caps.maxColumns, this.place(column));
        if (column <= this.column) this.sorted = false;
        this.column = column;
        this.type = attribute(attributes, "t") ?? "n";
        this.style = Number(attribute(attributes, "s") ?? "0");
        this.hasFormula = false;
        this.formula = "";
        this.value = undefined;
        this.unescaped = false;
        if (selfClosing) this.close("c");
        return;
      }
      case "v":
        this.inValue = !selfClosing;
        if (selfClosing) this.value ??= "";
        return;
      case "f":
        this.hasFormula = true;
        this.inFormula = !selfClosing;
        return;
      case "is":
        if (selfClosing) return;
        this.item.reset();
        this.inline = this.item;
        return;
    }
  }

  close(name: string): void {
    if (!this.inData) return;
    if (this.inline !== undefined) {
      if (name === "is") {
        this.value = this.inline.value();
        this.unescaped = true;
        this.inline = undefined;
      } else this.inline.close(name);
      return;
    }
    switch (name) {
      case "v":
        this.inValue = false;
        this.value ??= "";
        return;
      case "f":
        this.inFormula = false;
        return;
      case "c": {
        const cell = this.cell();
        if (cell !== undefined) this.cells?.push(cell);
        return;
      }
      case "row":
        this.finishRow();
        return;
      case "sheetData":
        if (this.cells !== undefined) this.finishRow();
        this.inData = false;
        return;
    }
  }

  text(text: string): void {
    if (this.inline !== undefined) {
      if (!this.inline.text(text)) throw this.tooLong();
      return;
    }
    if (this.inValue) {
      this.value = (this.value ?? "") + text;
      if (this.value.length > this.context.caps.maxCellChars) throw this.tooLong();
    } else if (this.inFormula) {
      this.formula += text;
      if (this.formula.length > this.context.caps.maxCellChars) throw this.tooLong();
    }
  }

  private tooLong(): XlsxLimitError {
    return new XlsxLimitError("maxCellChars", this.context.caps.maxCellChars, this.place(this.column));
  }

  private finishRow(): void {
    const cells = this.cells ?? [];
    this.cells = undefined;
    if (cells.length === 0) return;
    if (!this.sorted) {
      cells.sort((a, b) => a.column - b.column);
      // A column given twice keeps its last cell, as Excel does.
      for (let index = cells.length - 1; index > 0; index--) {
        if ((cells[index - 1] as XlsxCell).column === (cells[index] as XlsxCell).column)
          cells.splice(index - 1, 1);
      }
    }
    const { caps } = this.context;
    this.cellCount += (cells.at(-1) as XlsxCell).column + 1;
    if (this.cellCount > caps.maxCells) throw new XlsxLimitError("maxCells", caps.maxCells, this.place());
    this.done.push({ row: this.rowNumber, cells });
  }

  /** The cell just closed, or `undefined` when it holds no value. */
  private cell(): XlsxCell | undefined {
    const column = this.column - 1;
    const { value, hasFormula } = this;
    const formula = hasFormula ? { formula: true } : {};
    if (value === undefined) {
      // A formula never calculated (written by a program, not by Excel): there is no value to read.
      return hasFormula ? { column, value: `=${this.formula}`, formula: true, error: true } : undefined;
    }
    const read = this.valueOf(value);
    if (read === undefined) return undefined;
    if (this.type === "e") return { column, value: read, error: true, ...formula };
    return { column, value: read, ...formula };
  }

  private valueOf(text: string): XlsxValue | undefined {
    switch (this.type) {
      case "s": {
        const strings = this.context.sharedStrings;
        if (strings === undefined) throw new XlsxReadError("missing_part", this.place(this.column));
        const index = Number(text);
        const shared = Number.isInteger(index) ? strings[index] : undefined;
        if (shared === undefined) throw new XlsxReadError("bad_reference", this.place(this.column));
        return shared === "" ? undefined : shared;
      }
      case "b":
        return text === "1" || text.toLowerCase() === "true";
      case "inlineStr":
      case "str":
        // Undone once only: `_x005F_x0041_` is the text `_x0041_`, never `A`.
        return text === "" ? undefined : this.unescaped ? text : unescapeXstring(text);
      case "e":
        return text === "" ? undefined : text;
      case "d": {
        const date = new Date(text);
        return Number.isNaN(date.getTime()) ? text : date;
      }
      default: {
        if (text.trim() === "") return undefined;
        const number = Number(text);
        if (!Number.isFinite(number)) return text;
        return this.context.dateStyles[this.style] === true
          ? dateOfSerial(number, this.context.date1904)
          : number;
      }
    }
  }
}

/** The rows of one sheet part, read as a stream: each row that has a value, as soon as it is parsed. */
export async function* sheetRows(
  stream: Readable,
  context: SheetContext,
): AsyncGenerator<XlsxRow, void, undefined> {
  const handler = new SheetHandler(context);
  for await (const _ of feedXml(stream, handler, { sheet: context.sheet })) {
    // The rows of one chunk of XML at most: a short batch.
    yield* handler.done.splice(0);
  }
  yield* handler.done.splice(0);
}
