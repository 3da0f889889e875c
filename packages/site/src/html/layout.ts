import { SCHEMA_VERSION } from "@tip/schema";
import { CHROME } from "../chrome/chrome.js";
import type { NavSection, Page, PageContext } from "../pages/page.js";
import { ROUTES, SHARED } from "../pages/routes.js";
import { escapeHtml, fill, fillHtml, type Html } from "./escape.js";
import { type Linker, linker } from "./linker.js";

/** Wraps a page's content in the site's document: head, skip link, header, navigation, footer. */
export function renderPage(ctx: PageContext, page: Page): Html {
  const to = linker(ctx.lang, page.path);
  const { texts } = ctx;
  const kicker = page.kicker ? `<p class="kicker">${escapeHtml(page.kicker)}</p>` : "";
  return `<!doctype html>
<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(page.title)} · ${escapeHtml(texts.siteTitle)}</title>
${ctx.langs.map((lang) => `<link rel="alternate" hreflang="${lang}" href="${to.other(lang)}">`).join("\n")}
<link rel="stylesheet" href="${to.shared(SHARED.style)}">
<script src="${to.shared(SHARED.script)}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">${escapeHtml(texts.skipToContent)}</a>
<header class="site-header">
<div class="bar">
<a class="brand" href="${to.page(ROUTES.home)}">${escapeHtml(texts.siteTitle)}</a>
${languageSwitcher(ctx, to)}
</div>
${searchForm(ctx, to)}
${mainNav(ctx, page.section, to)}
</header>
<main id="main" tabindex="-1">
${kicker}<h1>${escapeHtml(page.title)}</h1>
${profileNote(ctx, to)}${page.body}
</main>
<footer class="site-footer"><p>${fill(ctx.lang, texts.footer, { version: SCHEMA_VERSION })}</p></footer>
</body>
</html>
`;
}

/** On a site built for a profile: which profile, linked, on every page. */
function profileNote(ctx: PageContext, to: Linker): Html {
  if (ctx.profile === undefined) return "";
  const link = `<a href="${to.page(ROUTES.profile(ctx.profile.id))}"><code>${escapeHtml(ctx.profile.id)}</code></a>`;
  return `<p class="note profile-note">${fillHtml(ctx.lang, ctx.texts.profiles.marks.note, { profile: link })}</p>\n`;
}

/** The main navigation; the current section is marked for assistive technology and styled. */
function mainNav(ctx: PageContext, current: NavSection, to: Linker): Html {
  const { nav } = ctx.texts;
  const items: [string, string, NavSection | undefined][] = [
    [nav.home, to.page(ROUTES.home), "home"],
    [nav.model, to.page(ROUTES.model), "model"],
    [nav.codeLists, to.page(ROUTES.codeLists), "codeLists"],
    [nav.htcds, to.page(ROUTES.mapping("htcds")), "htcds"],
    [nav.ctdc, to.page(ROUTES.mapping("ctdc")), "ctdc"],
    [nav.rules, to.page(ROUTES.rules), "rules"],
    [nav.profiles, to.page(ROUTES.profiles), "profiles"],
  ];
  if (ctx.apiReference) items.push([nav.api, to.shared(SHARED.api), undefined]);
  const links = items.map(([label, url, section]) => {
    const currentAttr = section === current ? ' aria-current="page"' : "";
    return `<li><a href="${url}"${currentAttr}>${escapeHtml(label)}</a></li>`;
  });
  return `<nav class="main-nav" aria-label="${escapeHtml(nav.label)}"><ul>${links.join("")}</ul></nav>`;
}

/** Links to the same page in each language, each name written in its own language. */
function languageSwitcher(ctx: PageContext, to: Linker): Html {
  if (ctx.langs.length < 2) return "";
  const links = ctx.langs.map((lang) => {
    const name = escapeHtml(CHROME[lang].languageName);
    if (lang === ctx.lang) return `<li><a href="${to.other(lang)}" aria-current="true">${name}</a></li>`;
    return `<li><a href="${to.other(lang)}" hreflang="${lang}" lang="${lang}" data-keep-hash>${name}</a></li>`;
  });
  return `<nav class="languages" aria-label="${escapeHtml(ctx.texts.languageSwitcher)}"><ul>${links.join("")}</ul></nav>`;
}

/** The search box; hidden until the script shows it, since it needs JavaScript. */
function searchForm(ctx: PageContext, to: Linker): Html {
  const { search } = ctx.texts;
  return `<form class="search" role="search" hidden data-search data-root="${to.page(ROUTES.home).replace(/index\.html$/, "")}" data-index="${to.page(ROUTES.searchIndex)}">
<label for="search-input">${escapeHtml(search.label)}</label>
<input id="search-input" type="search" autocomplete="off" spellcheck="false" placeholder="${escapeHtml(search.placeholder)}" aria-describedby="search-status" aria-controls="search-results">
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<ul id="search-results" class="search-results" hidden></ul>
</form>`;
}
