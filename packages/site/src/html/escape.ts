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

/** Fills `{name}` placeholders of a chrome text; values are escaped, unknown placeholders are kept. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): Html {
  return escapeHtml(template).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : escapeHtml(value);
  });
}

/** Like `fill`, but the values are HTML already (links, code elements). */
export function fillHtml(template: string, params: Readonly<Record<string, Html>>): Html {
  return escapeHtml(template).replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** Fills `{name}` placeholders of a chrome text as plain text (escape the result before use in HTML). */
export function formatText(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** An identifier (field id, issue code) escaped, with line-break opportunities after its dots and underscores. */
export function breakable(id: string): Html {
  return escapeHtml(id).replace(/([._])/g, "$1<wbr>");
}
