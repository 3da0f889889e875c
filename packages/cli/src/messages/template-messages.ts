/** The texts of `tip template` in one language: a section of `CliMessages`. */
export interface TemplateMessages {
  readonly description: string;
  readonly format: string;
  readonly lang: string;
  readonly output: string;
  /** Help text after the options: the exit codes. */
  readonly exitCodes: string;
  /** The `{format}` template (in `{lang}`) was written to `{file}`. */
  readonly written: string;
  /** ... under the profile `{profile}`. */
  readonly writtenProfile: string;
  /** `{value}` is no template format; `{formats}` are. */
  readonly badFormat: string;
  /** `{value}` is no language of the templates; `{langs}` are. */
  readonly badLang: string;
  /** `{option}` is required. */
  readonly missingOption: string;
}
