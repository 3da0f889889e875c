import { LOCALES, type Locale } from "@tip/schema";
import { type CliCatalogue, messagesFor } from "../messages/messages.js";

/** The command's catalogue in every language, loaded once, for tests that need one outside an async function. */
export const CATALOGUES = Object.fromEntries(
  await Promise.all(LOCALES.map(async (lang) => [lang, await messagesFor(lang)] as const)),
) as Readonly<Record<Locale, CliCatalogue>>;
