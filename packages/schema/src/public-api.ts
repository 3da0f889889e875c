// The public surface of @tip/schema. Everything not exported here is internal.

export { ageBandOf, ageInYears, parseAgeBand } from "./codes/age-band/age-band.derive.js";
export { CODE_LISTS, type CodeListId, type CodeListTexts } from "./codes/code-lists.js";
export { COUNTRY_ALIASES, type CountryAlias } from "./codes/country/country.aliases.js";
export { type FormerCountryCode, isFormerCountry } from "./codes/country/country.codes.js";
export { alpha3Of, type CountryCode, m49Of, readCountry, toAlpha2 } from "./codes/country/country.convert.js";
export { isOasMember, oasMembersOn } from "./codes/country/country.oas-membership.js";
export {
  type CodeList,
  type CodeOf,
  type CodeSet,
  type CodeTexts,
  defineCodeList,
  defineCodeSet,
  withMappings,
} from "./codes/define-code-list.js";
export { labourSectorToIsic } from "./codes/labour-sector/labour-sector.isic.js";
export {
  type LanguageCode,
  type LanguageKind,
  languageKindOf,
  readLanguage,
  toIso6391,
} from "./codes/language/language.convert.js";
export {
  majorityStatusOfAge,
  majorityStatusOfAgeBand,
} from "./codes/majority-status/majority-status.derive.js";
export { CTDC_2024_MEANS_GROUPS } from "./codes/means-of-control/means-of-control.ctdc2024.js";
export { meansOfControlToPalermo } from "./codes/means-of-control/means-of-control.palermo.js";
export {
  isAllowedTransition,
  isReachableHistory,
  REFERRAL_TRANSITIONS,
} from "./codes/referral-status/referral-status.transitions.js";
export { ConsentRecord } from "./common/consent.js";
export { Charge, Penalty, Proceedings } from "./common/criminal-justice.js";
export { ExternalId } from "./common/external-id.js";
export { AgencyAddress, EventPlace, PersonAddress } from "./common/place.js";
export { TechnologyUse } from "./common/technology-use.js";
export { DataReadError } from "./data/data-read-error.js";
export { modelPath, shownLength } from "./data/model-path.js";
export { parseJson } from "./data/parse-json.js";
export {
  type DataLimits,
  type DataProblem,
  type DataRead,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_VALUES,
  type KeyTree,
  readData,
} from "./data/read-data.js";
export { readRecords } from "./data/read-records.js";
export { Agency } from "./entities/agency/agency.schema.js";
export { ContactPoint } from "./entities/agency/contact-point.js";
export { Aggregate, SourceLabels, SuppressedValue } from "./entities/aggregate/aggregate.schema.js";
export { BundleParty, ExchangeBundle, TipRecord } from "./entities/bundle/bundle.schema.js";
export { Case } from "./entities/case/case.schema.js";
export { CaseComment } from "./entities/case/case-comment.js";
export { AssetAction, FinancialInvestigation } from "./entities/case/financial-investigation.js";
export { TraffickingEvent } from "./entities/case/trafficking-event.js";
export { CriminalGroup } from "./entities/criminal-group/criminal-group.schema.js";
export { FinancialInquiry } from "./entities/financial-inquiry/financial-inquiry.schema.js";
export { HelplineContact } from "./entities/helpline-contact/helpline-contact.schema.js";
export { LegalAssistanceRequest } from "./entities/legal-assistance-request/legal-assistance-request.schema.js";
export { Operation } from "./entities/operation/operation.schema.js";
export { Perpetrator, VictimRelation } from "./entities/perpetrator/perpetrator.schema.js";
export { PreventionActivity } from "./entities/prevention-activity/prevention-activity.schema.js";
export { ProtectionMeasure } from "./entities/protection-measure/protection-measure.schema.js";
export {
  PROTECTION_DETAIL_OF_KIND,
  type ProtectionDetailKey,
} from "./entities/protection-measure/protection-measure-detail.js";
export {
  CompensationDetail,
  NonPunishmentDetail,
  ReintegrationDetail,
  ResidenceDetail,
} from "./entities/protection-measure/protection-measure-parts.js";
export { Referral } from "./entities/referral/referral.schema.js";
export { ReferralParty, RiskAssessment, StatusChange } from "./entities/referral/referral-parts.js";
export { Screening, ScreeningIndicator } from "./entities/screening/screening.schema.js";
export { SgbvIncident } from "./entities/sgbv-incident/sgbv-incident.schema.js";
export { AssistanceRecord } from "./entities/victim/assistance.js";
export { Exploitation } from "./entities/victim/exploitation.js";
export { Identification } from "./entities/victim/identification.js";
export { Victim } from "./entities/victim/victim.schema.js";
export { ageAtRecruitmentOf } from "./entities/victim/victim-age.js";
export {
  type ArrayFieldNode,
  type BooleanFieldNode,
  type EnumFieldNode,
  type FieldNode,
  type FieldNodeBase,
  type FieldType,
  isScalar,
  type LiteralFieldNode,
  type NumberFieldNode,
  type ObjectFieldNode,
  type OtherFieldNode,
  type RecordFieldNode,
  SCALAR_TYPES,
  TEXT_TYPES,
  type TextFieldNode,
  type UnionFieldNode,
  type UnknownFieldNode,
} from "./field-model/field-node.js";
export { fieldTreeOf, objectFieldTree, recordFieldTree } from "./field-model/field-tree.js";
export { profileFieldTree } from "./field-model/profile-field-tree.js";
export { childNode, fieldLabel, innerNodes, nodeAt, walkFields } from "./field-model/walk-fields.js";
export { catalogueArguments } from "./i18n/catalogue-arguments.js";
export type { FieldText, FieldTexts } from "./i18n/field-texts.js";
export { formatIcu, icuArguments, icuOutline, type MessageParams } from "./i18n/format-icu.js";
export { isLocale, LOCALES, type Locale, type Text } from "./i18n/locale.js";
export type { LocaleBundle } from "./i18n/locale-bundle.js";
export type { MessageLocale } from "./i18n/message-locale.js";
export type { ObjectName } from "./i18n/object-texts.js";
export {
  type CheckOptions,
  type CheckResult,
  checkRecord,
  runRules,
} from "./issues/check-record.js";
export { formatMessage } from "./issues/format-issue.js";
export { INPUT_CODES, type InputCode } from "./issues/input-codes.js";
export { type Issue, type IssueParams, type Severity, toPointer } from "./issues/issue.js";
export type { IssueCode } from "./issues/issue-code.js";
export type { IssueMessages } from "./issues/messages/issue-messages.js";
export { STRUCTURAL_CODES, type StructuralCode } from "./issues/structural-codes.js";
export { inlineCodeLists } from "./json-schema/code-list-defs.js";
export {
  PROFILE_SCHEMA_FILE,
  PROFILE_SCHEMA_ID,
  profileJsonSchema,
} from "./json-schema/profile-json-schema.js";
export {
  type FieldChange,
  PROFILE_X_KEYWORDS,
  toProfileJsonSchemas,
} from "./json-schema/profile-record-schema.js";
export { schemaFileName, toJsonSchemas, X_KEYWORDS } from "./json-schema/to-json-schema.js";
export { MAPPING_SYSTEMS, type MappingSystem, type Mappings } from "./meta/mappings.js";
export { PII_CLASSES, type PiiClass } from "./meta/pii.js";
export { type FieldMeta, tipRegistry } from "./meta/registry.js";
export { ENTITIES, isRecordType, RECORD_TYPES, type RecordType } from "./model/entities.js";
export { EXAMPLES } from "./model/examples.js";
export { FIELD_IDS, type FieldId, MODEL_OBJECTS } from "./model/objects.js";
export { type CompiledProfile, compileProfile, type RuleSeverity } from "./profiles/compiled-profile.js";
export { foldToCore } from "./profiles/fold-to-core.js";
export {
  type LoadProfileOptions,
  type LoadProfileResult,
  loadProfile,
  type ProfileIssue,
  SHIPPED_PROFILE_IDS,
} from "./profiles/load-profile.js";
export type { Profile } from "./profiles/profile.js";
export {
  defineProfile,
  type ExtensionField,
  type NationalCode,
  type NationalCodeList,
  ProfileDocument,
  type RuleSetting,
} from "./profiles/profile-document.js";
export { PROFILE_ISSUE_CODES, type ProfileIssueCode } from "./profiles/profile-issue-codes.js";
export { SHIPPED_PROFILES } from "./profiles/shipped/shipped-profiles.js";
export {
  ALL_RULES,
  RULE_SEVERITIES,
  RULES_BY_RECORD_TYPE,
  type RuleCode,
  type RulesByRecordType,
} from "./rules/catalogue.js";
export type { Rule, RuleFinding } from "./rules/define-rule.js";
export { SCHEMA_ID_BASE, SCHEMA_VERSION } from "./version.js";
