// The entry `@tip/schema/i18n`: the SDK's languages, its ICU message formatter and the model's version, without
// the model. A program that only needs to speak (a command line printing its help or its version) loads neither
// zod nor the schemas, which the main entry builds as it is imported.
export { formatIcu, type MessageArgument, type MessageParams } from "./i18n/format-icu.js";
export { isLocale, LOCALES, type Locale } from "./i18n/locale.js";
export { SCHEMA_VERSION } from "./version.js";
