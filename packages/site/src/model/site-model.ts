import {
  ALL_RULES,
  type CodeListId,
  FIELD_IDS,
  type FieldId,
  isRecordType,
  type Mappings,
  MODEL_OBJECTS,
  type PiiClass,
  type RecordType,
  type Rule,
  tipRegistry,
} from "@tip/schema";
import { collectFieldNodes } from "./collect-fields.js";
import type { JsonSchemaFile, JsonSchemaNode } from "./json-schemas.js";
import { objectsReferencedBy } from "./node-objects.js";

/** The name of an object of the model (`victim`, `identification`...). */
export type ObjectName = keyof typeof MODEL_OBJECTS;

/** Everything the site shows about one field, in no particular language. */
export interface SiteField {
  readonly id: FieldId;
  readonly object: ObjectName;
  /** The property name inside its object. */
  readonly key: string;
  readonly required: boolean;
  readonly pii: PiiClass;
  readonly mappings: Mappings;
  readonly codeList?: CodeListId;
  /** The field's node in the published JSON Schema: type, format, bounds. */
  readonly node: JsonSchemaNode;
  /** The objects of the model its value is or holds. */
  readonly holds: readonly ObjectName[];
}

/** One object of the model with its fields and its place among the others. */
export interface SiteObject {
  readonly name: ObjectName;
  /** Set when the object is a record type (an entity with its own page of rules, example and schema). */
  readonly recordType?: RecordType;
  /** The record type it is documented under: itself, or the entity listed before it in `MODEL_OBJECTS`. */
  readonly group: RecordType;
  readonly fields: readonly SiteField[];
  /** Parts reachable from its fields, without going into another record. */
  readonly parts: readonly ObjectName[];
  /** The fields whose value is or holds this object. */
  readonly usedIn: readonly FieldId[];
  /** Cross-field rules of the record type, or for a part the rules reading one of its fields. */
  readonly rules: readonly Rule<never>[];
}

/** The language-independent model the pages are rendered from. */
export interface SiteModel {
  readonly objects: readonly SiteObject[];
  readonly object: (name: ObjectName) => SiteObject;
  readonly field: (id: FieldId) => SiteField;
  /** Fields taking codes of each list, in documentation order. */
  readonly codeListUsers: (list: CodeListId) => readonly FieldId[];
  readonly schemas: readonly JsonSchemaFile[];
}

type AnySchema = Parameters<typeof tipRegistry.get>[0];

/** Builds the site's model from @tip/schema's objects, registry and rules and the published JSON Schemas. */
export function buildSiteModel(schemas: readonly JsonSchemaFile[]): SiteModel {
  const nodes = collectFieldNodes(schemas);
  const fields = new Map<FieldId, SiteField>();
  for (const id of FIELD_IDS) fields.set(id, toSiteField(id, nodes.get(id)?.node, nodes.get(id)?.required));
  const names = Object.keys(MODEL_OBJECTS) as ObjectName[];
  const fieldsOf = (name: ObjectName) =>
    FIELD_IDS.filter((id) => id.startsWith(`${name}.`)).map(getter(fields));
  let group: RecordType | undefined;
  const objects = names.map((name): SiteObject => {
    if (isRecordType(name)) group = name;
    if (!group) throw new Error(`MODEL_OBJECTS must start with a record type, not ${name}`);
    const own = fieldsOf(name);
    const ids = new Set<string>(own.map((f) => f.id));
    return {
      name,
      recordType: isRecordType(name) ? name : undefined,
      group,
      fields: own,
      parts: partsOf(name, fieldsOf),
      usedIn: [...fields.values()].filter((f) => f.holds.includes(name)).map((f) => f.id),
      rules: ALL_RULES.filter((rule) =>
        isRecordType(name) ? rule.recordType === name : rule.fields.some((id) => ids.has(id)),
      ),
    };
  });
  const byName = new Map(objects.map((object) => [object.name, object]));
  return {
    objects,
    object: getter(byName),
    field: getter(fields),
    codeListUsers: (list) => [...fields.values()].filter((f) => f.codeList === list).map((f) => f.id),
    schemas,
  };
}

function toSiteField(id: FieldId, node: JsonSchemaNode | undefined, required = false): SiteField {
  const [object, key] = id.split(".") as [ObjectName, string];
  const schema = (MODEL_OBJECTS[object].shape as Record<string, AnySchema>)[key];
  const meta = schema && tipRegistry.get(schema);
  if (!meta || !node) throw new Error(`Field ${id} has no metadata or no JSON Schema node`);
  return {
    id,
    object,
    key,
    required,
    pii: meta.pii,
    mappings: meta.mappings ?? {},
    codeList: meta.codeList as CodeListId | undefined,
    node,
    holds: objectsReferencedBy(node) as ObjectName[],
  };
}

/** The parts reachable from an object's fields, in the order met, not entering other records. */
function partsOf(name: ObjectName, fieldsOf: (name: ObjectName) => readonly SiteField[]): ObjectName[] {
  const seen = new Set<ObjectName>();
  const visit = (current: ObjectName) => {
    for (const field of fieldsOf(current)) {
      for (const part of field.holds) {
        if (isRecordType(part) || seen.has(part) || part === name) continue;
        seen.add(part);
        visit(part);
      }
    }
  };
  visit(name);
  return [...seen];
}

function getter<K, V>(map: ReadonlyMap<K, V>): (key: K) => V {
  return (key) => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`Unknown ${String(key)}`);
    return value;
  };
}
