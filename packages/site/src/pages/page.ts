import type { Locale, LocaleBundle, Profile } from "@tip/schema";
import type { ChromeTexts } from "../chrome/chrome-texts.js";
import type { Html } from "../html/escape.js";
import type { SiteModel } from "../model/site-model.js";
import type { SiteProfile } from "../profiles/site-profiles.js";

/** What every page of one language is rendered from. */
export interface PageContext {
  readonly lang: Locale;
  readonly bundle: LocaleBundle;
  readonly texts: ChromeTexts;
  readonly model: SiteModel;
  /** Every language the site is built in, for the language switcher. */
  readonly langs: readonly Locale[];
  /** Whether `api/index.html` exists and goes in the navigation. */
  readonly apiReference: boolean;
  /** The profiles documented (shipped, and the one the site is built for). */
  readonly profiles: readonly SiteProfile[];
  /** The profile the site is built for: its changes are marked on the pages of the model. */
  readonly profile?: Profile;
}

/** One page of one language, before the layout wraps it. */
export interface Page {
  /** Path inside the language's folder, e.g. `model/victim.html`. */
  readonly path: string;
  /** The page's title: its `<h1>` and the start of `<title>`. */
  readonly title: string;
  /** Which item of the main navigation the page belongs to. */
  readonly section: NavSection;
  /** The content of `<main>`, starting after the `<h1>`. */
  readonly body: Html;
  /** A short line shown above the `<h1>` (e.g. "Record type"). */
  readonly kicker?: string;
}

/** The items of the main navigation. */
export type NavSection = "home" | "model" | "codeLists" | "htcds" | "ctdc" | "rules" | "profiles";
