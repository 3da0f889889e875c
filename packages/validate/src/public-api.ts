// The public surface of @tip/validate. Everything not exported here is internal.

export {
  CSV_DELIMITERS,
  type CsvDelimiter,
  DELIMITER_NAMES_SHOWN,
  decimalCommaNumber,
  delimiterOf,
  detectDelimiter,
  firstLineOf,
} from "./formats/csv/csv-dialect.js";
export {
  type ItemPlace,
  type RecordItem,
  type RecordReaderOptions,
  readRecordItems,
  type SkipReason,
} from "./formats/record-reader.js";
export type { StreamSource } from "./io/source.js";
export {
  type DecodeProblem,
  TextDecodeError,
  TextInputDecoder,
  type TextInputDecoderOptions,
} from "./io/text-decoder.js";
export {
  ENCODING_NAMES,
  type EncodingOption,
  encodingOf,
  SNIFF_BYTES,
  type SniffedEncoding,
  sniffEncoding,
  TEXT_ENCODINGS,
  type TextEncoding,
} from "./io/text-encoding.js";
export { type RecordOptions, type RecordResult, validateRecord } from "./record/validate-record.js";
export { ID_INDEX_SLOT_BYTES, IdIndex } from "./refs/id-index.js";
export { removeSpillDirs } from "./refs/spill-dir.js";
export { packUuid } from "./refs/uuid-key.js";
export { type JsonReport, type JsonReportIssue, toJsonReport } from "./report/json-report.js";
export { formatTextReport, type TextReportOptions } from "./report/text-report.js";
export type { Lang } from "./shared/lang.js";
export { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ISSUES, DEFAULT_MAX_LINE_BYTES } from "./shared/limits.js";
export type { Workers } from "./stream/ndjson/parallelism.js";
export { type BundleOptions, type BundleResult, validateBundle } from "./stream/validate-bundle.js";
export { type StreamFormat, type StreamOptions, validateStream } from "./stream/validate-stream.js";
export type { Located, RecordTypeCounts, Summary } from "./summary/summary.js";
