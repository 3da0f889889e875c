import type { PrivacyCliMessages } from "./privacy-cli-messages.js";

/** English texts of the privacy commands. */
export const privacyCliMessagesEn = {
  common: {
    lang: "language of messages and labels: en, es, fr or pt (default: from LANG, else en)",
    output: "file to write to (default: standard output)",
    place: "line {line}",
    placeInDocument: "line {line}, {pointer}",
    recordAt: "at line {line}",
    recordAtInDocument: "at line {line} ({pointer})",
    leftOut: "{count} item(s) were left out:",
    leftOutMore: "… and {count} more.",
    reasons: {
      invalid_json: "not valid JSON",
      invalid_utf8: "not valid UTF-8 text",
      nul_byte: "holds a NUL byte",
      truncated_input: "cut short",
      record_too_large: "larger than the limit of 16 MiB",
      too_deep: "nested deeper than 64 levels",
      not_a_record: "not a record of the model",
      nested_bundle: "a bundle inside the input (give each bundle as a file of its own)",
      failed: "could not be processed",
      not_anonymizable:
        "does not fit the model closely enough to be anonymised (an id that is not a UUID, say)",
    },
    used: "Records read: {read}; used: {used}; left out: {leftOut}.",
  },
  anonymize: {
    description:
      "Remove identifiers, keep only the chosen quasi identifiers, make them k-anonymous and replace ids with keyed pseudonyms. Exit code 0: done; 1: done, but some input was left out; 2: usage error or unreadable input.",
    input: "records to anonymise: NDJSON, a JSON bundle or a JSON array",
    keyFile:
      "file holding the secret pseudonym key (at least 16 bytes; raw bytes or hex text). The same key gives the same pseudonyms",
    k: "smallest group of records sharing the same quasi identifiers (default: {default})",
    quasi: "quasi identifiers to keep, as field ids separated by commas (default: {default})",
    records:
      "Records read: {read}; written: {written}; removed for k-anonymity: {suppressed}; left out: {leftOut}.",
    removed:
      "Removed: {direct} direct identifier(s), {quasi} quasi identifier(s), {other} free-text or other personal value(s), {unknown} unknown field(s).",
    kept: "Quasi identifiers kept: {fields} (k = {k}).",
    before: "Before suppression: {classes} group(s) under k, holding {records} record(s).",
    suppressedValues: "Values suppressed: {list} ({share} of the quasi-identifier values).",
    nothingSuppressed: "No value needed to be suppressed.",
    suppressedRecords: "Records suppressed as a last resort: {count}.",
    pseudonyms:
      "Ids are now pseudonyms under your key: this is still personal data. Keep the key apart from the output.",
  },
  stats: {
    description:
      "Count victims (or perpetrators) by the given dimensions, with row, column and grand totals; small cells, and cells that would reveal them, are suppressed. Exit code 0: done; 1: done, but some input was left out; 2: usage error or unreadable input.",
    input: "records to count: NDJSON, a JSON bundle or a JSON array",
    by: "dimensions, separated by commas: {choices}",
    minCell: "smallest count published; smaller non-zero counts are suppressed (default: {default})",
    preset: "ready-made table: {choices}",
    population:
      "population table (CSV or JSON: columns population and any of sex, age_group, country, year) for rates per 100,000",
    format:
      "output format: text, csv, json, or glotip (the columns of UNODC's GLOTIP export; add year and country to --by to fill those columns) (default: text)",
    glotipCellsLeftOut:
      "Cells without a GLOTIP row (broken down by two categories at once, or perpetrators over every stage; their figures are in the margins): {count}.",
    unit: "what to count: victims or perpetrators (default: victims; perpetrators with --by stage)",
    severalForms:
      "how to count a victim with several forms of exploitation: each (under each form, once in totals; default, as GLOTIP tables do) or multiple (once, under “several forms” or GLOTIP’s “mixed or other forms”)",
  },
  export: {
    description:
      "Keep only the records the person's consent and the TLP marking allow to send to an agency for a purpose. Exit code 0: everything may be sent; 1: some records were withheld (each is named by its line); 2: usage error or unreadable input.",
    input: "records to export: NDJSON, a JSON bundle or a JSON array",
    to: "id of the receiving agency",
    purpose: "purpose of the export, a consent purpose: {choices}",
    on: "day of the export, YYYY-MM-DD, for consents that expire or are withdrawn (default: today)",
    recipientCountry:
      "country of the receiving agency, for consents given per country (default: from the input)",
    summary: "Records read: {read}; may be sent: {sent}; withheld: {refused}; left out: {leftOut}.",
  },
  errors: {
    missingOption: "option {option} is required",
    badCount: "{option} needs a whole number of {min} or more, not “{value}”",
    badQuasi:
      "{option}: “{value}” is not a quasi identifier with one value per record (use field ids such as victim.sex)",
    badDimension: "{option}: “{value}” cannot be counted for {unit}; use {choices}",
    byOrPreset: "give either --by or --preset",
    keyTooShort:
      "the key in “{file}” has {bytes} byte(s); at least {min} are needed (32 random bytes are recommended)",
    badInput: "“{file}” is neither NDJSON records nor a JSON bundle or array",
    badPopulation: "cannot use the population table “{file}”: {reason}",
    badDate: "{option} needs a date written YYYY-MM-DD, not “{value}”",
    populationColumn: "column {column} of the header is none of population, sex, age_group, country, year",
    populationKey: "row {row}: key number {position} is none of population, sex, age_group, country, year",
    populationRow: "row {row} has no population above zero",
    populationVaries: "the population varies by {key}, but the table is not broken down by {key}",
    populationJson: "not a JSON array of rows",
    brokenInput: "cannot read “{file}” past line {line}: {reason}",
    causes: {
      utf16: "it is UTF-16 text; save it as UTF-8",
      not_json: "something other than JSON follows the document",
      truncated: "it ends inside the document",
    },
    inputChanged:
      "“{file}” changed while it was read ({first} records the first time, {second} the second); nothing can be trusted: run again on a file that is not being written (and not on the output)",
    unwritable: "cannot write “{file}”: {reason}",
  },
} as const satisfies PrivacyCliMessages;
