import { ConvertInputError, isFormat, XlsxLibraryMissingError } from "@tip/convert";
import type { ConvertCliMessages } from "../messages/convert-messages.js";
import type { CliCatalogue } from "../messages/messages.js";

import { describeOutputError, errorCode, OutputError } from "../output/output-error.js";
import { workbookErrorText } from "./workbook-error.js";

/**
 * The message of an error that stopped a conversion, in the run's language, or `undefined` for a bug. It names
 * the input (as the user gave it), the option at fault and places by position, never the data.
 */
export function convertErrorText(
  error: unknown,
  file: string,
  messages: CliCatalogue,
  texts: ConvertCliMessages,
): string | undefined {
  if (error instanceof OutputError) return describeOutputError(error, messages);
  // A workbook output without exceljs installed: which package to install, in the run's language.
  if (error instanceof XlsxLibraryMissingError) return error.messageIn(messages.locale);
  const workbook = workbookErrorText(error, messages);
  if (workbook !== undefined) return workbook;
  if (error instanceof ConvertInputError) return inputErrorText(error, file, messages, texts);
  const code = errorCode(error);
  if (/^E[A-Z]+$/.test(code)) {
    const reasons = messages.reasons as Readonly<Record<string, string>>;
    const reason = reasons[code] ?? messages.format(messages.reasons.other, { code });
    return messages.format(messages.errors.unreadable, { file, reason });
  }
  return undefined;
}

function inputErrorText(
  error: ConvertInputError,
  file: string,
  messages: CliCatalogue,
  texts: ConvertCliMessages,
): string {
  const errors = messages.errors;
  if (error.versions !== undefined)
    return messages.format(errors.unknownModelVersion, { file, line: error.row ?? 0, ...error.versions });
  if (error.place !== undefined) {
    const where = {
      file,
      line: error.row ?? 0,
      encoding: error.place.encoding,
      byte: error.place.byteOffset,
    };
    return messages.format(error.code === "nul_byte" ? errors.nulByte : errors.invalidEncoding, where);
  }
  if (error.code === "unknown_format") return messages.format(texts.unknownFormat, { file });
  if (error.code === "workbook_as_text")
    return messages.format(messages.workbook.notText, { format: error.format ?? "" });
  const format = isFormat(error.format) ? texts.formats[error.format] : "";
  const place = placeText(error, messages, texts);
  const template =
    (texts.inputErrors as Readonly<Record<string, string>>)[error.code] ?? texts.inputErrors.other;
  return messages.format(template, { file, format, place, code: error.code });
}

/** ` (sheet 1, line 3, column 2)`: where in the input, by position; empty when nothing is known. */
function placeText(error: ConvertInputError, messages: CliCatalogue, texts: ConvertCliMessages): string {
  const { sheet, column } = messages.workbook;
  // Readers count a header error's row from 1 as a line of the file; 0 stands for the header itself.
  const line = error.row !== undefined && error.row > 0 ? error.row : undefined;
  const parts = [
    error.at?.sheet === undefined ? undefined : messages.format(sheet, { n: error.at.sheet }),
    line === undefined ? undefined : messages.format(texts.line, { n: line }),
    error.at?.column === undefined ? undefined : messages.format(column, { n: error.at.column }),
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? "" : ` (${parts.join(", ")})`;
}
