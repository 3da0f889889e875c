import { ALL_RULES } from "@tip/schema";
import { escapeHtml, fill, type Html } from "../html/escape.js";
import type { Linker } from "../html/linker.js";
import type { SiteField, SiteObject } from "../model/site-model.js";
import { requiredFields } from "../profiles/site-profiles.js";
import { codeListLink } from "./links.js";
import { mappingsCell } from "./mappings-cell.js";
import type { PageContext } from "./page.js";
import { ROUTES } from "./routes.js";
import { typeLabel } from "./type-label.js";

/**
 * An object's fields, one expandable entry each, anchored by its field id: the summary shows the property name,
 * label, type and personal-data class; opened, it shows the description, whether it is required, its code list,
 * the rules that read it and its name in every outside standard. Closed entries keep a long page short; the
 * site's script opens the entry an address points at, and the browser opens one that find-in-page lands in.
 */
export function fieldList(ctx: PageContext, to: Linker, object: SiteObject): Html {
  const byProfile = new Map(
    ctx.profile === undefined
      ? []
      : requiredFields(ctx.profile).map((entry) => [entry.field, entry] as const),
  );
  const entries = object.fields.map((field) => fieldEntry(ctx, to, field, byProfile.get(field.id)));
  return `<div class="field-list">\n${entries.join("\n")}\n</div>`;
}

function fieldEntry(
  ctx: PageContext,
  to: Linker,
  field: SiteField,
  byProfile: { readonly clause: string; readonly profile: string } | undefined,
): Html {
  const { fieldTable: t, pii } = ctx.texts;
  const text = ctx.bundle.fields[field.id];
  const badge = `<span class="pii pii-${field.pii}">${escapeHtml(pii[field.pii].label)}</span>`;
  const facts: [string, Html][] = [
    [t.type, typeLabel(ctx, to, field.node)],
    [t.required, requiredText(ctx, field.required, byProfile)],
    [t.pii, `${badge} ${escapeHtml(pii[field.pii].description)}`],
  ];
  if (field.codeList) facts.push([t.codeList, codeListLink(to, field.codeList)]);
  const rules = ALL_RULES.filter((rule) => (rule.fields as readonly string[]).includes(field.id));
  if (rules.length > 0) facts.push([t.rules, rules.map((rule) => ruleLink(to, rule.code)).join(" ")]);
  const mappings = mappingsCell(field.mappings);
  if (mappings) facts.push([t.mappings, mappings]);
  const list = facts.map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${value}</dd>`).join("");
  return `<details class="field" id="${escapeHtml(field.id)}">
<summary><code class="field-key">${escapeHtml(field.key)}</code> <span class="field-label">${escapeHtml(text.label)}</span> ${badge}</summary>
<div class="field-body"><p>${escapeHtml(text.description)}</p><p class="field-id"><code>${escapeHtml(field.id)}</code></p>
<dl class="facts">${list}</dl></div>
</details>`;
}

function ruleLink(to: Linker, code: string): Html {
  return `<a href="${to.page(ROUTES.rules, code)}"><code>${escapeHtml(code)}</code></a>`;
}

/** Yes or no, or, when the profile the site is built for requires the field, that with its clause. */
function requiredText(
  ctx: PageContext,
  required: boolean,
  byProfile: { readonly clause: string; readonly profile: string } | undefined,
): Html {
  const { fieldTable: header } = ctx.texts;
  if (required || byProfile === undefined) return escapeHtml(required ? header.yes : header.no);
  return `<strong>${fill(ctx.lang, ctx.texts.profiles.marks.requiredBy, byProfile)}</strong>`;
}
