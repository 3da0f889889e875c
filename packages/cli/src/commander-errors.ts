import { CommanderError } from "commander";
import type { CliCatalogue } from "./messages/messages.js";

/** Commander error codes that mean "the help or version was shown as asked", not a failure. */
const SHOWN_AS_ASKED = new Set(["commander.helpDisplayed", "commander.version"]);

/** Whether a commander error only reports that help or the version was printed. */
export function isShownAsAsked(error: CommanderError): boolean {
  return SHOWN_AS_ASKED.has(error.code) && error.exitCode === 0;
}

/** Whether a thrown value is commander's. */
export function isCommanderError(error: unknown): error is CommanderError {
  return error instanceof CommanderError;
}

/** The CLI text of each commander error we translate; the rest keep commander's English text. */
const TEXT_OF = {
  "commander.unknownOption": "unknownOption",
  "commander.unknownCommand": "unknownCommand",
  "commander.missingArgument": "missingArgument",
  "commander.optionMissingArgument": "optionMissingArgument",
  "commander.excessArguments": "excessArguments",
} as const satisfies Record<string, keyof CliCatalogue["errors"]>;

/**
 * Translates a commander usage error into the user's language. Commander's message is English with the token
 * in single quotes and an optional "(Did you mean X?)" line; both are carried over.
 */
export function localiseCommanderError(error: CommanderError, messages: CliCatalogue): string {
  const key = TEXT_OF[error.code as keyof typeof TEXT_OF];
  if (key === undefined) return error.message.replace(/^error:\s*/, "");
  const token = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  let text = messages.format(messages.errors[key], { token });
  const suggestion = /\(Did you mean (?:one of )?(.+)\?\)/.exec(error.message)?.[1];
  if (suggestion) text += ` (${messages.format(messages.errors.didYouMean, { token: suggestion })})`;
  return text;
}
