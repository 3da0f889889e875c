/** The four official languages of the OAS; every label and message ships in each of them. */
export const LOCALES = ["en", "es", "fr", "pt"] as const;

/** One of the SDK's supported locales. */
export type Locale = (typeof LOCALES)[number];

/** A human-readable label with a one-line definition, in one language. */
export interface Text {
  readonly label: string;
  readonly definition: string;
}

/** Type guard for a supported locale tag. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
