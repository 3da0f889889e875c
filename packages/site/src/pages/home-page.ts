import { escapeHtml, type Html } from "../html/escape.js";
import { type Linker, linker } from "../html/linker.js";
import type { Page, PageContext } from "./page.js";
import { ROUTES } from "./routes.js";

/** The home page of a language: what the standard is, its records, how to start. */
export function homePage(ctx: PageContext): Page {
  const path = ROUTES.home;
  const to = linker(ctx.lang, path);
  const { home } = ctx.texts;
  const paragraphs = (list: readonly string[]) => list.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
  return {
    path,
    title: home.title,
    section: "home",
    body: `<p class="lead">${escapeHtml(home.lead)}</p>
<section aria-labelledby="about"><h2 id="about">${escapeHtml(home.about.heading)}</h2>
${paragraphs(home.about.paragraphs)}</section>
<section aria-labelledby="records"><h2 id="records">${escapeHtml(home.units.heading)}</h2>
${paragraphs(home.units.paragraphs)}
${recordCards(ctx, to)}</section>
${start(ctx, to)}`,
  };
}

function recordCards(ctx: PageContext, to: Linker): Html {
  const cards = ctx.model.objects
    .filter((object) => object.recordType)
    .map((object) => {
      const text = ctx.bundle.objects[object.name];
      return `<li class="card"><h3><a href="${to.page(ROUTES.object(object.name))}">${escapeHtml(text.label)}</a></h3><p>${escapeHtml(text.description)}</p></li>`;
    });
  return `<ul class="cards">${cards.join("")}</ul>`;
}

function start(ctx: PageContext, to: Linker): Html {
  const t = ctx.texts.home.start;
  const code = (text: string) => `<pre tabindex="0"><code>${escapeHtml(text)}</code></pre>`;
  const lang = ctx.lang;
  const snippet = `import { checkRecord } from "@tip/schema";
import { ${lang} } from "@tip/schema/locales/${lang}";

const result = checkRecord(record, { locale: ${lang} });
for (const issue of result.issues) console.log(issue.code, issue.path, issue.message);`;
  return `<section aria-labelledby="start"><h2 id="start">${escapeHtml(t.heading)}</h2>
<p>${escapeHtml(t.intro)}</p>
<ol class="steps">
<li><p>${escapeHtml(t.install)}</p>${code("npm install @tip/schema @tip/cli zod")}</li>
<li><p>${escapeHtml(t.synth)}</p>${code("npx @tip/cli synth --count 100 --seed 1 -o sample.ndjson")}</li>
<li><p>${escapeHtml(t.validate)}</p>${code(`npx @tip/cli validate sample.ndjson --lang ${lang}`)}</li>
<li><p>${escapeHtml(t.code)}</p>${code(snippet)}</li>
<li><p>${escapeHtml(t.schemas)}</p></li>
</ol>
<p><a href="${to.page(ROUTES.model)}">${escapeHtml(t.next)}</a></p></section>`;
}
