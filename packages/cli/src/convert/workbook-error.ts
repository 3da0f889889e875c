import { type XlsxFault, XlsxLimitError, type XlsxPlace, XlsxReadError } from "@tip/convert";
import type { CliCatalogue } from "../messages/messages.js";

function placeText(place: XlsxPlace, messages: CliCatalogue): string {
  const { sheet, row, column } = messages.workbook;
  const parts = [
    place.sheet === undefined ? undefined : messages.format(sheet, { n: place.sheet }),
    place.row === undefined ? undefined : messages.format(row, { n: place.row }),
    place.column === undefined ? undefined : messages.format(column, { n: place.column }),
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? "" : ` (${parts.join(", ")})`;
}

/**
 * The message of a workbook that was not read, in the run's language: which limit it is over or what is wrong
 * with it, and where by position. `undefined` for any other error.
 */
export function workbookErrorText(error: unknown, messages: CliCatalogue): string | undefined {
  if (error instanceof XlsxLimitError) {
    return messages.format(messages.workbook.overLimit, {
      limit: error.limit,
      max: error.max,
      place: placeText(error.location, messages),
    });
  }
  if (error instanceof XlsxReadError) {
    return messages.format(messages.workbook.unreadable, {
      fault: messages.workbook.faults[error.fault as XlsxFault],
      place: placeText(error.location, messages),
    });
  }
  return undefined;
}
