import type { Locale } from "@tip/schema";

/** The spreadsheet library that writes workbooks, and the versions `@tip/convert` works with. */
export const XLSX_LIBRARY = { name: "exceljs", range: "^4.4.0" } as const;

const MESSAGES: Readonly<Record<Locale, string>> = {
  en: `Writing Excel (.xlsx) files needs the optional package ${XLSX_LIBRARY.name}, which is not installed: npm install ${XLSX_LIBRARY.name}@${XLSX_LIBRARY.range}`,
  es: `Para escribir archivos de Excel (.xlsx) hace falta el paquete opcional ${XLSX_LIBRARY.name}, que no está instalado: npm install ${XLSX_LIBRARY.name}@${XLSX_LIBRARY.range}`,
  fr: `L'écriture de fichiers Excel (.xlsx) nécessite le paquet facultatif ${XLSX_LIBRARY.name}, qui n'est pas installé : npm install ${XLSX_LIBRARY.name}@${XLSX_LIBRARY.range}`,
  pt: `Para escrever arquivos do Excel (.xlsx) é preciso o pacote opcional ${XLSX_LIBRARY.name}, que não está instalado: npm install ${XLSX_LIBRARY.name}@${XLSX_LIBRARY.range}`,
};

/**
 * Thrown when an Excel workbook is to be written (`@tip/convert/xlsx`, or `convert()` with an xlsx output) and
 * the optional peer dependency `exceljs` is not installed. Reading workbooks never needs it. The message (in
 * English; `messageIn` gives it in Spanish, French or Portuguese) names the package and the command to install it.
 */
export class XlsxLibraryMissingError extends Error {
  override readonly name = "XlsxLibraryMissingError";
  readonly code = "xlsx_library_missing";
  /** The package to install. */
  readonly packageName = XLSX_LIBRARY.name;
  /** The versions of it that work. */
  readonly versionRange = XLSX_LIBRARY.range;

  constructor(options?: { cause?: unknown }) {
    super(MESSAGES.en, options);
  }

  /** The message in one of the SDK's languages. */
  messageIn(locale: Locale): string {
    return MESSAGES[locale] ?? MESSAGES.en;
  }
}
