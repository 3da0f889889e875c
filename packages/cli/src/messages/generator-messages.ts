/** The texts of `tip docs`, `tip schema` and `tip synth` in one language: a section of `CliMessages`. */
export interface GeneratorMessages {
  readonly docs: {
    readonly description: string;
    readonly out: string;
    readonly lang: string;
    readonly written: string;
  };
  readonly schema: {
    readonly description: string;
    readonly out: string;
    readonly written: string;
    /** `{count}` files of the JSON Schema of records under `--profile` `{profile}` written to `{dir}`. */
    readonly writtenProfile: string;
  };
  readonly synth: {
    readonly description: string;
    readonly count: string;
    readonly seed: string;
    readonly country: string;
    readonly errorRate: string;
    readonly aggregates: string;
    readonly protection: string;
    readonly prosecution: string;
    readonly out: string;
    readonly written: string;
  };
  readonly errors: {
    /** `{option}` needs a whole number, `{value}` was given. */
    readonly badCount: string;
    /** `{option}` needs a share between 0 and 1. */
    readonly badRate: string;
    /** `{value}` is no ISO 3166-1 alpha-2 country code. */
    readonly badCountry: string;
    /** `{option}` is required. */
    readonly missingOption: string;
    /** Could not write `{file}`: `{reason}` (a system error code). */
    readonly unwritable: string;
  };
}
