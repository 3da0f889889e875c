import type * as z from "zod";
import { isFormerCountry } from "../codes/country/country.codes.js";
import { type CodeSite, codeSitesIn } from "../field-model/code-sites.js";
import { fieldTreeOf } from "../field-model/schema-field-tree.js";
import type { RecordType } from "../model/entities.js";
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
  site: CodeSite,
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
 * The `former_country_code` rule of one record type, whose schema is given: a warning at every country field
 * holding a former country (`AN`, `CS`, `YU`). The record stays valid: the code is what the source says, and no
 * single current country can be told from it.
 */
export function formerCountryRule<const R extends Exclude<RecordType, "bundle">>(
  recordType: R,
  schema: z.ZodType,
) {
  // The country fields come from the record type's field tree, found on first use rather than at import:
  // building the trees of every record type took a noticeable share of the start-up of a command.
  let sites: readonly CodeSite[] | undefined;
  const countrySites = () =>
    (sites ??= codeSitesIn(fieldTreeOf(schema)).filter((site) => site.codeList === "country"));
  return defineRule({
    code: "former_country_code",
    recordType,
    severity: "warning",
    clause: CLAUSE,
    get fields() {
      return [...new Set(countrySites().map((site) => site.field))];
    },
    check(record: unknown, found) {
      const path: (string | number)[] = [];
      for (const site of countrySites()) visit(record, site, 0, path, found);
    },
  });
}
