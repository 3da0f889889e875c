// The public surface of @tip/privacy. Everything not exported here is internal.

export { type AggregateOptions, Aggregator, aggregate, unitOf } from "./aggregate/aggregate.js";
export {
  DERIVATIONS,
  type Derivation,
  type DimensionClassification,
  UNCLASSIFIED_REASONS,
  type UnclassifiedReason,
} from "./aggregate/classification.js";
export {
  COMPENSATED_DIMENSIONS,
  CONTACT_DIMENSIONS,
  DIMENSIONS,
  type Dimension,
  dimensionsOf,
  isDimension,
  PERPETRATOR_DIMENSIONS,
  TOTAL,
  UNITS,
  UNKNOWN,
  type Unit,
  VICTIM_DIMENSIONS,
} from "./aggregate/dimensions.js";
export { STATS_CSV_ROW_TYPES, type StatsCsvRowType, toStatsCsv } from "./aggregate/format-csv.js";
export { type GlotipFigures, toGlotipFigures } from "./aggregate/format-glotip.js";
export { type StatsJson, type StatsJsonCell, toStatsJson } from "./aggregate/format-json.js";
export { type StatsTextOptions, toClassificationText, toStatsText } from "./aggregate/format-text.js";
export {
  GLOTIP_FORMS,
  GLOTIP_GROUPS,
  GLOTIP_STAGES,
  type GlotipGroup,
  glotipFormOf,
  glotipGroupOf,
} from "./aggregate/glotip-categories.js";
export { NO_STAGE } from "./aggregate/perpetrator-values.js";
export { POPULATION_KEYS, PopulationError, type PopulationRow } from "./aggregate/population.js";
export { isStatsPreset, STATS_PRESETS, type StatsPreset, type StatsPresetName } from "./aggregate/presets.js";
export { DEFAULT_MIN_CELL } from "./aggregate/primary.js";
export { assetsText, operationsText } from "./aggregate/prosecution/format-prosecution.js";
export {
  type AssetRow,
  type AssetTable,
  type OperationRow,
  type OperationTable,
  ProsecutionTally,
} from "./aggregate/prosecution/prosecution-stats.js";
export type { Figure } from "./aggregate/prosecution/suppress-measure.js";
export { SEX_OF_GENDER } from "./aggregate/sex-of-gender.js";
export type { StatsCell, StatsTable } from "./aggregate/table.js";
export {
  MULTIPLE_FORMS,
  SEVERAL_FORMS_RULES,
  type SeveralFormsRule,
} from "./aggregate/victim-values.js";
export {
  type AnonymizeOptions,
  type AnonymizeReport,
  anonymize,
  DEFAULT_ANONYMIZE_GENERALIZATION,
  DEFAULT_QUASI,
} from "./anonymize/anonymize.js";
export { Anonymizer, type SurveyOutcome } from "./anonymize/anonymizer.js";
export {
  ExportGate,
  type ExportGateOptions,
  type ExportGateResult,
  exportGate,
  type GateInput,
  type GateVerdict,
} from "./gate/export-gate.js";
export { formatRefusal } from "./gate/format-refusal.js";
export { REFUSAL_CODES, type Refusal, type RefusalCode } from "./gate/refusal.js";
export { generalize } from "./generalize/generalize.js";
export type { GeneralizeOptions } from "./generalize/options.js";
export { valueLabel } from "./i18n/labels.js";
export type { PrivacyTexts } from "./i18n/privacy-texts.js";
export { ClassSuppression, type SuppressionReport } from "./k-anonymity/class-suppression.js";
export type { EquivalenceClass } from "./k-anonymity/classes.js";
export { type EnforceKResult, enforceK } from "./k-anonymity/enforce-k.js";
export {
  DEFAULT_K,
  type KAnonymityOptions,
  type KAnonymityReport,
  kAnonymity,
} from "./k-anonymity/k-anonymity.js";
export { en } from "./locales/en.js";
export { ID_FIELDS } from "./pseudonymize/id-fields.js";
export { importPseudonymKey, MIN_KEY_BYTES, type PseudonymKey } from "./pseudonymize/key.js";
export { type PseudonymizeOptions, pseudonymize } from "./pseudonymize/pseudonymize.js";
export { type ExtensionProfile, PRIVACY_NAMESPACE } from "./redact/extension-profile.js";
export { type RedactOptions, redact } from "./redact/redact.js";
export type { RedactionTally } from "./redact/tally.js";
