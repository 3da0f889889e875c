import { escapeHtml, fill, type Html } from "../html/escape.js";
import type { Linker } from "../html/linker.js";
import { table } from "../html/table.js";
import type { SiteObject } from "../model/site-model.js";
import { mappingsCell } from "./mappings-cell.js";
import type { PageContext } from "./page.js";
import { typeLabel } from "./type-label.js";

/** The table of an object's fields: one row per field, anchored by its field id. */
export function fieldTable(ctx: PageContext, to: Linker, object: SiteObject): Html {
  const { fieldTable: header, pii } = ctx.texts;
  return table({
    id: `fields-${object.name}`,
    caption: fill(ctx.texts.object.fieldsCaption, { object: ctx.bundle.objects[object.name].label }),
    className: "fields",
    headers: [
      header.name,
      header.label,
      header.type,
      header.required,
      header.description,
      header.pii,
      header.mappings,
    ],
    rows: object.fields.map((field) => {
      const text = ctx.bundle.fields[field.id];
      return {
        id: field.id,
        cells: [
          `<code>${escapeHtml(field.key)}</code>`,
          escapeHtml(text.label),
          typeLabel(ctx, to, field.node),
          escapeHtml(field.required ? header.yes : header.no),
          escapeHtml(text.description),
          `<span class="pii pii-${field.pii}">${escapeHtml(pii[field.pii].label)}</span>`,
          mappingsCell(field.mappings),
        ],
      };
    }),
  });
}
