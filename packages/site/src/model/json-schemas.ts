import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { inlineCodeLists, RECORD_TYPES, type RecordType } from "@tip/schema";

/** A JSON Schema node, as far as the site reads it. */
export interface JsonSchemaNode {
  readonly type?: string;
  readonly format?: string;
  readonly pattern?: string;
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly items?: JsonSchemaNode;
  readonly oneOf?: readonly JsonSchemaNode[];
  readonly anyOf?: readonly JsonSchemaNode[];
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
  readonly additionalProperties?: boolean | JsonSchemaNode;
  readonly required?: readonly string[];
  readonly "x-field"?: string;
  readonly "x-code-list"?: string;
}

/** One published JSON Schema file of @tip/schema. */
export interface JsonSchemaFile {
  readonly recordType: RecordType;
  /** File name, e.g. `victim.schema.json`. */
  readonly name: string;
  /** The file's exact text, copied into the site for download. */
  readonly text: string;
  /** The schema with its code lists written out at each field (the file references them from `$defs`). */
  readonly schema: JsonSchemaNode;
}

const require = createRequire(import.meta.url);

/** Reads the committed JSON Schema of every record type from the installed @tip/schema package. */
export function loadJsonSchemas(): readonly JsonSchemaFile[] {
  return RECORD_TYPES.map((recordType) => {
    const name = `${recordType}.schema.json`;
    const text = readFileSync(require.resolve(`@tip/schema/json-schema/${name}`), "utf8");
    return { recordType, name, text, schema: inlineCodeLists(JSON.parse(text)) as JsonSchemaNode };
  });
}
