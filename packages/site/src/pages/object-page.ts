import { EXAMPLES } from "@tip/schema";
import { escapeHtml, fill, type Html } from "../html/escape.js";
import { type Linker, linker } from "../html/linker.js";
import type { SiteObject } from "../model/site-model.js";
import { fieldList } from "./field-list.js";
import { labelledFieldLink, objectLink } from "./links.js";
import type { Page, PageContext } from "./page.js";
import { ROUTES, SHARED } from "./routes.js";
import { ruleTable } from "./rule-table.js";

/**
 * The page of one object of the model: its fields, parts and rules; for a record type also an example
 * record and its JSON Schema to download.
 */
export function objectPage(ctx: PageContext, object: SiteObject): Page {
  const path = ROUTES.object(object.name);
  const to = linker(ctx.lang, path);
  const t = ctx.texts.object;
  const text = ctx.bundle.objects[object.name];
  const sections: Html[] = [
    `<p class="lead">${escapeHtml(text.description)}</p>`,
    pageIndex(ctx, to, object),
    usedIn(ctx, to, object),
    `<section aria-labelledby="fields"><h2 id="fields">${escapeHtml(t.fields)}</h2>\n${fieldList(ctx, to, object)}</section>`,
    parts(ctx, to, object),
    rules(ctx, to, object),
  ];
  if (object.recordType) sections.push(example(ctx, object), schemaDownload(ctx, to, object));
  return {
    path,
    title: text.label,
    kicker: object.recordType ? t.recordKind : t.partKind,
    section: "model",
    body: sections.filter(Boolean).join("\n"),
  };
}

/** The in-page index: the page's sections, then every field by its label, in the order of the page. */
function pageIndex(ctx: PageContext, to: Linker, object: SiteObject): Html {
  const t = ctx.texts.object;
  const sections: [string, string][] = [];
  if (object.usedIn.length > 0) sections.push(["used-in", t.usedIn]);
  sections.push(["fields", t.fields]);
  if (object.parts.length > 0) sections.push(["parts", t.parts]);
  sections.push(["rules", t.rules]);
  if (object.recordType) {
    sections.push(["example", t.example]);
    if (ctx.model.schemas.some((schema) => schema.recordType === object.recordType))
      sections.push(["json-schema", t.schema]);
  }
  const sectionLinks = sections
    .map(
      ([id, label]) =>
        `<li><a href="${to.page(ROUTES.object(object.name), id)}">${escapeHtml(label)}</a></li>`,
    )
    .join("");
  const fieldLinks = object.fields
    .map(
      (field) =>
        `<li><a href="${to.page(ROUTES.object(object.name), field.id)}">${escapeHtml(ctx.bundle.fields[field.id].label)}</a></li>`,
    )
    .join("");
  return `<nav class="page-index" aria-labelledby="page-index"><h2 id="page-index">${escapeHtml(t.onThisPage)}</h2>
<ul class="page-sections">${sectionLinks}</ul>
<ul class="page-fields">${fieldLinks}</ul></nav>`;
}

function usedIn(ctx: PageContext, to: Linker, object: SiteObject): Html {
  if (object.usedIn.length === 0) return "";
  const items = object.usedIn.map((id) => `<li>${labelledFieldLink(ctx, to, id)}</li>`).join("");
  return `<section aria-labelledby="used-in"><h2 id="used-in">${escapeHtml(ctx.texts.object.usedIn)}</h2><ul>${items}</ul></section>`;
}

function parts(ctx: PageContext, to: Linker, object: SiteObject): Html {
  if (object.parts.length === 0) return "";
  const items = object.parts
    .map(
      (name) => `<li>${objectLink(ctx, to, name)}: ${escapeHtml(ctx.bundle.objects[name].description)}</li>`,
    )
    .join("");
  return `<section aria-labelledby="parts"><h2 id="parts">${escapeHtml(ctx.texts.object.parts)}</h2><ul>${items}</ul></section>`;
}

function rules(ctx: PageContext, to: Linker, object: SiteObject): Html {
  const t = ctx.texts.object;
  const content =
    object.rules.length === 0
      ? `<p>${escapeHtml(t.noRules)}</p>`
      : ruleTable(ctx, to, object.rules, {
          id: `rules-${object.name}`,
          caption: `${t.rules}: ${ctx.bundle.objects[object.name].label}`,
          withRecord: !object.recordType,
        });
  return `<section aria-labelledby="rules"><h2 id="rules">${escapeHtml(t.rules)}</h2>\n${content}</section>`;
}

function example(ctx: PageContext, object: SiteObject): Html {
  const t = ctx.texts.object;
  const record = object.recordType ? EXAMPLES[object.recordType] : undefined;
  return `<section aria-labelledby="example"><h2 id="example">${escapeHtml(t.example)}</h2>
<p>${escapeHtml(t.exampleIntro)}</p>
<pre class="example" tabindex="0"><code>${escapeHtml(JSON.stringify(record, null, 2))}</code></pre></section>`;
}

function schemaDownload(ctx: PageContext, to: Linker, object: SiteObject): Html {
  const t = ctx.texts.object;
  const file = ctx.model.schemas.find((schema) => schema.recordType === object.recordType);
  if (!file) return "";
  return `<section aria-labelledby="json-schema"><h2 id="json-schema">${escapeHtml(t.schema)}</h2>
<p>${escapeHtml(t.schemaIntro)}</p>
<p><a class="download" href="${to.shared(SHARED.schema(file.name))}" download>${fill(ctx.lang, t.schemaLink, { file: file.name })}</a></p></section>`;
}
