import { type CodeSite, codeSitesIn } from "../field-model/code-sites.js";
import type { FieldNode } from "../field-model/field-node.js";

/**
 * Where a record type holds a country code: a code site of its field tree (`path` from the record down, `*` for
 * every item of an array), without its code list, which is always `country`.
 */
export type CountrySite = Pick<CodeSite, "path" | "many" | "field">;

/** The country sites of a field tree, in the tree's order: what country-sites.generated.ts holds per type. */
export function countrySitesIn(tree: FieldNode): CountrySite[] {
  return codeSitesIn(tree)
    .filter((site) => site.codeList === "country")
    .map(({ path, many, field }) => ({ path, many, field }));
}
