import { isLocale, LOCALES, type Locale } from "@tip/schema";

/** Options of `buildSite`. */
export interface BuildSiteOptions {
  /** Folder the site is written to; created if missing. Only the site's own files and folders are replaced. */
  readonly outDir: string;
  /** Languages to build, in the order of the language switcher. Default: all of en, es, fr, pt. */
  readonly langs?: readonly Locale[];
  /**
   * Whether `<outDir>/api/index.html` (the typedoc API reference, built separately) is linked from the
   * navigation. Default: linked when that file exists when the site is built.
   */
  readonly apiReference?: boolean;
}

/** Checks the languages: at least one, each supported, none twice. Throws a `RangeError` otherwise. */
export function resolveLangs(langs: readonly string[] | undefined): readonly Locale[] {
  if (langs === undefined) return LOCALES;
  if (langs.length === 0) throw new RangeError("langs must name at least one language");
  for (const lang of langs) {
    if (!isLocale(lang))
      throw new RangeError(`Unsupported language "${lang}": use one of ${LOCALES.join(", ")}`);
  }
  if (new Set(langs).size !== langs.length) throw new RangeError("langs names a language twice");
  return langs as readonly Locale[];
}
