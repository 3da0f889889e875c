import type * as z from "zod";
import type { ObjectName } from "../i18n/object-texts.js";
import { type FieldMeta, modelObjects } from "../meta/registry.js";
import type { FieldNode, FieldNodeBase, TextFieldNode } from "./field-node.js";

// The one place in the SDK that reads zod's internal definitions (`_zod.def`). Everything else walks the
// field tree built here, so a change in zod's internals is met in this file alone. Like zod's own JSON Schema
// emitter, it is one function that switches on the definition's type.

/** The part of a zod definition this module reads. */
interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly catchall?: z.ZodType;
  readonly keyType?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly discriminator?: string;
  readonly entries?: Readonly<Record<string, string>>;
  readonly values?: readonly unknown[];
  readonly format?: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
}

/** A check of a definition (`min_length`, `string_format`…). */
interface CheckDef {
  readonly check?: string;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly length?: number;
  readonly value?: unknown;
  readonly inclusive?: boolean;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function checksOf(def: Def): CheckDef[] {
  return (def.checks ?? []).map((check) => check._zod.def);
}

/** The inclusive bounds of a number (`.min()`, `.max()`); an exclusive bound (`.gt()`, `.lt()`) is not one. */
function numberBounds(checks: readonly CheckDef[]): { minimum?: number; maximum?: number } {
  const bounds: { minimum?: number; maximum?: number } = {};
  for (const { check, value, inclusive } of checks) {
    if (typeof value !== "number" || inclusive !== true) continue;
    if (check === "greater_than") bounds.minimum = Math.max(value, bounds.minimum ?? value);
    if (check === "less_than") bounds.maximum = Math.min(value, bounds.maximum ?? value);
  }
  return bounds;
}

/** How deep a tree may go: a schema that refers to itself through getters would otherwise never end. */
const MAX_DEPTH = 64;

/** Where a node is built, and what is known about it from outside its schema. */
export interface BuildPlace {
  readonly path: readonly string[];
  readonly meta: FieldMeta | undefined;
}

/** Finds the metadata of a schema (the registry of the model, or another). */
export type MetaOf = (schema: z.ZodType) => FieldMeta | undefined;

let objectNames = new Map<Def, ObjectName>();

/**
 * The model object a schema is, matched by definition: `field()` copies a schema, its definition stays. Objects
 * are known by the name `defineObject` gave them as their modules load (every object, once `MODEL_OBJECTS` is
 * loaded; a bundle that checks one record type loads that type's objects only, and meets no other).
 */
function objectNameOf(def: Def): ObjectName | undefined {
  if (objectNames.size !== modelObjects.size)
    objectNames = new Map([...modelObjects].map(([name, object]) => [defOf(object), name as ObjectName]));
  return objectNames.get(def);
}

/**
 * Builds the field tree of a schema: wrappers (`.optional()`, `.nullable()`, defaults) become flags of the
 * node they wrap, and each object, list, record and union gets its children. Runs once per schema (see
 * `fieldTreeOf`); nothing here runs per record.
 */
export function buildFieldTree(declared: z.ZodType, place: BuildPlace, metaOf: MetaOf): FieldNode {
  let schema = declared;
  let optional = false;
  let nullable = false;
  let defaulted = false;
  for (let def = defOf(schema); ; def = defOf(schema)) {
    if (def.type === "optional") optional = true;
    else if (def.type === "nullable") nullable = true;
    else if (def.type === "default") optional = defaulted = true;
    else break;
    schema = def.innerType as z.ZodType;
  }
  const { meta, path } = place;
  const base: FieldNodeBase = {
    type: "other",
    path,
    ...(meta === undefined
      ? {}
      : {
          meta,
          field: meta.field,
          pii: meta.pii,
          ...(meta.codeList === undefined ? {} : { codeList: meta.codeList }),
          ...(meta.mappings === undefined ? {} : { mappings: meta.mappings }),
        }),
    optional,
    required: !optional,
    nullable,
    defaulted,
    schema,
    declared,
  };
  const def = defOf(schema);
  if (path.length > MAX_DEPTH) return { ...base, type: "other", zodType: def.type };
  const child = (inner: z.ZodType, at: readonly string[]) =>
    buildFieldTree(inner, { path: at, meta: metaOf(inner) }, metaOf);
  const item = (inner: z.ZodType, at: readonly string[]) =>
    buildFieldTree(inner, { path: at, meta: undefined }, metaOf);
  const checks = checksOf(def);

  switch (def.type) {
    case "string":
      return textNode(base, def, checks);
    case "number": {
      const integer = [def.format, ...checks.map((c) => c.format)].some(
        (f) => f !== undefined && /int/.test(f),
      );
      return { ...base, type: integer ? "integer" : "number", ...numberBounds(checks) };
    }
    case "boolean":
      return { ...base, type: "boolean" };
    case "enum":
      return { ...base, type: "enum", values: Object.values(def.entries ?? {}) };
    case "literal":
      return { ...base, type: "literal", values: [...(def.values ?? [])] };
    case "object": {
      const shape = def.shape ?? {};
      const children = new Map<string, FieldNode>();
      for (const key of Object.keys(shape)) children.set(key, child(shape[key] as z.ZodType, [...path, key]));
      const object = objectNameOf(def);
      const strict = def.catchall !== undefined && defOf(def.catchall).type === "never";
      return {
        ...base,
        type: "object",
        children,
        ...(object === undefined ? {} : { object }),
        strict,
        refined: checks.length > 0,
      };
    }
    case "array":
      return {
        ...base,
        type: "array",
        item: item(def.element as z.ZodType, [...path, "*"]),
        ...bounds(checks),
      };
    case "record":
      return {
        ...base,
        type: "record",
        keys: item(def.keyType as z.ZodType, path),
        values: item(def.valueType as z.ZodType, [...path, "*"]),
        refined: checks.length > 0,
      };
    case "union":
      return {
        ...base,
        type: "union",
        options: (def.options ?? []).map((option) => item(option, path)),
        ...(def.discriminator === undefined ? {} : { discriminator: def.discriminator }),
      };
    case "unknown":
    case "any":
      return { ...base, type: "unknown" };
    default:
      return { ...base, type: "other", zodType: def.type };
  }
}

/** A text node: its date kind, read from zod's format, or for a pattern, from the texts it takes. */
function textNode(base: FieldNodeBase, def: Def, checks: readonly CheckDef[]): TextFieldNode {
  const patterned = def.format !== undefined || checks.some((check) => check.check === "string_format");
  const format = def.format === undefined ? {} : { format: def.format };
  if (def.format === "date") return { ...base, type: "date", ...format, patterned };
  if (def.format === "datetime") return { ...base, type: "datetime", ...format, patterned };
  const accepts = (text: string) => base.schema.safeParse(text).success;
  const datesOnly = !accepts("not a date") && !accepts("2021-13");
  const partial = datesOnly && accepts("2021") && accepts("2021-03") && accepts("2021-03-14");
  return { ...base, type: partial ? "partialDate" : "string", ...format, patterned };
}

/** The bounds of a list, and whether it has another check the tree does not describe. */
function bounds(checks: readonly CheckDef[]): {
  minItems?: number;
  maxItems?: number;
  length?: number;
  refined: boolean;
} {
  let minItems: number | undefined;
  let maxItems: number | undefined;
  let length: number | undefined;
  let refined = false;
  for (const check of checks) {
    if (check.check === "min_length") minItems = Math.max(minItems ?? 0, Number(check.minimum));
    else if (check.check === "max_length") maxItems = Math.min(maxItems ?? Infinity, Number(check.maximum));
    else if (check.check === "length_equals" && (length === undefined || length === Number(check.length)))
      length = Number(check.length);
    else refined = true;
  }
  return {
    ...(minItems === undefined ? {} : { minItems }),
    ...(maxItems === undefined ? {} : { maxItems }),
    ...(length === undefined ? {} : { length }),
    refined,
  };
}
