import { isLocale, LOCALES, type Locale, type Profile } from "@tip/schema";

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
  /**
   * A national profile (from `loadProfile` of @tip/schema) to build the site for: it gets its page, and the
   * pages of the model mark what it changes (required fields, rule severities, code lists) with the clause
   * behind each change. The shipped profiles are documented either way.
   */
  readonly profile?: Profile;
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
