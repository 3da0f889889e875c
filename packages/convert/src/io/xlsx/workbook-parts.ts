import { posix } from "node:path";
import { type XlsxCaps, XlsxLimitError, XlsxReadError } from "./xlsx-caps.js";
import { attribute, prefixedAttribute, readXml } from "./xml-part.js";
import type { ZipArchive } from "./zip-archive.js";

/** One relationship of a part: its type (the last segment of the type URI) and the part it points at. */
interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** A sheet as the workbook lists it, in order. The name stays inside the reader: it is never printed. */
export interface SheetPart {
  readonly name: string;
  /** The sheet's part in the archive, or `undefined` when its relationship is missing. */
  readonly path: string | undefined;
}

/** What the workbook part says: its sheets in order, its date system and its shared parts. */
export interface WorkbookParts {
  readonly sheets: readonly SheetPart[];
  readonly date1904: boolean;
  readonly sharedStrings?: string;
  readonly styles?: string;
}

/**
 * Office's escapes of characters XML cannot hold (`_x000D_` for a carriage return, `_x005F_` for a literal
 * underscore before one), undone.
 */
export function unescapeXstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** The relationships file of a part: `xl/workbook.xml` has `xl/_rels/workbook.xml.rels`. */
function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

/** A relationship's target as a path in the archive: relative to the part's folder, or absolute from the root. */
function resolveTarget(part: string, target: string): string {
  const joined = target.startsWith("/") ? target : posix.join(posix.dirname(part), target);
  return posix.normalize(joined).replace(/^\/+/, "");
}

/** The relationships of a part by id; empty when the part has no relationships file. */
async function readRels(zip: ZipArchive, part: string): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  const stream = await zip.open(relsPathOf(part));
  if (stream === undefined) return rels;
  await readXml(stream, {
    open(name, attributes) {
      if (name !== "Relationship" || attribute(attributes, "TargetMode") === "External") return;
      const id = attribute(attributes, "Id");
      const type = attribute(attributes, "Type") ?? "";
      const target = attribute(attributes, "Target");
      if (id === undefined || target === undefined || rels.has(id)) return;
      rels.set(id, { type: type.slice(type.lastIndexOf("/") + 1), target: resolveTarget(part, target) });
    },
    close() {},
    text() {},
  });
  return rels;
}

function targetOfType(rels: ReadonlyMap<string, Relationship>, type: string): string | undefined {
  for (const rel of rels.values()) if (rel.type === type) return rel.target;
  return undefined;
}

/**
 * Finds the workbook part (through the package relationships, else `xl/workbook.xml`) and reads its sheet list,
 * date system, and where its shared strings and styles are. Parts it does not need (drawings, printer settings,
 * a missing drawing that a sheet still refers to) are never opened.
 */
export async function readWorkbookParts(zip: ZipArchive): Promise<WorkbookParts> {
  const root = await readRels(zip, "");
  const workbook = targetOfType(root, "officeDocument") ?? "xl/workbook.xml";
  const stream = await zip.open(workbook);
  if (stream === undefined) throw new XlsxReadError("no_workbook");
  const listed: { name: string; id: string | undefined }[] = [];
  let date1904 = false;
  await readXml(stream, {
    open(name, attributes) {
      if (name === "workbookPr") {
        const value = attribute(attributes, "date1904");
        date1904 = value === "1" || value === "true";
      } else if (name === "sheet") {
        listed.push({
          name: unescapeXstring(attribute(attributes, "name") ?? ""),
          id: prefixedAttribute(attributes, "id"),
        });
      }
    },
    close() {},
    text() {},
  });
  const rels = await readRels(zip, workbook);
  const sheets = listed.map(({ name, id }) => ({
    name,
    path: id === undefined ? undefined : rels.get(id)?.target,
  }));
  const shared = targetOfType(rels, "sharedStrings") ?? "xl/sharedStrings.xml";
  const styles = targetOfType(rels, "styles") ?? "xl/styles.xml";
  return {
    sheets,
    date1904,
    ...(zip.has(shared) ? { sharedStrings: shared } : {}),
    ...(zip.has(styles) ? { styles } : {}),
  };
}

/**
 * Gathers the text of a string item (`<si>` or an inline `<is>`): its `<t>` runs, rich-text runs included,
 * phonetic guides (`<rPh>`) left out. Throws when the text is longer than a cell may be.
 */
export class StringItem {
  private parts: string[] = [];
  private length = 0;
  private inText = false;
  private phonetic = 0;

  constructor(private readonly maxChars: number) {}

  /** Starts a new item. */
  reset(): void {
    this.parts = [];
    this.length = 0;
    this.inText = false;
    this.phonetic = 0;
  }

  open(name: string, selfClosing: boolean): void {
    if (name === "rPh" && !selfClosing) this.phonetic++;
    else if (name === "t" && !selfClosing) this.inText = true;
  }

  close(name: string): void {
    if (name === "rPh") this.phonetic = Math.max(0, this.phonetic - 1);
    else if (name === "t") this.inText = false;
  }

  /** Adds text; `false` when the item would be over the character limit. */
  text(text: string): boolean {
    if (!this.inText || this.phonetic > 0) return true;
    this.length += text.length;
    if (this.length > this.maxChars) return false;
    this.parts.push(text);
    return true;
  }

  value(): string {
    return unescapeXstring(this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join(""));
  }
}

/** The shared strings table, held in memory (its size was checked against `maxSharedStringsBytes`). */
export async function readSharedStrings(zip: ZipArchive, path: string, caps: XlsxCaps): Promise<string[]> {
  if ((zip.sizeOf(path) ?? 0) > caps.maxSharedStringsBytes) {
    throw new XlsxLimitError("maxSharedStringsBytes", caps.maxSharedStringsBytes);
  }
  const stream = await zip.open(path);
  if (stream === undefined) return [];
  const strings: string[] = [];
  const item = new StringItem(caps.maxCellChars);
  let inItem = false;
  await readXml(stream, {
    open(name, _attributes, selfClosing) {
      if (name === "si") {
        item.reset();
        inItem = true;
        if (selfClosing) {
          strings.push("");
          inItem = false;
        }
      } else if (inItem) item.open(name, selfClosing);
    },
    close(name) {
      if (name === "si" && inItem) {
        strings.push(item.value());
        inItem = false;
        if (strings.length > caps.maxCells) throw new XlsxLimitError("maxCells", caps.maxCells);
      } else if (inItem) item.close(name);
    },
    text(text) {
      if (inItem && !item.text(text)) throw new XlsxLimitError("maxCellChars", caps.maxCellChars);
    },
  });
  return strings;
}

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, East Asian ones included). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Whether a custom number format shows a date or time: a date or time letter outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  const section = code.split(";")[0] ?? "";
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[ymdhsb]/i.test(bare.replace(/general/gi, ""));
}

/** For each cell style (its index in `cellXfs`), whether its number format is a date or time. */
export async function readDateStyles(zip: ZipArchive, path: string): Promise<boolean[]> {
  const stream = await zip.open(path);
  if (stream === undefined) return [];
  const custom = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  await readXml(stream, {
    open(name, attributes) {
      if (name === "numFmt") {
        const id = Number(attribute(attributes, "numFmtId"));
        if (Number.isInteger(id)) custom.set(id, isDateFormat(attribute(attributes, "formatCode") ?? ""));
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(attribute(attributes, "numFmtId") ?? "0");
        styles.push(custom.get(id) ?? BUILT_IN_DATE_FORMATS.has(id));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  return styles;
}
