// The public surface of @tip/site. Everything not exported here is internal.

export { type BuildSiteResult, buildSite, type RenderedSite, renderSite } from "./build-site.js";
export { CHROME } from "./chrome/chrome.js";
export type { ChromeTexts, Section } from "./chrome/chrome-texts.js";
export type { BuildSiteOptions } from "./options.js";
export { SITE_GENERATOR } from "./pages/root-page.js";
