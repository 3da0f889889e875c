// Small readers of the generated HTML. The pages are machine-written with double-quoted attributes, so
// regular expressions are enough and keep the tests free of an HTML parser dependency.

/** Every `id` attribute value of a page. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => decode(match[1] ?? "")));
}

/** Every `href` and `src` value of a page. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => decode(match[1] ?? ""));
}

/** Elements that separate words; other tags (links, code, var) sit inside a run of text. */
const BLOCK =
  /<\/?(?:td|th|tr|p|li|dt|dd|div|h[1-6]|ul|ol|dl|table|caption|section|pre|main|nav|details|summary)\b[^>]*>/g;

/** The text of a page without tags, with entities decoded and whitespace collapsed. */
export function textOf(html: string): string {
  return decode(html.replace(BLOCK, " ").replace(/<[^>]+>/g, "")).replace(/\s+/g, " ");
}

/**
 * The table row (`<tr id="...">`) or field entry (`<details class="field" id="...">`) with that id, up to its
 * closing tag, or undefined. Neither nests in itself on the site's pages.
 */
export function rowOf(html: string, id: string): string | undefined {
  for (const tag of ["tr", "details"]) {
    const match = new RegExp(`<${tag}(?: class="[^"]*")? id="${escapeRegExp(encode(id))}"`).exec(html);
    if (match) return html.slice(match.index, html.indexOf(`</${tag}>`, match.index));
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function decode(text: string): string {
  return text
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}

function encode(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
}
