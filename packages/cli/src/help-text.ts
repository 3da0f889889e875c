import type { Argument, HelpConfiguration, Option } from "commander";
import type { CliCatalogue } from "./messages/messages.js";

/** `text` wrapped at word boundaries to lines of at most `width` characters (a longer word stays whole). */
export function wrapWords(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((part) => part !== "")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}

/** A default value as a person would type it: `TT`, not commander's `"TT"`; a list joined by commas. */
function shownDefault(value: unknown, described: string | undefined): string {
  if (described !== undefined) return described;
  return Array.isArray(value) ? value.map(String).join(", ") : String(value);
}

/**
 * A description followed by its default in the user's language, `(default: TT)`, unless the description
 * already says it: many texts name their default themselves (`(default: auto: UTF-16 by its byte order
 * mark...)`), and commander would add its own quoted one after it.
 */
export function withDefault(
  description: string,
  value: unknown,
  described: string | undefined,
  messages: CliCatalogue,
): string {
  if (value === undefined) return description;
  const template = messages.defaultValue;
  // The words before the value (`(default:`), which a description naming its default starts with too.
  const lead = template.slice(0, template.indexOf("{value}")).trim();
  if (description.includes(lead)) return description;
  const extra = messages.format(template, { value: shownDefault(value, described) });
  return description === "" ? extra : `${description} ${extra}`;
}

/**
 * The help settings of every command of `tip`: titles in the user's language, and defaults shown once,
 * unquoted, in that language. Choices, presets and environment variables are named by the option texts.
 */
export function helpConfiguration(messages: CliCatalogue): HelpConfiguration {
  return {
    styleTitle: (title) => messages.titles[title as keyof CliCatalogue["titles"]] ?? title,
    optionDescription: (option: Option) => {
      // Flags without a value (`--progress`) show no default.
      const takesValue = option.required || option.optional;
      return takesValue
        ? withDefault(option.description, option.defaultValue, option.defaultValueDescription, messages)
        : option.description;
    },
    argumentDescription: (argument: Argument) =>
      withDefault(argument.description, argument.defaultValue, argument.defaultValueDescription, messages),
  };
}
