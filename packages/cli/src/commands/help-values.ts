/** Every record type of the model but the bundle envelope, in the model's order (what a CSV row can hold). */
const RECORD_TYPES_BUT_BUNDLE = [
  "case",
  "victim",
  "perpetrator",
  "agency",
  "referral",
  "aggregate",
  "helplineContact",
  "screening",
  "protectionMeasure",
  "sgbvIncident",
  "operation",
  "financialInquiry",
  "legalAssistanceRequest",
  "criminalGroup",
  "preventionActivity",
] as const;

/**
 * The values of @tip/schema, @tip/validate, @tip/convert and @tip/privacy that help texts name (defaults and
 * choices), written here so that registering the commands, and so `tip --help` or `tip --version`, loads none of
 * these libraries (nor zod, nor the schemas they build): each command loads its library when it runs.
 * `help-values.test.ts` checks every value against its library.
 */
export const HELP_VALUES = {
  /** The codes of `CODE_LISTS.consent_purpose` of @tip/schema. */
  consentPurposes: [
    "assistance",
    "referral_national",
    "referral_transnational",
    "return",
    "criminal_proceedings",
    "research_statistics",
    "data_sharing_ngo",
    "media",
  ],
  /** `CSV_RECORD_TYPES` (`RECORD_TYPES` of @tip/schema but the bundle): what one CSV file's rows can be. */
  csvRecordTypes: RECORD_TYPES_BUT_BUNDLE,
  /** `DEFAULT_MAX_ISSUES` of @tip/validate. */
  maxIssues: 1000,
  /** `FORMATS` of @tip/convert. */
  convertFormats: ["htcds", "ctdc", "csv", "tip", "glotip"],
  /** `FLAT_CSV_ENTITIES` of @tip/convert. */
  flatCsvEntities: RECORD_TYPES_BUT_BUNDLE,
  /** `DEFAULT_K` of @tip/privacy. */
  k: 11,
  /** `DEFAULT_QUASI` of @tip/privacy. */
  quasi: ["victim.sex", "victim.ageBand", "victim.citizenships", "victim.yearOfRegistration"],
  /** `DIMENSIONS` of @tip/privacy. */
  dimensions: [
    "sex",
    "age_group",
    "glotip_group",
    "exploitation",
    "glotip_form",
    "citizenship",
    "country",
    "year",
    "stage",
    "channel",
    "outcome",
    "compensation_source",
  ],
  /** `DEFAULT_MIN_CELL` of @tip/privacy. */
  minCell: 5,
  /** The names of `STATS_PRESETS` of @tip/privacy. */
  statsPresets: [
    "glotip",
    "glotip-citizenship",
    "glotip-persons",
    "glotip-persons-citizenship",
    "sdg-16-2-2",
  ],
} as const;
