import { escapeHtml, fill, type Html } from "../html/escape.js";
import type { Linker } from "../html/linker.js";
import { table } from "../html/table.js";
import type { SiteObject } from "../model/site-model.js";
import { requiredFields } from "../profiles/site-profiles.js";
import { mappingsCell } from "./mappings-cell.js";
import type { PageContext } from "./page.js";
import { typeLabel } from "./type-label.js";

/** The table of an object's fields: one row per field, anchored by its field id. */
export function fieldTable(ctx: PageContext, to: Linker, object: SiteObject): Html {
  const { fieldTable: header, pii } = ctx.texts;
  const byProfile = new Map(
    ctx.profile === undefined
      ? []
      : requiredFields(ctx.profile).map((entry) => [entry.field, entry] as const),
  );
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
          requiredCell(ctx, field.required, byProfile.get(field.id)),
          escapeHtml(text.description),
          `<span class="pii pii-${field.pii}">${escapeHtml(pii[field.pii].label)}</span>`,
          mappingsCell(field.mappings),
        ],
      };
    }),
  });
}

/** Yes or no, or, when the profile the site is built for requires the field, that with its clause. */
function requiredCell(
  ctx: PageContext,
  required: boolean,
  byProfile: { readonly clause: string; readonly profile: string } | undefined,
): Html {
  const { fieldTable: header } = ctx.texts;
  if (required || byProfile === undefined) return escapeHtml(required ? header.yes : header.no);
  return `<strong>${fill(ctx.texts.profiles.marks.requiredBy, byProfile)}</strong>`;
}
