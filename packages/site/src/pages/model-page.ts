import { PII_CLASSES } from "@tip/schema";
import { escapeHtml, type Html } from "../html/escape.js";
import { linker } from "../html/linker.js";
import { objectLink } from "./links.js";
import type { Page, PageContext } from "./page.js";
import { ROUTES } from "./routes.js";

/** The overview of the model: each record type with the parts documented under it, and the pii classes. */
export function modelPage(ctx: PageContext): Page {
  const path = ROUTES.model;
  const to = linker(ctx.lang, path);
  const t = ctx.texts.model;
  const describe = (name: Parameters<typeof objectLink>[2]) =>
    `${objectLink(ctx, to, name)}: ${escapeHtml(ctx.bundle.objects[name].description)}`;
  const groups = ctx.model.objects
    .filter((object) => object.recordType)
    .map((record) => {
      const parts = ctx.model.objects.filter((o) => o.group === record.name && !o.recordType);
      const list =
        parts.length === 0
          ? ""
          : `<h3>${escapeHtml(t.parts)}</h3><ul>${parts.map((p) => `<li>${describe(p.name)}</li>`).join("")}</ul>`;
      const label = escapeHtml(ctx.bundle.objects[record.name].label);
      return `<section aria-labelledby="group-${record.name}" class="group">
<h2 id="group-${record.name}"><a href="${to.page(ROUTES.object(record.name))}">${label}</a></h2>
<p>${escapeHtml(ctx.bundle.objects[record.name].description)}</p>${list}</section>`;
    });
  return {
    path,
    title: t.title,
    section: "model",
    body: [`<p class="lead">${escapeHtml(t.intro)}</p>`, ...groups, piiLegend(ctx)].join("\n"),
  };
}

function piiLegend(ctx: PageContext): Html {
  const items = PII_CLASSES.map((pii) => {
    const text = ctx.texts.pii[pii];
    return `<dt><span class="pii pii-${pii}">${escapeHtml(text.label)}</span></dt><dd>${escapeHtml(text.description)}</dd>`;
  }).join("");
  return `<section aria-labelledby="pii"><h2 id="pii">${escapeHtml(ctx.texts.piiHeading)}</h2><dl class="legend">${items}</dl></section>`;
}
