import { icuArguments } from "./format-icu.js";

/**
 * Every message of a catalogue (nested objects of ICU templates) by its dotted key, with the arguments it takes
 * (see `icuArguments`). Two languages of one catalogue must give equal results: a parity test compares them.
 * Throws when a message is not valid ICU MessageFormat, naming its key.
 */
export function catalogueArguments(catalogue: object, prefix = ""): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(catalogue)) {
    const name = prefix + key;
    if (typeof value === "string") {
      try {
        found[name] = icuArguments(value);
      } catch (error) {
        throw new Error(`${name} is not valid ICU MessageFormat: ${(error as Error).message}`);
      }
    } else if (typeof value === "object" && value !== null) {
      Object.assign(found, catalogueArguments(value, `${name}.`));
    }
  }
  return found;
}
