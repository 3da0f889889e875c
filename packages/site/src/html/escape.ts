import { formatIcu, type Locale } from "@tip/schema";

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string | number): string {
  return String(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** HTML that was escaped or built from escaped parts; marks strings that must not be escaped again. */
export type Html = string;

/**
 * Formats a chrome text (ICU MessageFormat, see `formatIcu` of @tip/schema) as HTML: the text and the values are
 * escaped; numbers are given to the formatter as numbers so that `{count, plural, ...}` and `{count, number}`
 * follow the language. An argument that is not given is kept as `{name}`.
 */
export function fill(
  lang: Locale,
  template: string,
  params: Readonly<Record<string, string | number>>,
): Html {
  return formatHtml(lang, template, params, escapeHtml);
}

/** Like `fill`, but the text values are HTML already (links, code elements). */
export function fillHtml(
  lang: Locale,
  template: string,
  params: Readonly<Record<string, Html | number>>,
): Html {
  return formatHtml(lang, template, params, String);
}

/** Formats a chrome text as plain text (escape the result before use in HTML). */
export function formatText(
  lang: Locale,
  template: string,
  params: Readonly<Record<string, string | number>>,
): string {
  return formatIcu(lang, template, params);
}

// Text values stand in the message as private-use markers while the message's own text is escaped, then take
// their place: a value is escaped once (or not at all when it is HTML) and never read as ICU syntax.
const MARKER = /\uE000(\d+)\uE001/g;

function formatHtml(
  lang: Locale,
  template: string,
  params: Readonly<Record<string, string | number>>,
  show: (value: string) => Html,
): Html {
  const texts: string[] = [];
  const marked: Record<string, string | number> = Object.create(null);
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "number") marked[name] = value;
    else marked[name] = `\uE000${texts.push(value) - 1}\uE001`;
  }
  return escapeHtml(formatIcu(lang, template, marked)).replace(MARKER, (_, index: string) =>
    show(texts[Number(index)] as string),
  );
}

/** An identifier (field id, issue code) escaped, with line-break opportunities after its dots and underscores. */
export function breakable(id: string): Html {
  return escapeHtml(id).replace(/([._])/g, "$1<wbr>");
}
