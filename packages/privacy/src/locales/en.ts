import type { PrivacyTexts } from "../i18n/privacy-texts.js";

/** English texts of @tip/privacy. */
export const en = {
  locale: "en",
  refusals: {
    consent_missing: "Record {id} ({type}) withheld: no consent of the person is recorded.",
    consent_not_given: "Record {id} ({type}) withheld: the person did not give consent.",
    consent_withdrawn: "Record {id} ({type}) withheld: the person withdrew their consent.",
    consent_expired: "Record {id} ({type}) withheld: the person's consent has expired.",
    consent_purpose_not_covered:
      "Record {id} ({type}) withheld: the person's consent does not cover the purpose “{purpose}”.",
    consent_recipient_not_covered:
      "Record {id} ({type}) withheld: the person's consent does not cover sharing with agency {recipient}.",
    victim_not_in_export:
      "Record {id} ({type}) withheld: it concerns a victim whose record and consent are not in the input.",
    linked_victim_refused:
      "Record {id} ({type}) withheld: it concerns a victim whose consent does not allow this export.",
    tlp_red_not_addressed:
      "Record {id} ({type}) withheld: the data are marked TLP:RED and agency {recipient} is not one of the named recipients.",
    not_a_record: "Item {id} withheld: it is not a record of the model.",
    unreadable_record:
      "Item {id} withheld: it cannot be read as data (a value that fails when read, too large or nested too deep).",
    envelope_unreadable:
      "Item {id} withheld: the bundle's envelope (its TLP marking and recipients) cannot be read as data.",
  },
  recordTypes: {
    case: "case",
    victim: "victim",
    perpetrator: "perpetrator",
    agency: "agency",
    referral: "referral",
    bundle: "bundle",
    helplineContact: "helpline contact",
    screening: "screening",
    protectionMeasure: "protection measure",
    sgbvIncident: "SGBV incident",
    operation: "operation",
    financialInquiry: "financial inquiry",
    legalAssistanceRequest: "legal assistance request",
    criminalGroup: "criminal group",
    preventionActivity: "prevention activity",
  },
  dimensions: {
    sex: "Sex",
    age_group: "Age group",
    glotip_group: "Group",
    exploitation: "Form of exploitation",
    glotip_form: "Form of exploitation (GLOTIP)",
    citizenship: "Citizenship",
    country: "Country of identification",
    year: "Year",
    stage: "Criminal-justice stage",
    channel: "Channel",
    outcome: "Outcome",
    compensation_source: "Source of compensation",
  },
  values: {
    total: "Total",
    unknown: "Unknown",
    stateless: "Stateless",
    noStage: "No formal step",
    multipleForms: "Several forms",
    glotipGroups: { women: "Women", girls: "Girls", men: "Men", boys: "Boys" },
    glotipForms: {
      sexual_exploitation: "Sexual exploitation",
      forced_labour: "Forced labour",
      forced_criminal_activity: "Forced criminal activity",
      begging: "Begging",
      forced_marriage: "Forced marriage",
      organ_removal: "Organ removal",
      child_soldiers: "Child soldiers",
      illegal_adoption: "Illegal adoption",
      benefit_fraud: "Benefit fraud",
      mixed_other: "Mixed or other forms",
    },
    stages: { formal_contact: "In formal contact", prosecuted: "Prosecuted", convicted: "Convicted" },
  },
  table: {
    suppressedMark: "x",
    suppressedLegend:
      "x: not published, to protect the persons counted (fewer than {minCell, number}, or a cell that would reveal one).",
    multiCountNote:
      "A person with several forms of exploitation or stages is counted under each, and once in the totals.",
    count: "{count, number}",
    rateNote: "{count, number} ({rate, number})",
    rateLegend: "(…): per 100,000 population.",
    units: {
      victims: "Victims",
      perpetrators: "Persons (perpetrators)",
      contacts: "Helpline contacts",
      compensated: "Victims compensated (paid)",
    },
    multipleFormsNote:
      "A victim with several forms of exploitation is counted once, under “Several forms” (GLOTIP forms: under “Mixed or other forms”).",
  },
  classification: {
    unclassifiedHeading: "Not classified (counted under Unknown):",
    derivedHeading: "Derived values:",
    outsideHeading: "Left out of the table:",
    line: "  {dimension}: {items}",
    item: "{count} {what}",
    outside: "with none of the values shown",
    reasons: {
      not_recorded: "not recorded",
      recorded_unknown: "recorded as unknown",
      not_a_code: "not a code of the list",
      birth_date_without_reference_date:
        "birth date or year without an identification date to take the age at",
      no_form_recorded: "no form of exploitation recorded",
      sex_unknown: "sex unknown",
      sex_other: "sex other than female or male",
      age_unknown: "age group unknown",
      sex_and_age_unknown: "sex and age group unknown",
    },
    derivations: {
      from_gender: "sex from gender",
      from_age_at_identification: "from the age at identification",
      from_birth_date: "from the birth date at identification",
      from_birth_year: "from the birth year",
      from_age_band: "from the age band",
      from_majority_status: "from the recorded majority status",
      from_case_proceedings: "stage from the case's proceedings",
    },
  },
  prosecution: {
    operationsTitle: "Operations by country and year",
    assetsTitle: "Actions on assets by source, action and currency",
    columns: {
      country: "Country",
      year: "Year",
      operations: "Operations",
      arrests: "Arrests",
      victimsRescued: "Victims rescued",
      source: "Recorded on",
      action: "Action",
      currency: "Currency",
      actions: "Actions",
      totalValue: "Total value",
    },
    sources: {
      case: "Case (financial investigation)",
      financialInquiry: "Financial inquiry",
      criminalGroup: "Criminal group",
    },
    total: "Total",
    unknown: "Unknown",
  },
} as const satisfies PrivacyTexts;
