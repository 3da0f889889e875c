/** The lines `npm run demo` prints between the commands it runs, in one language: a section of `CliMessages`. */
export interface DemoMessages {
  /** `--lang` named no language of the SDK; `{value}`. */
  readonly unknownLang: string;
  /** A step of the demo exited with a code it did not expect; `{command}`, `{code}`. */
  readonly stopped: string;
  /** The title of each step; `{victims}` (a count) and `{share}` (a percentage) in the first, `{k}` in the fourth. */
  readonly steps: {
    readonly synth: string;
    readonly validate: string;
    readonly stats: string;
    readonly anonymize: string;
    readonly toHtcds: string;
    readonly fromHtcds: string;
    readonly fromCtdc: string;
    readonly toCtdc: string;
  };
  /** Before the first victim of the anonymised extract, shown as a record. */
  readonly firstVictim: string;
  /** The last line: where everything the demo wrote is; `{dir}`. */
  readonly wroteTo: string;
}
