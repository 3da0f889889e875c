// Formats ICU messages already parsed. The bundlers' build of this module (tsup.config.ts) carries its own copy of
// intl-messageformat built without the ICU parser, as formatjs documents for messages compiled ahead: keep its
// imports to intl-messageformat, the parser's types and guards, and types.
import { isTagElement, type MessageFormatElement, TYPE } from "@formatjs/icu-messageformat-parser";
import { formatToParts, IntlMessageFormat } from "intl-messageformat";
import { formattersOf } from "./formatters.js";
import type { Locale } from "./locale.js";

/** The values a message's arguments take: words, codes, positions and counts, never a value of the data. */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

/** A parsed ICU message. */
export type Ast = readonly MessageFormatElement[];

/** Options of every parse: `<file>` in a usage line is text, not markup. */
export const ICU_OPTIONS = { ignoreTag: true } as const;

/** A message ready to format: its AST and the arguments it names. */
interface CompiledMessage {
  readonly ast: MessageFormatElement[];
  readonly arguments: readonly MessageArgument[];
}

/** Compiled messages of one locale by template: each template is parsed (or taken parsed) once per process. */
export type MessageCache = Map<string, CompiledMessage | null>;

/** An empty cache per locale, for one way of getting a template's AST. */
export function messageCaches(): { readonly [L in Locale]: MessageCache } {
  return { en: new Map(), es: new Map(), fr: new Map(), pt: new Map() };
}

function compile(cache: MessageCache, template: string, parse: (template: string) => Ast) {
  let message = cache.get(template);
  if (message === undefined) {
    try {
      const ast = parse(template) as MessageFormatElement[];
      message = { ast, arguments: messageArguments(ast) };
    } catch {
      // Catalogue tests parse every message; a template that still fails is shown as written, never thrown.
      message = null;
    }
    cache.set(template, message);
  }
  return message;
}

/**
 * Renders an ICU template in a locale from its AST, which `parse` gives (called once per template in `cache`):
 * see `formatIcu`. `template` is what is shown when the message cannot be formatted. Never throws.
 */
export function formatParsed(
  cache: MessageCache,
  locale: Locale,
  template: string,
  parse: (template: string) => Ast,
  params: MessageParams = {},
): string {
  const message = compile(cache, template, parse);
  if (message === null) return template;
  const values: Record<string, string | number> = Object.create(null);
  for (const { name, kind } of message.arguments) {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (kind === "plain" || kind === "select") values[name] ??= value ?? `{${name}}`;
    else if (typeof value === "number") values[name] = value;
    else return template;
  }
  try {
    // intl-messageformat's own formatting, called without building an `IntlMessageFormat` per message: its
    // constructor asks ICU which locales format numbers, which loads ICU's number data (see `formattersOf`).
    // Without tags (ICU_OPTIONS) every part is text.
    const parts = formatToParts(message.ast, locale, formattersOf(locale), IntlMessageFormat.formats, values);
    return parts.map((part) => String(part.value)).join("");
  } catch {
    return template;
  }
}

/** An argument of a message: its name and how it is shown (`plain`, `number`, `plural`, `select`...). */
export interface MessageArgument {
  readonly name: string;
  readonly kind: string;
}

/** A message of one literal text, as the parser gives for text without ICU syntax. */
export function literalAst(text: string): Ast {
  return [{ type: TYPE.literal, value: text }];
}

/** How each kind of element that names an argument is shown. */
const KINDS: Readonly<Partial<Record<TYPE, string>>> = {
  [TYPE.argument]: "plain",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.select]: "select",
  [TYPE.plural]: "plural",
};

/** The arguments a parsed message names, in order, with repeats. */
export function messageArguments(ast: Ast): MessageArgument[] {
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
