import type { LeftOutReason } from "../privacy/left-out-reason.js";

/**
 * The texts of `tip anonymize`, `tip stats` and `tip export`, in one language: a section of `CliMessages`.
 * Their arguments only ever receive counts, option names, field ids, codes, file names and places (line
 * numbers, JSON Pointers of positions): never a record id or a value of a record.
 */
export interface PrivacyCliMessages {
  readonly common: {
    readonly lang: string;
    readonly output: string;
    /** Where an item sits: its line, and its JSON Pointer inside a JSON document. */
    readonly place: string;
    readonly placeInDocument: string;
    /** The same, to name a withheld record in a refusal sentence. */
    readonly recordAt: string;
    readonly recordAtInDocument: string;
    readonly leftOut: string;
    readonly leftOutMore: string;
    /** The label of the progress display on stderr: the first reading of the input, and the second. */
    readonly progress: string;
    readonly progressAgain: string;
    /** How the progress display names `-`. */
    readonly standardInput: string;
    readonly reasons: Readonly<Record<LeftOutReason, string>>;
    readonly used: string;
    /** `tip stats --unit assets`: total values too large to add exactly, left empty (`{count}`). */
    readonly valuesTooLarge: string;
  };
  readonly anonymize: {
    readonly description: string;
    readonly input: string;
    readonly keyFile: string;
    readonly k: string;
    readonly quasi: string;
    readonly records: string;
    readonly removed: string;
    readonly kept: string;
    readonly before: string;
    readonly suppressedValues: string;
    readonly nothingSuppressed: string;
    readonly suppressedRecords: string;
    readonly pseudonyms: string;
  };
  readonly stats: {
    readonly description: string;
    readonly input: string;
    readonly by: string;
    readonly minCell: string;
    readonly preset: string;
    readonly population: string;
    readonly format: string;
    readonly glotipCellsLeftOut: string;
    readonly unit: string;
    /** `--several-forms each|multiple`. */
    readonly severalForms: string;
  };
  readonly export: {
    readonly description: string;
    readonly input: string;
    readonly to: string;
    readonly purpose: string;
    readonly on: string;
    readonly recipientCountry: string;
    readonly summary: string;
  };
  readonly errors: {
    readonly missingOption: string;
    readonly badCount: string;
    readonly badQuasi: string;
    /** An option of the tables of persons given with `--unit operations` or `assets`; `{option}`, `{unit}`. */
    readonly optionNotForUnit: string;
    readonly badDimension: string;
    readonly byOrPreset: string;
    readonly keyTooShort: string;
    readonly badInput: string;
    readonly badPopulation: string;
    readonly badDate: string;
    readonly populationColumn: string;
    readonly populationKey: string;
    readonly populationRow: string;
    readonly populationVaries: string;
    readonly populationJson: string;
    readonly brokenInput: string;
    readonly inputChanged: string;
    readonly causes: Readonly<Record<"utf16" | "not_json" | "truncated", string>>;
    readonly unwritable: string;
  };
}
