import type { HtcdsLayout } from "../detect/detect-file.js";
import type { Format } from "../detect/detect-format.js";
import type { TextReadOptions } from "../io/text-options.js";
import type { ProfileOption } from "../report/profile-option.js";
import type { FlatCsvEntity } from "../standards/flat-csv/flat-csv-entity.js";

/** Where the output of a conversion goes, chunk by chunk. The caller decides: a file, a pipe, memory. */
export interface ChunkSink {
  write(chunk: string | Uint8Array): Promise<void> | void;
}

/**
 * Options of `convert`; the text options say how a text input is encoded and, for CSV, delimited. With a
 * `profile`, records are validated under the national profile; written to a standard that knows core codes
 * only (CTDC, HTCDS, GLOTIP), their national codes are folded to the core codes they stand for.
 */
export interface ConvertOptions extends TextReadOptions, ProfileOption {
  /** The input's format; detected from its name and first bytes when not given. */
  readonly from?: Format;
  readonly to: Format;
  /** HTCDS input: its layout (default: detected, else `csv`). */
  readonly htcdsLayout?: HtcdsLayout;
  /** HTCDS output: a CSV table (default) or a copy of the Excel template. */
  readonly htcdsOutput?: "csv" | "xlsx";
  /** GLOTIP output: CSV (default) or a workbook of one sheet. */
  readonly glotipOutput?: "csv" | "xlsx";
  /** Record type of flat CSV input rows, and of the main flat CSV output. Default: detected, else `victim`. */
  readonly entity?: FlatCsvEntity;
  /**
   * Flat CSV output: opens the output of the records of another record type than `entity` (one file per
   * type). Without it those records are skipped (`other_record_type`) and counted as such.
   */
  readonly openOtherType?: (recordType: FlatCsvEntity) => Promise<ChunkSink> | ChunkSink;
}

/** The options once the input format is known. */
export interface Settled extends ConvertOptions {
  readonly from: Format;
}

/** The profile option of `options`, when given. */
export function profileOf(options: ProfileOption): ProfileOption {
  return options.profile === undefined ? {} : { profile: options.profile };
}

/** The text options of `options`, only those given. */
export function textOptionsOf(options: TextReadOptions): TextReadOptions {
  return {
    ...(options.encoding !== undefined && { encoding: options.encoding }),
    ...(options.delimiter !== undefined && { delimiter: options.delimiter }),
    ...(options.decimalComma !== undefined && { decimalComma: options.decimalComma }),
  };
}
