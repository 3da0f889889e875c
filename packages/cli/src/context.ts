import type { Locale } from "@tip/schema";
import type { CliIo } from "./io.js";
import type { CliCatalogue } from "./messages/messages.js";

/** What every subcommand gets: the io, the language detected before parsing and its texts. */
export interface CliContext {
  readonly io: CliIo;
  /** Language of help and usage errors; a subcommand's own `--lang` wins for its report. */
  readonly lang: Locale;
  readonly messages: CliCatalogue;
  /** Set by a subcommand's action; `run` returns it. */
  exitCode: number;
}
