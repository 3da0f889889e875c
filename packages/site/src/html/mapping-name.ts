import { escapeHtml, type Html } from "./escape.js";

/**
 * A name in an outside standard (`prs_Gender`, `G_WholesaleAndRetailTrade...`) as code that may break over
 * lines only between its words: after `_` and before a capital that follows a small letter or digit. On a
 * wide screen the stylesheet keeps it on one line; on a phone a 46-letter name could not fit otherwise.
 */
export function mappingName(name: string): Html {
  const words = name.split(/(?<=_)|(?<=[a-z0-9])(?=[A-Z])/);
  return `<code class="mapping-name">${words.map(escapeHtml).join("<wbr>")}</code>`;
}
