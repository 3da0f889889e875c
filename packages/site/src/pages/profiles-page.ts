import { PROFILE_SCHEMA_FILE, SCHEMA_ID_BASE } from "@tip/schema";
import { escapeHtml, fill, type Html } from "../html/escape.js";
import { type Linker, linker } from "../html/linker.js";
import { labelIn } from "../profiles/site-profiles.js";
import type { Page, PageContext } from "./page.js";
import { ROUTES, SHARED } from "./routes.js";

const code = (text: string): Html => `<pre tabindex="0"><code>${escapeHtml(text)}</code></pre>`;

/** The guide to national profiles: what one is, how an authority writes, tests and publishes it; the shipped ones. */
export function profilesPage(ctx: PageContext): Page {
  const path = ROUTES.profiles;
  const to = linker(ctx.lang, path);
  const t = ctx.texts.profiles.guide;
  const paragraphs = (list: readonly string[]) => list.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
  const part = (
    id: string,
    { heading, paragraphs: text }: { heading: string; paragraphs: readonly string[] },
    extra = "",
  ) =>
    `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(heading)}</h2>\n${paragraphs(text)}\n${extra}</section>`;
  return {
    path,
    title: t.title,
    section: "profiles",
    body: [
      `<p class="lead">${escapeHtml(t.lead)}</p>`,
      part("what", t.what),
      shipped(ctx, to),
      part(
        "write",
        t.write,
        code(`{
  "$schema": "${SCHEMA_ID_BASE}/${PROFILE_SCHEMA_FILE}",
  "id": "lc",
  "title": { "en": "…", "es": "…", "fr": "…", "pt": "…" },
  "country": "LC",
  "version": "1.0.0",
  "basedOn": "core",
  "sources": [{ "title": "Trafficking in Persons Act, s. 3", "url": "https://example.org/counter-trafficking-act" }],
  "rules": {
    "adult_victim_without_means": { "severity": "off", "clause": "s. 3: no means are required" }
  },
  "required": [{ "field": "/victim/identification/date", "clause": "s. 12" }]
}`),
      ),
      part(
        "test",
        t.test,
        code(`npx @tip/cli validate sample.ndjson --profile lc.profile.json
npx @tip/cli convert sample.ndjson --to ctdc -o ctdc.csv --profile lc.profile.json`),
      ),
      part(
        "publish",
        t.publish,
        code(`npx @tip/cli schema --profile lc.profile.json -o schemas
npx @tip/cli docs --profile lc.profile.json -o site`),
      ),
    ].join("\n"),
  };
}

function shipped(ctx: PageContext, to: Linker): Html {
  const t = ctx.texts.profiles.guide;
  const items = ctx.profiles.map(
    ({ profile }) =>
      `<li class="card"><h3><a href="${to.page(ROUTES.profile(profile.id))}"><code>${escapeHtml(profile.id)}</code></a></h3><p>${escapeHtml(labelIn(profile.title, ctx.lang))}</p></li>`,
  );
  return `<section aria-labelledby="shipped"><h2 id="shipped">${escapeHtml(t.shipped)}</h2>
<ul class="cards">${items.join("")}</ul>
<p><a class="download" href="${to.shared(SHARED.profileFile(PROFILE_SCHEMA_FILE))}" download>${fill(ctx.lang, t.schemaLink, { file: PROFILE_SCHEMA_FILE })}</a></p></section>`;
}
