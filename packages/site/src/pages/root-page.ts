import type { Locale } from "@tip/schema";
import { CHROME } from "../chrome/chrome.js";
import { escapeHtml, type Html } from "../html/escape.js";
import { ROUTES, SHARED } from "./routes.js";

/**
 * The `<meta name="generator">` of the site's entry point: tells a folder that holds a site built here (which a
 * rebuild may replace) from one that holds someone's own files.
 */
export const SITE_GENERATOR = '<meta name="generator" content="@tip/site">';

/**
 * The site's entry point (`index.html` at its root): the title and a link to the home page of each language,
 * each written in its own language, and the API reference when it is there.
 */
export function rootPage(langs: readonly Locale[], apiReference: boolean): Html {
  const [first = "en"] = langs;
  const items = langs.map((lang) => {
    const texts = CHROME[lang];
    return `<li lang="${lang}"><a href="${lang}/${ROUTES.home}" hreflang="${lang}">${escapeHtml(texts.languageName)}</a><p>${escapeHtml(texts.root.title)}</p></li>`;
  });
  const api = apiReference
    ? `<p><a href="${SHARED.api.path}">${escapeHtml(CHROME[first].root.api)}</a></p>`
    : "";
  const title = langs.map((lang) => CHROME[lang].root.title).join(" · ");
  return `<!doctype html>
<html lang="${first}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${SITE_GENERATOR}
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${SHARED.style.path}">
</head>
<body>
<a class="skip-link" href="#main">${escapeHtml(CHROME[first].skipToContent)}</a>
<header class="site-header"><div class="bar"><span class="brand">${escapeHtml(CHROME[first].siteTitle)}</span></div></header>
<main id="main" tabindex="-1">
<h1>${escapeHtml(CHROME[first].root.title)}</h1>
<p class="lead">${langs.map((lang) => `<span lang="${lang}">${escapeHtml(CHROME[lang].root.lead)}</span>`).join(" ")}</p>
<ul class="languages-choice">${items.join("")}</ul>
${api}
</main>
</body>
</html>
`;
}
