import type { GeneratorMessages } from "./generator-messages.js";

/** English texts of `tip docs`, `tip schema` and `tip synth`. */
export const generatorMessagesEn = {
  docs: {
    description:
      "Write the documentation site of the standard (data dictionary, code lists, mappings, rules) as static HTML.",
    out: "folder to write the site to",
    lang: "languages of the site: en, es, fr, pt or all (default: all); several with commas",
    written: "Documentation site written ({langs}): {entry}",
  },
  schema: {
    description: "Write the JSON Schema (draft 2020-12) of every record type.",
    out: "folder to write the schemas to (default: the current folder)",
    written: "{count} JSON Schema files written to {dir}",
    writtenProfile: "{count} JSON Schema files of the profile {profile} written to {dir}",
  },
  synth: {
    description:
      "Write synthetic, fictitious TIP records as NDJSON (one record per line) for tests and demonstrations.",
    count: "number of victim records; cases, perpetrators, agencies and referrals come with them",
    seed: "seed of the generator: the same seed always gives the same records",
    country: "ISO 3166-1 alpha-2 code of the reporting country (default: TT)",
    errorRate: "share of victim records made invalid on purpose, from 0 to 1 (default: 0)",
    aggregates:
      "also write the figures the country would publish from these records (aggregate records, GLOTIP-shaped), after them",
    out: "file to write; - or no option writes to standard output",
    written: "{count} records written to {file}",
  },
  errors: {
    badCount: "{option} needs a whole number of 0 or more, not “{value}”",
    badRate: "{option} needs a number from 0 to 1, not “{value}”",
    badCountry: "“{value}” is not an ISO 3166-1 alpha-2 country code (such as TT, MX or BR)",
    missingOption: "option {option} is required",
    unwritable: "cannot write “{file}”: {reason}",
  },
} as const satisfies GeneratorMessages;
