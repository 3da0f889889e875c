import ExcelJS from "exceljs";
import yazl from "yazl";
import { columnLetters } from "../io/xlsx/column-letters.js";

/** A workbook written by exceljs (as a user's Excel file would be) with one sheet per entry, rows as given. */
export async function excelWorkbook(
  sheets: Record<string, readonly (readonly unknown[])[]>,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row as unknown[]);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Zips parts as given (names to XML text or bytes), each deflated unless `store` lists it. */
export async function zipOf(parts: Record<string, string | Uint8Array>, store: readonly string[] = []) {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(parts)) {
    const buffer = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
    zip.addBuffer(buffer, name, { compress: !store.includes(name), mtime: new Date(Date.UTC(2020, 0, 1)) });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** What `rawWorkbook` writes besides the sheet. */
export interface RawWorkbookOptions {
  /** Sheet names, in order; each sheet gets `sheetXml` unless `sheets` gives its own. */
  readonly names?: readonly string[];
  /** The `<sheetData>` content of each sheet, by position; default the first for all. */
  readonly sheets?: readonly string[];
  /** Shared strings, written as `xl/sharedStrings.xml`. */
  readonly sharedStrings?: readonly string[];
  /** Extra relationships of the first sheet (e.g. a drawing that is not in the archive). */
  readonly sheetRels?: string;
  /** Parts to add or replace. */
  readonly extra?: Record<string, string | Uint8Array>;
  /** Parts to leave out. */
  readonly omit?: readonly string[];
}

/**
 * The parts of a minimal workbook written by hand, with `sheetData` as the first sheet's `<sheetData>` content
 * (`<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>`): for shapes a writer library will not make.
 */
export function rawWorkbookParts(sheetData: string, options: RawWorkbookOptions = {}) {
  const names = options.names ?? ["Sheet1"];
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const parts: Record<string, string | Uint8Array> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets>${names
      .map(
        (name, index) => `<sheet name="${escapeXml(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
      )
      .join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
      .map(
        (_, index) =>
          `<Relationship Id="rId${index + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
      )
      .join(
        "",
      )}<Relationship Id="rIdS" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
  };
  names.forEach((_, index) => {
    const data = options.sheets?.[index] ?? sheetData;
    parts[`xl/worksheets/sheet${index + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}" xmlns:r="${rel}"><sheetData>${data}</sheetData>${options.sheetRels && index === 0 ? '<drawing r:id="rIdD"/>' : ""}</worksheet>`;
  });
  if (options.sharedStrings) {
    parts["xl/sharedStrings.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}">${options.sharedStrings
        .map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`)
        .join("")}</sst>`;
  }
  if (options.sheetRels) parts["xl/worksheets/_rels/sheet1.xml.rels"] = options.sheetRels;
  Object.assign(parts, options.extra ?? {});
  for (const name of options.omit ?? []) delete parts[name];
  return parts;
}

/** A minimal workbook written by hand (see `rawWorkbookParts`), zipped. */
export function rawWorkbook(sheetData: string, options: RawWorkbookOptions = {}): Promise<Uint8Array> {
  return zipOf(rawWorkbookParts(sheetData, options));
}

/** An inline-string cell, for hand-written sheets. */
export const inlineCell = (reference: string, text: string) =>
  `<c r="${reference}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;

/** Whether a UTF-16 code unit at `index` cannot stand in XML 1.0 as it is (CR included: XML reads it as LF). */
function notXml(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x20) return code !== 0x09 && code !== 0x0a;
  if (code === 0xfffe || code === 0xffff) return true;
  const next = text.charCodeAt(index + 1);
  const previous = text.charCodeAt(index - 1);
  if (code >= 0xd800 && code <= 0xdbff) return !(next >= 0xdc00 && next <= 0xdfff);
  if (code >= 0xdc00 && code <= 0xdfff) return !(previous >= 0xd800 && previous <= 0xdbff);
  return false;
}

/**
 * Any text as the content of an Excel string (`<t>`), as Excel writes it: XML's special characters escaped,
 * characters XML cannot hold as `_xHHHH_`, and an underscore that would start such an escape as `_x005F_`.
 */
export function excelStringXml(text: string): string {
  const underscored = text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_");
  let escaped = "";
  for (let index = 0; index < underscored.length; index++) {
    escaped += notXml(underscored, index)
      ? `_x${underscored.charCodeAt(index).toString(16).toUpperCase().padStart(4, "0")}_`
      : underscored[index];
  }
  return escapeXml(escaped);
}

/**
 * The parts of a workbook of one sheet holding `rows` of text (row 1 first; an empty text is no cell), any
 * text at all, as shared strings or inline strings: for reading arbitrary cells back.
 */
export function textWorkbookParts(rows: readonly (readonly string[])[], shared: boolean) {
  const strings: string[] = [];
  const sheetData = rows
    .map((cells, r) => {
      const xml = cells
        .map((text, c) => {
          if (text === "") return "";
          const reference = `${columnLetters(c + 1)}${r + 1}`;
          if (!shared) return `<c r="${reference}" t="inlineStr"><is><t>${excelStringXml(text)}</t></is></c>`;
          strings.push(text);
          return `<c r="${reference}" t="s"><v>${strings.length - 1}</v></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join("");
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}">${strings
    .map((text) => `<si><t xml:space="preserve">${excelStringXml(text)}</t></si>`)
    .join("")}</sst>`;
  return rawWorkbookParts(sheetData, { extra: { "xl/sharedStrings.xml": sst } });
}

/** A workbook of rows of any text (see `textWorkbookParts`), zipped. */
export function textWorkbook(rows: readonly (readonly string[])[], shared = true): Promise<Uint8Array> {
  return zipOf(textWorkbookParts(rows, shared));
}
