import { ALL_RULES, CODE_LISTS, type CodeListId, type Profile, type Severity } from "@tip/schema";
import { breakable, escapeHtml, fill, fillHtml, type Html } from "../html/escape.js";
import { type Linker, linker } from "../html/linker.js";
import { table } from "../html/table.js";
import { labelIn, requiredFields, type SiteProfile } from "../profiles/site-profiles.js";
import { codeLink, codeListLink, fieldLink } from "./links.js";
import type { Page, PageContext } from "./page.js";
import { ROUTES, SHARED } from "./routes.js";

/** Clauses are the law's own words, written in its language: marked so screen readers do not misread them. */
const clauseHtml = (text: string) => `<span lang="und">${escapeHtml(text)}</span>`;

/** The page of one profile: what it changes in the core model, and the clause behind each change. */
export function profilePage(ctx: PageContext, entry: SiteProfile): Page {
  const { profile } = entry;
  const path = ROUTES.profile(profile.id);
  const to = linker(ctx.lang, path);
  const t = ctx.texts.profiles.page;
  const sections = [
    `<p class="lead">${escapeHtml(labelIn(profile.title, ctx.lang))}</p>`,
    facts(ctx, to, entry),
    rules(ctx, to, profile),
    required(ctx, to, profile),
    codeLists(ctx, to, profile),
    nationalLists(ctx, profile),
    extensions(ctx, to, profile),
    labels(ctx, profile),
  ];
  return {
    path,
    title: `${profile.id} — ${labelIn(profile.title, ctx.lang)}`,
    kicker: t.kicker,
    section: "profiles",
    body: sections.join("\n"),
  };
}

function facts(ctx: PageContext, to: Linker, { profile, file }: SiteProfile): Html {
  const t = ctx.texts.profiles.page;
  const base = profile.chain.slice(1);
  const basedOn =
    base.length === 0
      ? escapeHtml(t.core)
      : base
          .map((id) => `<a href="${to.page(ROUTES.profile(id))}"><code>${escapeHtml(id)}</code></a>`)
          .join(" → ");
  const sources = profile.sources
    .map((source) => {
      const title = escapeHtml(source.title);
      return `<li>${source.url ? `<a href="${escapeHtml(source.url)}" rel="external">${title}</a>` : title}</li>`;
    })
    .join("");
  const document = file
    ? `<p><a class="download" href="${to.shared(SHARED.profileFile(file))}" download>${fill(ctx.lang, t.document, { file })}</a></p>`
    : "";
  return `<dl class="facts">
${profile.country ? `<dt>${escapeHtml(t.country)}</dt><dd><code>${escapeHtml(profile.country)}</code></dd>` : ""}
<dt>${escapeHtml(t.version)}</dt><dd>${escapeHtml(profile.version)}</dd>
<dt>${escapeHtml(t.basedOn)}</dt><dd>${basedOn}</dd>
</dl>
<section aria-labelledby="sources"><h2 id="sources">${escapeHtml(t.sources)}</h2><ul>${sources}</ul>${document}</section>`;
}

function section(id: string, heading: string, intro: string, content: Html, nothing: string): Html {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(heading)}</h2>
<p>${escapeHtml(intro)}</p>
${content === "" ? `<p>${escapeHtml(nothing)}</p>` : content}</section>`;
}

/** A severity as the rule tables show it; a rule turned off gets the plain badge. */
export function severityBadge(ctx: PageContext, severity: Severity | "off"): Html {
  if (severity === "off") return `<span class="severity">${escapeHtml(ctx.texts.profiles.page.off)}</span>`;
  return `<span class="severity severity-${severity}">${escapeHtml(ctx.texts.severity[severity])}</span>`;
}

function rules(ctx: PageContext, to: Linker, profile: Profile): Html {
  const t = ctx.texts.profiles.page;
  const entries = Object.entries(profile.rules);
  const content =
    entries.length === 0
      ? ""
      : table({
          id: "profile-rules",
          caption: escapeHtml(t.rules),
          headers: [t.rule, t.coreSeverity, t.profileSeverity, t.clause, t.setBy],
          rows: entries.map(([code, setting]) => ({
            id: `rule-${code}`,
            cells: [
              `<a href="${to.page(ROUTES.rules, code)}"><code>${breakable(code)}</code></a>`,
              [...new Set(ALL_RULES.filter((rule) => rule.code === code).map((rule) => rule.severity))]
                .map((severity) => severityBadge(ctx, severity))
                .join(" "),
              severityBadge(ctx, setting.severity),
              clauseHtml(setting.clause),
              `<code>${escapeHtml(setting.profile)}</code>`,
            ],
          })),
        });
  return section("rules", t.rules, t.rulesIntro, content, t.nothing);
}

function required(ctx: PageContext, to: Linker, profile: Profile): Html {
  const t = ctx.texts.profiles.page;
  const fields = requiredFields(profile);
  const content =
    fields.length === 0
      ? ""
      : table({
          id: "profile-required",
          caption: escapeHtml(t.required),
          headers: [t.field, t.clause, t.setBy],
          rows: fields.map((entry) => ({
            cells: [
              `${fieldLink(to, entry.field)} <code>${breakable(entry.path)}</code>`,
              clauseHtml(entry.clause),
              `<code>${escapeHtml(entry.profile)}</code>`,
            ],
          })),
        });
  return section("required", t.required, t.requiredIntro, content, t.nothing);
}

function codeLists(ctx: PageContext, to: Linker, profile: Profile): Html {
  const t = ctx.texts.profiles.page;
  const lists = Object.entries(profile.codeLists);
  const content = lists
    .map(([id, change]) => {
      const list = id as CodeListId;
      const accepted =
        change.allowed === undefined
          ? escapeHtml(t.allCodes)
          : change.allowed.map((code) => codeLink(to, list, code)).join(", ");
      const clauses = change.changedBy
        .filter((by) => by.clause !== undefined)
        .map((by) => `${clauseHtml(by.clause as string)} (<code>${escapeHtml(by.profile)}</code>)`)
        .join("; ");
      const national = Object.entries(change.national);
      const nationalTable =
        national.length === 0
          ? ""
          : table({
              id: `national-${id}`,
              caption: `${escapeHtml(t.nationalCodes)}: <code>${escapeHtml(id)}</code>`,
              headers: [t.code, t.label, t.foldsTo],
              rows: national.map(([code, added]) => ({
                cells: [
                  `<code>${escapeHtml(code)}</code>`,
                  escapeHtml(labelIn(added.labels, ctx.lang)),
                  codeLink(to, list, added.foldsTo),
                ],
              })),
            });
      return `<h3 id="list-${escapeHtml(id)}">${codeListLink(to, id)}</h3>
<dl class="facts"><dt>${escapeHtml(t.accepted)}</dt><dd>${accepted}</dd>${
        clauses === "" ? "" : `<dt>${escapeHtml(t.clause)}</dt><dd>${clauses}</dd>`
      }</dl>
${nationalTable}`;
    })
    .join("\n");
  return section("code-lists", t.codeLists, t.codeListsIntro, content, t.nothing);
}

function nationalLists(ctx: PageContext, profile: Profile): Html {
  const t = ctx.texts.profiles.page;
  const lists = Object.entries(profile.nationalCodeLists);
  if (lists.length === 0) return "";
  const content = lists
    .map(([id, list]) =>
      table({
        id: `national-list-${id}`,
        caption: `<code>${escapeHtml(id)}</code>: ${escapeHtml(labelIn(list.title, ctx.lang))} (${escapeHtml(list.source)})`,
        headers: [t.code, t.label],
        rows: Object.entries(list.codes).map(([code, entry]) => ({
          id: `${id}-${code}`,
          cells: [`<code>${escapeHtml(code)}</code>`, escapeHtml(labelIn(entry.labels, ctx.lang))],
        })),
      }),
    )
    .join("\n");
  return `<section aria-labelledby="national-lists"><h2 id="national-lists">${escapeHtml(t.nationalLists)}</h2>
${content}</section>`;
}

function extensions(ctx: PageContext, to: Linker, profile: Profile): Html {
  const t = ctx.texts.profiles.page;
  const rows = Object.entries(profile.extensions).flatMap(([namespace, declared]) =>
    Object.entries(declared.fields).map(([name, field]) => {
      const list = field.codeList;
      const listHtml =
        list === undefined
          ? ""
          : Object.hasOwn(CODE_LISTS, list)
            ? codeListLink(to, list)
            : `<a href="#national-list-${escapeHtml(list)}-caption"><code>${escapeHtml(list)}</code></a>`;
      const type =
        field.type === "code" || field.type === "codes"
          ? fillHtml(ctx.lang, t.fieldTypes[field.type], { list: listHtml })
          : escapeHtml(t.fieldTypes[field.type]);
      return {
        id: `extensions.${namespace}.${name}`,
        cells: [
          `<code>${breakable(`extensions.${namespace}.${name}`)}</code>`,
          escapeHtml(labelIn(field.labels, ctx.lang)),
          type,
          `<span class="pii pii-${field.pii}">${escapeHtml(ctx.texts.pii[field.pii].label)}</span>`,
          escapeHtml(field.recordTypes?.join(", ") ?? t.allRecordTypes),
        ],
      };
    }),
  );
  const content =
    rows.length === 0
      ? ""
      : table({
          id: "profile-extensions",
          caption: escapeHtml(t.extensions),
          headers: [t.field, t.label, t.type, t.pii, t.recordTypes],
          rows,
        });
  return section("extensions", t.extensions, t.extensionsIntro, content, t.nothing);
}

function labels(ctx: PageContext, profile: Profile): Html {
  const t = ctx.texts.profiles.page;
  const langs = Object.keys(profile.labels);
  if (langs.length === 0) return "";
  return `<section aria-labelledby="labels"><h2 id="labels">${escapeHtml(t.labels)}</h2>
<p>${escapeHtml(t.labelsIntro)}</p><ul class="compact">${langs.map((lang) => `<li><code>${escapeHtml(lang)}</code></li>`).join("")}</ul></section>`;
}
