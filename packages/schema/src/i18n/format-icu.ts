import { isLiteralElement, isPluralElement, isPoundElement, parse } from "@formatjs/icu-messageformat-parser";
import {
  type Ast,
  formatParsed,
  ICU_OPTIONS,
  type MessageParams,
  messageArguments,
  messageCaches,
} from "./format-parsed.js";
import type { Locale } from "./locale.js";

export type { MessageArgument, MessageParams } from "./format-parsed.js";

/**
 * Renders an ICU MessageFormat template in a locale: `{name}` inserts a param as it is, `{count, number}` groups
 * digits the locale's way, `{count, plural, one {# record} other {# records}}` picks the locale's plural form.
 * A plain param the caller did not give is shown as `{name}`; a template that is not ICU, or whose count is not
 * a number, is shown as written. Nothing here throws on a message or its params.
 */
export function formatIcu(locale: Locale, template: string, params: MessageParams = {}): string {
  return formatParsed(
    compiled[locale] ?? compiled.en,
    locale,
    template,
    (written) => parseIcu(written, locale),
    params,
  );
}

/** Templates parsed here, by locale. */
const compiled = messageCaches();

/**
 * Parses an ICU template as intl-messageformat does for the locale (with the parser it uses); throws when it is
 * not ICU. Called directly: building an `IntlMessageFormat` to parse would load ICU's number data.
 */
function parseIcu(template: string, locale: Locale): Ast {
  return parse(template, { ...ICU_OPTIONS, locale: new Intl.Locale(locale) });
}

/**
 * The arguments of an ICU template as its callers must give them: `name` for text, `name:number` for a count
 * (shown with `number` or chosen by `plural`: languages inflect in different places), `name:select`, sorted and
 * without repeats. Translations of one message must give the same list. Throws when the template is not valid
 * ICU MessageFormat (for catalogue tests).
 */
export function icuArguments(template: string): string[] {
  const ast = parseIcu(template, "en");
  const shown = messageArguments(ast).map(({ name, kind }) =>
    kind === "plain" ? name : `${name}:${kind === "plural" ? "number" : kind}`,
  );
  return [...new Set(shown)].sort();
}

/**
 * A template as one plain line for documentation: a plural or select shows its `other` form, and every argument
 * is `{name}` (`This row has {count} cells`). The template as written when it is not valid ICU.
 */
export function icuOutline(template: string): string {
  try {
    return outline(parseIcu(template, "en"), undefined);
  } catch {
    return template;
  }
}

function outline(ast: Ast, pound: string | undefined): string {
  return ast
    .map((element) => {
      if (isLiteralElement(element)) return element.value;
      if (isPoundElement(element)) return pound === undefined ? "#" : `{${pound}}`;
      if ("options" in element) {
        const other = element.options.other ?? Object.values(element.options)[0];
        return other === undefined
          ? ""
          : outline(other.value, isPluralElement(element) ? element.value : pound);
      }
      if ("value" in element) return `{${element.value}}`;
      return "";
    })
    .join("");
}
