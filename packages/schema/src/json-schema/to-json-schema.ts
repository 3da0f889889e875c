import * as z from "zod";
import type { FieldTexts } from "../i18n/field-texts.js";
import type { LocaleBundle } from "../i18n/locale-bundle.js";
import type { ObjectName } from "../i18n/object-texts.js";
import { tipRegistry } from "../meta/registry.js";
import { ENTITIES, type RecordType } from "../model/entities.js";
import type { FieldId } from "../model/objects.js";
import { hoistCodeLists } from "./code-list-defs.js";
import { SCHEMA_ID_BASE, SCHEMA_VERSION } from "../version.js";

/** The custom keywords the emitted schemas carry; validators in strict mode must declare them. */
export const X_KEYWORDS = [
  "x-field",
  "x-pii",
  "x-mappings",
  "x-code-list",
  "x-labels",
  "x-descriptions",
] as const;

/** File name of the JSON Schema of a record type. */
export const schemaFileName = (recordType: RecordType): string => `${recordType}.schema.json`;

/**
 * Emits a JSON Schema draft 2020-12 document per record type. Field metadata arrives as `x-` keywords: the
 * field id, pii class, mappings, code list, and labels and descriptions in each given locale. Cross-field
 * rules cannot be expressed in JSON Schema; they are listed under `x-rules` for reference only. Each code list
 * is written once per file under `$defs` and referenced with `$ref` from the fields that use it.
 */
export function toJsonSchemas(
  locales: readonly LocaleBundle[],
  examples: Partial<Record<RecordType, unknown>> = {},
): Record<string, object> {
  const english = locales.find((bundle) => bundle.locale === "en") ?? locales[0];
  if (!english) throw new Error("toJsonSchemas needs at least one locale");
  const out: Record<string, object> = {};
  for (const [recordType, schema] of Object.entries(ENTITIES) as [RecordType, z.ZodType][]) {
    const body = z.toJSONSchema(schema, {
      target: "draft-2020-12",
      io: "output",
      unrepresentable: "throw",
      override: (ctx) => {
        const meta = tipRegistry.get(ctx.zodSchema);
        if (!meta) return;
        const id = meta.field as FieldId;
        const json = ctx.jsonSchema as Record<string, unknown>;
        json.title = english.fields[id]?.label;
        json.description = english.fields[id]?.description;
        json["x-field"] = id;
        json["x-pii"] = meta.pii;
        if (meta.mappings && Object.keys(meta.mappings).length > 0) json["x-mappings"] = meta.mappings;
        if (meta.codeList) json["x-code-list"] = meta.codeList;
        json["x-labels"] = byLocale(locales, (fields) => fields[id]?.label);
        json["x-descriptions"] = byLocale(locales, (fields) => fields[id]?.description);
      },
    }) as Record<string, unknown>;
    const objectName = recordType as ObjectName;
    const example = examples[recordType];
    out[schemaFileName(recordType)] = hoistCodeLists({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: `${SCHEMA_ID_BASE}/${schemaFileName(recordType)}`,
      title: english.objects[objectName].label,
      description: english.objects[objectName].description,
      "x-schema-version": SCHEMA_VERSION,
      "x-labels": Object.fromEntries(locales.map((b) => [b.locale, b.objects[objectName].label])),
      ...withoutDialect(body),
      ...(example === undefined ? {} : { examples: [example] }),
    });
  }
  return out;
}

function byLocale(locales: readonly LocaleBundle[], pick: (fields: FieldTexts) => string | undefined) {
  return Object.fromEntries(locales.map((bundle) => [bundle.locale, pick(bundle.fields)]));
}

function withoutDialect(body: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = body;
  return rest;
}
