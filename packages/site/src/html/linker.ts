import type { Locale } from "@tip/schema";
import { href, langPath, type SitePath } from "./paths.js";

/** Relative links from one page of one language. */
export interface Linker {
  /** To a page of the same language. */
  readonly page: (path: string, fragment?: string) => string;
  /** To the same page in another language (the language switcher). */
  readonly other: (lang: Locale) => string;
  /** To a file shared by all languages. */
  readonly shared: (target: SitePath) => string;
}

/** The links of the page at `path` in `lang`. */
export function linker(lang: Locale, path: string): Linker {
  return {
    page: (target, fragment) => href(path, langPath(target), lang, fragment),
    other: (other) => href(path, { scope: "site", path: `${other}/${path}` }, lang),
    shared: (target) => href(path, target, lang),
  };
}
