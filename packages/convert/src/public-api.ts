// The public surface of @tip/convert. Everything not exported here (or in xlsx-api.ts, the `@tip/convert/xlsx`
// entry that writes workbooks with the optional exceljs) is internal. Exports are sorted by path;
// worker B's HTCDS exports form the block after the `// HTCDS` marker.

export {
  detectFile,
  detectSample,
  type FileDetection,
  type HtcdsLayout,
  htcdsLayoutOf,
} from "./detect/detect-file.js";
export {
  type DetectInput,
  type Detection,
  detectFormat,
  FORMATS,
  type Format,
  isFormat,
} from "./detect/detect-format.js";
export { CTDC_ID_NAMESPACE, FLAT_CSV_ID_NAMESPACE, uuidV5 } from "./ids/deterministic-uuid.js";
export { ConvertInputError, type InputErrorCode } from "./io/convert-input-error.js";
export { neutraliseFormula, restoreFormula } from "./io/formula-injection.js";
export type { Source } from "./io/source.js";
export type { CsvDialect, TextReadOptions } from "./io/text-options.js";
export {
  columnLetters,
  DEFAULT_XLSX_CAPS,
  readXlsxRows,
  type XlsxCaps,
  type XlsxCell,
  type XlsxFault,
  XlsxLimitError,
  type XlsxPlace,
  XlsxReadError,
  type XlsxReadOptions,
  type XlsxRow,
  type XlsxRowsOptions,
  type XlsxSource,
  type XlsxValue,
  XlsxWorkbook,
  xlsxRowText,
  xlsxText,
} from "./io/xlsx/index.js";
export { XLSX_LIBRARY, XlsxLibraryMissingError } from "./io/xlsx/xlsx-library-missing.js";
export { looksLikeZip } from "./io/xlsx/zip-sniff.js";
export type { ConvertInput } from "./job/convert-input.js";
export { type ConvertOutcome, convert } from "./job/convert-job.js";
export type { ChunkSink, ConvertOptions } from "./job/convert-options.js";
export type { ConvertSummary, RowCounts } from "./job/convert-summary.js";
export { type RecordAccount, reconcile, UNLISTED_REASON } from "./job/record-account.js";
export {
  MigrationError,
  type MigrationResult,
  migrate,
  migrateWithReport,
  migrationPath,
} from "./migrate/migrate.js";
export type { ChangeNote, MigrationStep, PlainRecord } from "./migrate/migration-step.js";
export { MIGRATIONS } from "./migrate/migrations.js";
export type {
  ConversionReport,
  ConversionResult,
  FieldOutcome,
  FieldReport,
  InvalidSourceValue,
  MigrationReport,
} from "./report/conversion-report.js";
export type { ConversionStream, WriteResult } from "./report/conversion-stream.js";
export type { ProfileOption } from "./report/profile-option.js";
export { ReportBuilder, reconciles } from "./report/report-builder.js";
export { CTDC_2024_COLUMNS, type Ctdc2024Column } from "./standards/ctdc/ctdc-2024-columns.js";
export { type CtdcMappingRow, ctdcMappingTable } from "./standards/ctdc/ctdc-mapping-table.js";
export { CTDC_NAMESPACE, type ReadCtdcOptions } from "./standards/ctdc/ctdc-row-reader.js";
export { readCtdc, readCtdcStream, readCtdcXlsxStream } from "./standards/ctdc/read-ctdc.js";
export { writeCtdc2024, writeCtdc2024Stream } from "./standards/ctdc/write-ctdc-2024.js";
export {
  type FlatCsvPlan,
  FlatCsvPlanner,
  flatCsvColumns,
  planFlatCsv,
} from "./standards/flat-csv/column-plan.js";
export {
  FLAT_CSV_ENTITIES,
  type FlatCsvEntity,
  isFlatCsvEntity,
} from "./standards/flat-csv/flat-csv-entity.js";
export { FLAT_CSV_NAMESPACE, type ReadFlatCsvOptions } from "./standards/flat-csv/flat-csv-row-reader.js";
export { readFlatCsv, readFlatCsvStream } from "./standards/flat-csv/read-flat-csv.js";
export {
  type WriteFlatCsvOptions,
  type WriteFlatCsvStreamOptions,
  writeFlatCsv,
  writeFlatCsvStream,
} from "./standards/flat-csv/write-flat-csv.js";
export { GLOTIP_COLUMNS, type GlotipColumn } from "./standards/glotip/glotip-columns.js";
export { GLOTIP_ID_NAMESPACE } from "./standards/glotip/glotip-ids.js";
export { GLOTIP_NAMESPACE, type ReadGlotipOptions } from "./standards/glotip/glotip-row-reader.js";
export { readGlotipStream } from "./standards/glotip/read-glotip.js";
export { writeGlotipCsv } from "./standards/glotip/write-glotip.js";
// HTCDS
export { HTCDS_ID_NAMESPACE } from "./standards/htcds/htcds-ids.js";
export { type HtcdsMappingRow, htcdsMappingTable } from "./standards/htcds/htcds-mapping-table.js";
export type { SlotKind as HtcdsFieldKind } from "./standards/htcds/htcds-slots.js";
export { type HtcdsFormat, type ReadHtcdsOptions, readHtcds } from "./standards/htcds/read-htcds.js";
export type { ReferralDirection } from "./standards/htcds/referral-direction.js";
export type { HeaderPreference } from "./standards/htcds/resolve-columns.js";
export { writeHtcdsCsv } from "./standards/htcds/write-htcds-csv.js";
export { type ReadTipOptions, readTipNdjsonStream } from "./standards/tip/read-tip-ndjson.js";
export { writeTipNdjson } from "./standards/tip/write-tip-ndjson.js";
export {
  type ReadCanonicalOptions,
  readCanonicalStream,
  type StreamSourceFormat,
} from "./stream/read-canonical.js";
export {
  type TemplateChoice,
  type TemplateOptions,
  type TemplateQuestion,
  type TemplateRelevance,
  type Texts,
  templateQuestions,
} from "./templates/template-questions.js";
