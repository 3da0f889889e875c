import {
  isLiteralElement,
  isPluralElement,
  isPoundElement,
  isTagElement,
  type MessageFormatElement,
  TYPE,
} from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import type { Locale } from "./locale.js";

/** The values a message's arguments take: words, codes, positions and counts, never a value of the data. */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

// `<file>` in a usage line is text, not markup.
const OPTIONS = { ignoreTag: true } as const;

/** Compiled messages by locale, then template: each template is parsed once per process. */
const compiled: { readonly [L in Locale]: Map<string, IntlMessageFormat | null> } = {
  en: new Map(),
  es: new Map(),
  fr: new Map(),
  pt: new Map(),
};

function compile(locale: Locale, template: string): IntlMessageFormat | null {
  const cache = compiled[locale] ?? compiled.en;
  let message = cache.get(template);
  if (message === undefined) {
    try {
      message = new IntlMessageFormat(template, locale, undefined, OPTIONS);
    } catch {
      // Catalogue tests parse every message; a template that still fails is shown as written, never thrown.
      message = null;
    }
    cache.set(template, message);
  }
  return message;
}

/**
 * Renders an ICU MessageFormat template in a locale: `{name}` inserts a param as it is, `{count, number}` groups
 * digits the locale's way, `{count, plural, one {# record} other {# records}}` picks the locale's plural form.
 * A plain param the caller did not give is shown as `{name}`; a template that is not ICU, or whose count is not
 * a number, is shown as written. Nothing here throws on a message or its params.
 */
export function formatIcu(locale: Locale, template: string, params: MessageParams = {}): string {
  const message = compile(locale, template);
  if (message === null) return template;
  const values: Record<string, string | number> = Object.create(null);
  for (const { name, kind } of argumentsOf(message)) {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (kind === "plain" || kind === "select") values[name] ??= value ?? `{${name}}`;
    else if (typeof value === "number") values[name] = value;
    else return template;
  }
  try {
    return String(message.format(values));
  } catch {
    return template;
  }
}

const argumentLists = new WeakMap<IntlMessageFormat, readonly MessageArgument[]>();

function argumentsOf(message: IntlMessageFormat): readonly MessageArgument[] {
  let found = argumentLists.get(message);
  if (found === undefined) {
    found = messageArguments(message.getAst());
    argumentLists.set(message, found);
  }
  return found;
}

/** An argument of a message: its name and how it is shown (`plain`, `number`, `plural`, `select`...). */
export interface MessageArgument {
  readonly name: string;
  readonly kind: string;
}

type Ast = readonly MessageFormatElement[];

/** How each kind of element that names an argument is shown. */
const KINDS: Readonly<Partial<Record<TYPE, string>>> = {
  [TYPE.argument]: "plain",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.select]: "select",
  [TYPE.plural]: "plural",
};

function messageArguments(ast: Ast): MessageArgument[] {
  const found: MessageArgument[] = [];
  for (const element of ast) {
    const kind = KINDS[element.type];
    if (kind !== undefined && "value" in element) found.push({ name: element.value, kind });
    if ("options" in element)
      for (const option of Object.values(element.options)) found.push(...messageArguments(option.value));
    if (isTagElement(element)) found.push(...messageArguments(element.children));
  }
  return found;
}

/**
 * The arguments of an ICU template as its callers must give them: `name` for text, `name:number` for a count
 * (shown with `number` or chosen by `plural`: languages inflect in different places), `name:select`, sorted and
 * without repeats. Translations of one message must give the same list. Throws when the template is not valid
 * ICU MessageFormat (for catalogue tests).
 */
export function icuArguments(template: string): string[] {
  const ast = new IntlMessageFormat(template, "en", undefined, OPTIONS).getAst();
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
    return outline(new IntlMessageFormat(template, "en", undefined, OPTIONS).getAst(), undefined);
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
