import * as z from "zod";
import { CODE_LISTS } from "../codes/code-lists.js";
import { ProfileDocument, profileDocs } from "../profiles/profile-document.js";
import { ALL_RULES } from "../rules/catalogue.js";
import { SCHEMA_ID_BASE, SCHEMA_VERSION } from "../version.js";

/** File name of the JSON Schema of profile documents. */
export const PROFILE_SCHEMA_FILE = "profile.schema.json";

/** The `$id` of the JSON Schema of profile documents, which a profile names in `$schema`. */
export const PROFILE_SCHEMA_ID = `${SCHEMA_ID_BASE}/${PROFILE_SCHEMA_FILE}`;

type Node = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of a profile document, emitted from `ProfileDocument`, the zod schema
 * `loadProfile` checks documents with. What that schema says in code and zod cannot emit is added: `core` is
 * no profile id, source addresses are http(s), and rule codes and code-list ids are the model's (which
 * `loadProfile` checks after the format). Cross-references (a code in its list, a field path in the model, a
 * cycle in `basedOn`) are checked by `loadProfile` only.
 */
export function profileJsonSchema(): object {
  const body = z.toJSONSchema(ProfileDocument, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
    metadata: profileDocs,
  }) as Node;
  const { $schema: _dialect, ...rest } = body;
  const properties = rest.properties as Record<string, Node>;
  properties.id = { ...properties.id, not: { const: "core" } };
  const source = (properties.sources?.items as Node).properties as Record<string, Node>;
  source.url = { ...source.url, pattern: "^https?://" };
  properties.rules = {
    ...properties.rules,
    propertyNames: { type: "string", enum: [...new Set(ALL_RULES.map((rule) => rule.code))].sort() },
  };
  properties.codeLists = {
    ...properties.codeLists,
    propertyNames: { type: "string", enum: Object.keys(CODE_LISTS).sort() },
  };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: PROFILE_SCHEMA_ID,
    title: "TIP national profile",
    description:
      "A national profile of the TIP data model: rule severities with the clause behind each, fields it requires, code lists it restricts or extends with national codes that fold to core codes, declared extension fields and extra labels. It never changes what a core field means.",
    ...rest,
  };
}
