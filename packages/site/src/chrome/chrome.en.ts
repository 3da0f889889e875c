import type { ChromeTexts } from "./chrome-texts.js";
import { profilesEn } from "./profiles.en.js";

/** English texts of the site's pages. */
export const chromeEn = {
  languageName: "English",
  siteTitle: "TIP data standard",
  skipToContent: "Skip to content",
  nav: {
    label: "Main",
    home: "Home",
    model: "Data model",
    codeLists: "Code lists",
    htcds: "HTCDS mapping",
    ctdc: "CTDC mapping",
    rules: "Rules and issues",
    profiles: "National profiles",
    api: "API reference",
  },
  languageSwitcher: "Language",
  search: {
    label: "Search fields and codes",
    placeholder: "e.g. birth date, female, prs_Gender",
    oneResult: "1 result",
    results: "{count} results",
    noResults: "No results",
    kinds: { field: "Field", code: "Code", object: "Object", codeList: "Code list" },
  },
  footer: "Generated from @tip/schema, model version {version}.",
  root: {
    title: "TIP data exchange standard",
    lead: "Choose your language.",
    api: "API reference (English)",
  },
  home: {
    title: "The TIP data exchange standard",
    lead: "A common model for exchanging data on trafficking in persons between countries: cases, victims, perpetrators, agencies and referrals, documented in English, Spanish, French and Portuguese.",
    about: {
      heading: "What the standard is",
      paragraphs: [
        "The standard records trafficking-in-persons data the same way in every country, so that national authorities, NGOs and international organisations can exchange cases and referrals and produce comparable statistics (UNODC's Global Report, SDG indicator 16.2.2, OAS reports).",
        "It follows the recording units of IC-TIP, the international classification of IOM and UNODC, and maps to the Human Trafficking Case Data Standard (HTCDS) used for case management and to the CTDC datasets. Every field carries a personal-data class, so tools can redact and aggregate safely.",
        "This dictionary is generated from the schemas of the SDK: the fields, code lists, mappings and rules shown here are those the validators enforce.",
      ],
    },
    units: {
      heading: "The records",
      paragraphs: [
        "IC-TIP counts four units: the trafficking event (the case), the victim, the perpetrator and the reporting entity (the agency). The standard adds the referral of a victim between agencies or countries, and the bundle that carries records from one party to another.",
      ],
    },
    start: {
      heading: "How to start",
      intro: "The SDK is a set of npm packages for Node.js 20 or later and for browsers.",
      install: "Install the model and the command-line tool:",
      validate: "Check an export, with messages in your language:",
      code: "Check a record in your own code:",
      schemas:
        "Working in another programming language? Each record's page links to its JSON Schema (draft 2020-12).",
      synth: "Try the tools on synthetic data, never on real cases:",
      next: "Then read the page of each record and the rules that apply to it.",
    },
  },
  model: {
    title: "Data model",
    intro:
      "Six kinds of record make up the standard. A record is a JSON object with a recordType, a UUID id and the fields listed on its page; parts are objects nested in records.",
    entity: "Record",
    parts: "Parts",
  },
  object: {
    recordKind: "Record type",
    partKind: "Part of a record",
    fields: "Fields",
    fieldsCaption: "Fields of {object}",
    parts: "Parts",
    usedIn: "Used in",
    onThisPage: "On this page",
    rules: "Rules",
    noRules: "No cross-field rule reads these fields.",
    example: "Example",
    exampleIntro: "A fictitious, valid record.",
    schema: "JSON Schema",
    schemaLink: "Download {file}",
    schemaIntro:
      "JSON Schema draft 2020-12, with labels, descriptions, personal-data classes and mappings as x- keywords. Cross-field rules cannot be expressed in it: the validators of the SDK check them.",
  },
  fieldTable: {
    name: "Field",
    label: "Label",
    type: "Type",
    required: "Required",
    description: "Description",
    pii: "Personal data",
    mappings: "Mappings",
    codeList: "Code list",
    rules: "Rules",
    yes: "Yes",
    no: "No",
  },
  types: {
    text: "text",
    textLength: "text of {min} to {max} characters",
    integer: "integer",
    number: "number",
    atLeast: "{type}, at least {min}",
    between: "{type} from {min} to {max}",
    boolean: "true or false",
    date: "date (YYYY-MM-DD)",
    dateTime: "date and time with UTC offset",
    uuid: "UUID",
    email: "e-mail address",
    url: "web address",
    pattern: "text matching {pattern}",
    code: "code of the list {list}",
    oneOf: "one of {values}",
    constant: "always {value}",
    listOf: "list of: {item}",
    extensions: "extension data by namespace",
    object: "{object} (object)",
  },
  pii: {
    direct: {
      label: "Direct identifier",
      description: "Identifies a person on its own (name, phone, ID number).",
    },
    quasi: {
      label: "Quasi-identifier",
      description: "Identifies a person when combined with other fields (birth date, citizenship, places).",
    },
    sensitive: {
      label: "Sensitive",
      description: "Reveals intimate facts about a person (forms of exploitation, health, consent).",
    },
    none: {
      label: "Not personal",
      description: "Carries nothing about a person (record ids, agency codes).",
    },
  },
  piiHeading: "Personal-data classes",
  severity: { error: "Error", warning: "Warning", info: "Information" },
  codes: {
    title: "Code lists",
    intro:
      "Every coded field takes its values from one of these lists. Codes are stable and the same in every language; labels and definitions are translated.",
    list: "List",
    count: "Codes",
    usedBy: "Used by",
    notUsed: "No field uses this list yet.",
    listTitle: "Code list {list}",
    codeCount: "{count, plural, one {# code} other {# codes}}",
    code: "Code",
    label: "Label",
    definition: "Definition",
    mappings: "Mappings",
  },
  mappings: {
    title: "{standard} and the model",
    htcdsIntro:
      "How the fields and picklist values of the Human Trafficking Case Data Standard 2.0 correspond to the fields and codes of the model. The converters of the SDK read and write HTCDS through these mappings.",
    ctdcIntro:
      "How the columns and values of the CTDC datasets (both the global dataset and the 2024 synthetic one) correspond to the fields and codes of the model.",
    fieldsToModel: "From {standard} to the model",
    modelToFields: "From the model to {standard}",
    codes: "Values and codes",
    codesIntro: "Values written in {standard} files and the codes of the model they stand for.",
    standardName: "{standard} name",
    modelField: "Model field",
    label: "Label",
    codeList: "Code list",
    code: "Code",
    htcdsCredit:
      "HTCDS field names and picklist values come from the {standard} by the International Organization for Migration (IOM), licensed under {license}.",
    ctdcCredit:
      "CTDC column names and values are those of the datasets of the {standard}, run by the International Organization for Migration (IOM).",
    notEndorsed: "IOM does not endorse this project.",
    lookupLabel: "I come from {standard}: find a column name or a model field",
    lookupHint:
      "Type part of a {standard} name (prs_Gender), a field id (victim.gender) or a label: the tables below keep only the rows that match.",
  },
  rules: {
    title: "Rules and issue codes",
    intro:
      "Every problem a validator reports is an issue with a stable code, a JSON Pointer to where it is, a severity and a message in the reader's language. Messages never contain a value of the record.",
    catalogue: "Cross-field rules",
    catalogueIntro:
      "Constraints JSON Schema cannot express, checked once the structure of a record is valid, each with the clause or practice it enforces.",
    code: "Code",
    record: "Record",
    severity: "Severity",
    clause: "Clause or practice enforced",
    fields: "Fields read",
    message: "Message",
    messages: "Issue codes and messages",
    ruleCodes: "Codes of the cross-field rules",
    structural: "Structural codes",
    structuralIntro:
      "What JSON Schema can say as well: a missing or unknown field, a wrong type, a code outside its list, a malformed date.",
    input: "Input codes",
    inputIntro:
      "Problems of a file as a whole or across its records: unreadable text, CSV headers, duplicate ids, references to missing records.",
    placeholders:
      "Words in braces, such as {field}, are replaced by the label of the field concerned, a code or a limit.",
  },
  profiles: profilesEn,
} as const satisfies ChromeTexts;
