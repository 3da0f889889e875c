import { MAPPING_SYSTEMS, type Mappings } from "@tip/schema";
import { escapeHtml, type Html } from "../html/escape.js";
import { MAPPING_NAMES } from "../html/mapping-names.js";

/**
 * The names a field or code has in the outside standards, as a compact definition list. Each name is kept whole
 * on one line (`mapping-name`): a column name broken in the middle is not one a reader can look up.
 */
export function mappingsCell(mappings: Mappings): Html {
  const entries = MAPPING_SYSTEMS.flatMap((system) => {
    const names = mappings[system];
    if (!names || names.length === 0) return [];
    const values = names.map((name) => `<code class="mapping-name">${escapeHtml(name)}</code>`).join(" ");
    return [`<dt>${MAPPING_NAMES[system]}</dt><dd>${values}</dd>`];
  });
  return entries.length === 0 ? "" : `<dl class="mappings">${entries.join("")}</dl>`;
}
