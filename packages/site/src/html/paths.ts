import { posix } from "node:path";

/**
 * Where a page lives. `lang` pages sit under the language's folder (`es/model/victim.html`); `site` files are
 * shared by every language (`assets/style.css`, `json-schema/victim.schema.json`, `api/index.html`).
 */
export type SitePath =
  | { readonly scope: "lang"; readonly path: string }
  | { readonly scope: "site"; readonly path: string };

/** A path inside the current language's folder. */
export const langPath = (path: string): SitePath => ({ scope: "lang", path });

/** A path shared by all languages, from the site's root. */
export const sitePath = (path: string): SitePath => ({ scope: "site", path });

/** The path of a file from the site's root, for a page in `lang`. */
export function fromRoot(target: SitePath, lang: string): string {
  return target.scope === "site" ? target.path : `${lang}/${target.path}`;
}

/**
 * A relative URL from one page to another file of the site, so links work from `file://` and from any
 * sub-folder of a web server. `fragment` is appended as `#fragment`.
 */
export function href(fromPage: string, target: SitePath, lang: string, fragment?: string): string {
  const from = posix.dirname(fromRoot(langPath(fromPage), lang));
  const to = fromRoot(target, lang);
  const relative = posix.relative(from, to) || posix.basename(to);
  return fragment === undefined ? relative : `${relative}#${encodeURIComponent(fragment)}`;
}
