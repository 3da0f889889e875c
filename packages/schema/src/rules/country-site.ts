import type { CodeSite } from "../field-model/code-sites.js";

/**
 * Where a record type holds a country code: a code site of its field tree (`path` from the record down, `*` for
 * every item of an array), without its code list, which is always `country`.
 */
export type CountrySite = Pick<CodeSite, "path" | "many" | "field">;
