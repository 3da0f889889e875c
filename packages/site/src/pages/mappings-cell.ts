import { MAPPING_SYSTEMS, type Mappings } from "@tip/schema";
import type { Html } from "../html/escape.js";
import { mappingName } from "../html/mapping-name.js";
import { MAPPING_NAMES } from "../html/mapping-names.js";

/**
 * The names a field or code has in the outside standards, as a compact definition list. A name never breaks in
 * the middle of a word (see `mappingName`): a column name cut anywhere is not one a reader can look up.
 */
export function mappingsCell(mappings: Mappings): Html {
  const entries = MAPPING_SYSTEMS.flatMap((system) => {
    const names = mappings[system];
    if (!names || names.length === 0) return [];
    const values = names.map(mappingName).join(" ");
    return [`<dt>${MAPPING_NAMES[system]}</dt><dd>${values}</dd>`];
  });
  return entries.length === 0 ? "" : `<dl class="mappings">${entries.join("")}</dl>`;
}
