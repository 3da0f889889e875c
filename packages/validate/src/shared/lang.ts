import type { Locale } from "@tip/schema";

/** A language of messages and reports: the four official languages of the OAS. */
export type Lang = Locale;
