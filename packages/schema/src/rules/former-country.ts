import { isFormerCountry } from "../codes/country/country.codes.js";
import type { RecordType } from "../model/entities.js";
import type { CountrySite } from "./country-site.js";
import { defineRule, type RuleFinding } from "./define-rule.js";

const CLAUSE =
  "ISO 3166-3: a former country whose code was withdrawn with no single successor (e.g. AN, Netherlands Antilles) is kept as written, never folded into one of its successors; say which country is meant today where it is known";

/**
 * Pushes a finding for every former country code at a site's path (`*` steps into every array item). `path` is
 * the way down so far, pushed and popped in place: a copy is made only for a finding, so the walk allocates
 * nothing on the usual record, which holds none.
 */
function visit(
  value: unknown,
  site: CountrySite,
  depth: number,
  path: (string | number)[],
  found: RuleFinding[],
) {
  if (depth === site.path.length) {
    if (site.many && Array.isArray(value)) {
      for (let index = 0; index < value.length; index++)
        if (isFormerCountry(value[index]))
          found.push({ path: [...path, index], params: { field: site.field } });
    } else if (isFormerCountry(value)) found.push({ path: [...path], params: { field: site.field } });
    return;
  }
  if (value === null || typeof value !== "object") return;
  const segment = site.path[depth] as string;
  if (segment === "*") {
    if (!Array.isArray(value)) return;
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      visit(value[index], site, depth + 1, path, found);
      path.pop();
    }
  } else if (Object.hasOwn(value, segment)) {
    path.push(segment);
    visit((value as Record<string, unknown>)[segment], site, depth + 1, path, found);
    path.pop();
  }
}

/**
 * The `former_country_code` rule of one record type, given where the type holds country codes: a warning at every
 * country field holding a former country (`AN`, `CS`, `YU`). The record stays valid: the code is what the source
 * says, and no single current country can be told from it. The sites come from country-sites.generated.ts, read
 * off the field trees at build time: building the trees when a command starts took a share of its start-up.
 */
export function formerCountryRule<const R extends Exclude<RecordType, "bundle">>(
  recordType: R,
  sites: readonly CountrySite[],
) {
  return defineRule({
    code: "former_country_code",
    recordType,
    severity: "warning",
    clause: CLAUSE,
    fields: [...new Set(sites.map((site) => site.field))],
    check(record: unknown, found) {
      const path: (string | number)[] = [];
      for (const site of sites) visit(record, site, 0, path, found);
    },
  });
}
