import type { Locale } from "@tip/schema";
import type { ConvertCliMessages } from "./convert-messages.js";
import type { DemoMessages } from "./demo-messages.js";
import type { ExchangeCliMessages } from "./exchange-messages.js";
import type { GeneratorMessages } from "./generator-messages.js";
import type { PrivacyCliMessages } from "./privacy-messages.js";
import type { TemplateMessages } from "./template-messages.js";

/**
 * Every text the `tip` command (and the demo) prints itself, in one language: the catalogue of the package, one
 * file per language (`cli-messages.<lang>.ts`). Issue messages are not here: they come from `@tip/schema`'s
 * catalogue through `@tip/validate`. Texts are ICU MessageFormat, rendered by the `format` of the catalogue
 * `messagesFor` gives.
 */
export interface CliMessages {
  /** The language of this catalogue: its `format` takes it for plurals and digit grouping. */
  readonly locale: Locale;
  readonly programDescription: string;
  readonly helpOption: string;
  readonly helpCommand: string;
  readonly versionOption: string;
  /** `tip --version`, the line after the command's version: the version of the data model, `{version}`. */
  readonly modelVersion: string;
  /** Said at the end of every command's help: what each exit code means. */
  readonly exitCodes: string;
  /** How help gives an option's default `{value}` when its description does not say it already. */
  readonly defaultValue: string;
  readonly titles: {
    readonly "Usage:": string;
    readonly "Arguments:": string;
    readonly "Options:": string;
    readonly "Commands:": string;
    readonly "Global Options:": string;
  };
  /** `--profile` of validate, convert, schema and docs. */
  readonly profile: {
    readonly option: string;
    readonly unreadable: string;
    readonly issue: string;
    /** `tip convert` to a standard of core codes only: `{count}` records had national codes folded; `{format}`. */
    readonly folded: string;
  };
  readonly validate: {
    readonly description: string;
    readonly files: string;
    readonly format: string;
    readonly lang: string;
    readonly maxIssues: string;
    readonly workers: string;
    readonly inputFormat: string;
    readonly recordType: string;
    readonly progress: string;
    readonly filesChecked: string;
    /** `-o, --output`: the report file. */
    readonly output: string;
    /** `--severity`: the least severity listed. */
    readonly severity: string;
    /** `--valid-only <file>`, and how many records it got (`{count}`). */
    readonly validOnly: string;
    readonly validWritten: string;
    readonly environment: string;
  };
  /** Options about how input text is written, shared by `validate` and `convert`. */
  readonly textInput: {
    readonly encoding: string;
    readonly delimiter: string;
  };
  readonly errors: {
    readonly prefix: string;
    readonly helpHint: string;
    readonly unknownOption: string;
    readonly unknownCommand: string;
    readonly missingArgument: string;
    readonly optionMissingArgument: string;
    readonly excessArguments: string;
    readonly didYouMean: string;
    readonly badChoice: string;
    readonly badMaxIssues: string;
    readonly unknownExtension: string;
    readonly stdinNeedsFormat: string;
    readonly stdinTwice: string;
    /** A glob pattern that matches no file; `{pattern}`. */
    readonly noMatch: string;
    /** `--valid-only` with a CSV input or standard input; `{file}`. */
    readonly validOnlyNeedsFiles: string;
    readonly unreadable: string;
    readonly internal: string;
    readonly unexpected: string;
    readonly invalidEncoding: string;
    readonly nulByte: string;
    /** A canonical file in a model version no migration leads from. */
    readonly unknownModelVersion: string;
  };
  /** Why a workbook was not read (the convert command); places are positions, never sheet names. */
  readonly workbook: {
    readonly overLimit: string;
    readonly unreadable: string;
    readonly sheet: string;
    readonly row: string;
    readonly column: string;
    readonly notText: string;
    readonly faults: {
      readonly not_a_zip: string;
      readonly damaged_zip: string;
      readonly encrypted: string;
      readonly no_workbook: string;
      readonly no_sheet: string;
      readonly missing_part: string;
      readonly malformed_xml: string;
      readonly bad_reference: string;
    };
  };
  readonly reasons: {
    readonly ENOENT: string;
    readonly EACCES: string;
    readonly EISDIR: string;
    readonly notAFile: string;
    readonly other: string;
  };
  /** How outputs are written: same-file refusals, unwritable files, standard output failures. */
  readonly output: {
    readonly input: string;
    readonly sameFile: string;
    readonly unwritable: string;
    readonly stdoutFailed: string;
    readonly binaryToStdout: string;
    /** A folder output that names a file; `{option}`. */
    readonly notAFolder: string;
    /** A folder output that is, or holds, what the command reads; `{option}`. */
    readonly holdsInput: string;
    /** A folder output holding entries the command would replace but did not write; `{option}`. */
    readonly notOwnFolder: string;
    readonly reasons: {
      readonly ENOENT: string;
      readonly EACCES: string;
      readonly EISDIR: string;
      readonly ENOSPC: string;
      readonly EROFS: string;
      readonly other: string;
    };
    readonly workersCapped: string;
    readonly records: string;
    readonly skippedReason: string;
    readonly otherTypesHint: string;
    readonly otherTypeFiles: string;
    /** Records of an older model version upgraded by `tip convert --from tip`, then each kind of change. */
    readonly migrated: string;
    readonly migrationChange: string;
    /** How many field notes a conversion's report holds, when it was written (`--report`). */
    readonly notesInReport: string;
    /** The same, when no report was asked for: how to get it. */
    readonly notesHint: string;
  };
  /** `tip docs`, `tip schema` and `tip synth`. */
  readonly generators: GeneratorMessages;
  /** `tip keys new`, `tip seal` and `tip open`. */
  readonly exchange: ExchangeCliMessages;
  /** `tip anonymize`, `tip stats` and `tip export`. */
  readonly privacy: PrivacyCliMessages;
  /** `tip convert`. */
  readonly convert: ConvertCliMessages;
  /** `tip template`. */
  readonly template: TemplateMessages;
  /** The lines `npm run demo` prints between the commands it runs. */
  readonly demo: DemoMessages;
}
