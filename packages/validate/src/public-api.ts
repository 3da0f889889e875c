// The public surface of @tip/validate. Everything not exported here is internal: the id index, packed ids,
// encoding sniffing and the other working parts may change in any release (public-api.test.ts lists it).

export {
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
export { formatOfFileName, INPUT_FORMATS, type InputFormat, isInputFormat } from "./io/input-format.js";
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
  type TextEncoding,
} from "./io/text-encoding.js";
export { type RecordOptions, type RecordResult, validateRecord } from "./record/validate-record.js";
export { removeSpillDirs } from "./refs/spill-dir.js";
export { type JsonReport, type JsonReportIssue, toJsonReport } from "./report/json-report.js";
export { formatTextReport, type TextReportOptions } from "./report/text-report.js";
export type { Lang } from "./shared/lang.js";
export { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ISSUES, DEFAULT_MAX_LINE_BYTES } from "./shared/limits.js";
export { loadMessages } from "./shared/load-messages.js";
export type { Workers } from "./stream/ndjson/parallelism.js";
export { type BundleOptions, type BundleResult, validateBundle } from "./stream/validate-bundle.js";
export {
  type FileInput,
  type FileProgress,
  type FilesOptions,
  type FilesResult,
  type FileTotals,
  InputError,
  validateFiles,
} from "./stream/validate-files.js";
export { type StreamFormat, type StreamOptions, validateStream } from "./stream/validate-stream.js";
export { mergeSummaries } from "./summary/merge-summaries.js";
export type { Located, RecordTypeCounts, Summary } from "./summary/summary.js";
export { worstSeverity } from "./summary/worst-severity.js";
