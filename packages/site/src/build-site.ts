import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { LOCALES, type Locale } from "@tip/schema";
import { SITE_SCRIPT } from "./assets/site-script.js";
import { SITE_STYLE } from "./assets/site-style.js";
import { CHROME } from "./chrome/chrome.js";
import { renderPage } from "./html/layout.js";
import { fromRoot, langPath } from "./html/paths.js";
import { loadJsonSchemas } from "./model/json-schemas.js";
import { LOCALE_BUNDLES } from "./model/locale-bundles.js";
import { buildSiteModel } from "./model/site-model.js";
import { type BuildSiteOptions, resolveLangs } from "./options.js";
import type { PageContext } from "./pages/page.js";
import { rootPage } from "./pages/root-page.js";
import { ROUTES, SHARED } from "./pages/routes.js";
import { sitePages } from "./pages/site-pages.js";
import { profileFiles, siteProfiles } from "./profiles/site-profiles.js";
import { searchIndexScript } from "./search/search-entries.js";
import { writeFiles } from "./write/write-files.js";

/** What `buildSite` wrote. */
export interface BuildSiteResult {
  /** Absolute path of the site's entry point, `<outDir>/index.html`. */
  readonly entry: string;
  readonly langs: readonly Locale[];
  /** Every file written, relative to `outDir`, with `/` separators. */
  readonly files: readonly string[];
  /** Whether the API reference is linked from the navigation. */
  readonly apiReference: boolean;
}

/** The site in memory, as `renderSite` gives it: what `buildSite` writes. */
export interface RenderedSite {
  /** Every file's text, by its path relative to the site's folder, with `/` separators. */
  readonly files: ReadonlyMap<string, string>;
  /**
   * Top-level entries of the folder the site owns: a build replaces them all (so no stale page stays behind)
   * and leaves anything else (such as `api/`) alone. Every top-level entry of `files` is one of them.
   */
  readonly owned: readonly string[];
  readonly langs: readonly Locale[];
  readonly apiReference: boolean;
}

/** Top-level entries of `outDir` the site owns and replaces on each build. */
const OWNED = ["index.html", "assets", "json-schema", "profiles", ...LOCALES];

/**
 * Writes the static documentation site of the standard: a home page per language, a page per object of the
 * model, per code list, the HTCDS and CTDC mappings, the rule catalogue, the guide to national profiles and a
 * page per profile, a search index per language, the JSON Schemas and the profile documents. Built for a
 * `profile`, the pages of the model also mark what that profile changes. Plain HTML and CSS with one small
 * script, relative links only, so it works from `file://` and from any folder of a web server.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const outDir = resolve(options.outDir);
  const site = renderSite(options);
  await writeFiles(outDir, site.owned, site.files);
  return {
    entry: join(outDir, "index.html"),
    langs: site.langs,
    files: [...site.files.keys()],
    apiReference: site.apiReference,
  };
}

/**
 * The site `buildSite` writes, in memory, for callers that write it their own way (the `tip docs` command writes
 * it atomically). `options.outDir` only decides whether the API reference is linked (see `BuildSiteOptions`).
 */
export function renderSite(options: BuildSiteOptions): RenderedSite {
  const outDir = resolve(options.outDir);
  const langs = resolveLangs(options.langs);
  const apiReference = options.apiReference ?? existsSync(join(outDir, SHARED.api.path));
  const model = buildSiteModel(loadJsonSchemas());
  const files = new Map<string, string>();
  files.set("index.html", rootPage(langs, apiReference));
  files.set(SHARED.style.path, SITE_STYLE);
  files.set(SHARED.script.path, SITE_SCRIPT);
  for (const schema of model.schemas) files.set(SHARED.schema(schema.name).path, schema.text);
  for (const file of profileFiles()) files.set(SHARED.profileFile(file.name).path, file.text);
  const profiles = siteProfiles(options.profile);
  for (const lang of langs) {
    const ctx: PageContext = {
      lang,
      bundle: LOCALE_BUNDLES[lang],
      texts: CHROME[lang],
      model,
      langs,
      apiReference,
      profiles,
      ...(options.profile === undefined ? {} : { profile: options.profile }),
    };
    for (const page of sitePages(ctx)) files.set(fromRoot(langPath(page.path), lang), renderPage(ctx, page));
    files.set(fromRoot(langPath(ROUTES.searchIndex), lang), searchIndexScript(ctx));
  }
  return { files, owned: OWNED, langs, apiReference };
}
