import { inflateRawSync } from "node:zlib";
import { TEMPLATE_SHEET } from "./template-sheet.js";

/** One data validation of the template, as Excel 2010 stores it in the sheet's extension list. */
export interface TemplateValidation {
  readonly type: string;
  /** Space-separated ranges, e.g. `AD3:AD502 AK3:AK502`. */
  readonly sqref: string;
  readonly formulae: readonly string[];
  readonly allowBlank: boolean;
  readonly showInputMessage: boolean;
  readonly showErrorMessage: boolean;
}

/** The entries of a zip archive by name (stored or deflated; enough for .xlsx files). */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error("Not a zip archive");
  const entries = new Map<string, Uint8Array>();
  let at = view.getUint32(end + 16, true);
  for (let index = view.getUint16(end + 10, true); index > 0; index--) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + size);
    entries.set(name, method === 8 ? new Uint8Array(inflateRawSync(data)) : data);
    at += 46 + skip;
  }
  return entries;
}

const text = (entries: Map<string, Uint8Array>, name: string) => new TextDecoder().decode(entries.get(name));

/** The worksheet part of a sheet name, resolved through the workbook and its relationships. */
function sheetPart(entries: Map<string, Uint8Array>, sheet: string): string {
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(
    text(entries, "xl/workbook.xml"),
  )?.[1];
  const rels = text(entries, "xl/_rels/workbook.xml.rels");
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`No sheet "${sheet}" in the template`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** The data validations a sheet keeps in its Excel 2010 extension list (`x14:dataValidation`). */
export function templateValidations(bytes: Uint8Array, sheet: string): TemplateValidation[] {
  const entries = unzip(bytes);
  const xml = text(entries, sheetPart(entries, sheet));
  return [...xml.matchAll(/<x14:dataValidation ([^>]*)>([\s\S]*?)<\/x14:dataValidation>/g)].map(
    ([, attributes = "", body = ""]) => {
      const flag = (name: string) => new RegExp(`\\b${name}="1"`).test(attributes);
      return {
        type: /\btype="([^"]+)"/.exec(attributes)?.[1] ?? "any",
        sqref: /<xm:sqref>([^<]*)<\/xm:sqref>/.exec(body)?.[1] ?? "",
        formulae: [...body.matchAll(/<x14:formula\d><xm:f>([^<]*)<\/xm:f><\/x14:formula\d>/g)].map(
          (match) => match[1] ?? "",
        ),
        allowBlank: flag("allowBlank"),
        showInputMessage: flag("showInputMessage"),
        showErrorMessage: flag("showErrorMessage"),
      };
    },
  );
}

/** The text of `template-data.generated.ts` for a template file. */
export function renderTemplateData(bytes: Uint8Array, fileName: string): string {
  const validations = templateValidations(bytes, TEMPLATE_SHEET);
  const base64 = Buffer.from(bytes).toString("base64");
  return `// GENERATED from ${fileName} by assets/template-source.ts — do not edit.
// Regenerate: UPDATE_GENERATED=1 npx vitest run src/standards/htcds/assets (in packages/convert).
// The template is HTCDS 2.0, © IOM, CC BY 4.0 (see ATTRIBUTION.md).
import type { TemplateValidation } from "./template-source.js";

/** The official HTCDS 2.0 Excel template with validation lists, base64. */
export const TEMPLATE_XLSX_BASE64 =
  "${base64}";

/** The template's data validations (exceljs drops them when it reads the file). */
export const TEMPLATE_VALIDATIONS: readonly TemplateValidation[] = ${JSON.stringify(validations, null, 2)};
`;
}
