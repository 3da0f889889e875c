import { type FieldId, MODEL_OBJECTS, type PiiClass, tipRegistry } from "@tip/schema";
import type { z } from "zod";

/** The name of an object of the model, as used in field ids (`victim`, `identification`, `eventPlace`...). */
export type ObjectName = keyof typeof MODEL_OBJECTS;

/** What a property holds, as far as walking a record is concerned. */
export type FieldShape =
  | { readonly kind: "leaf" }
  | { readonly kind: "object"; readonly object: ObjectName }
  | { readonly kind: "objects"; readonly object: ObjectName }
  | { readonly kind: "records" }
  | { readonly kind: "extensions" };

/** How a date-like leaf is written: full date, date known to the year or month, or timestamp. */
export type DateKind = "date" | "partial" | "datetime";

/** Everything the privacy functions need to know about one property of one object, read from the schema. */
export interface FieldPlan {
  readonly key: string;
  readonly id: FieldId;
  readonly object: ObjectName;
  readonly pii: PiiClass;
  readonly required: boolean;
  readonly shape: FieldShape;
  /** The property's own schema (with `.optional()`), used to check that a kept value conforms. */
  readonly schema: z.ZodType;
  /** The schema under `.optional()`. */
  readonly inner: z.ZodType;
  readonly dateKind?: DateKind;
  /** Whether the field takes any text (no format, pattern or code list): free text can name anyone. */
  readonly freeText: boolean;
}

/** A schema's definition, read loosely: only `type`, `format`, `innerType` and `element` are looked at. */
function defOf(schema: unknown): Record<string, unknown> {
  return (schema as { _zod: { def: Record<string, unknown> } })._zod.def;
}

const NAME_OF_DEF = new Map<unknown, ObjectName>(
  (Object.keys(MODEL_OBJECTS) as ObjectName[]).map((name) => [defOf(MODEL_OBJECTS[name]), name]),
);

/** Strips `.optional()` / `.nullable()` / `.default()` wrappers. */
export function unwrap(schema: z.ZodType): { readonly inner: z.ZodType; readonly optional: boolean } {
  let current = schema;
  let optional = false;
  for (;;) {
    const def = defOf(current);
    if (def.type === "optional" || def.type === "nullable" || def.type === "default") {
      optional ||= def.type !== "nullable";
      current = def.innerType as z.ZodType;
    } else return { inner: current, optional };
  }
}

function shapeOf(inner: z.ZodType): FieldShape {
  const def = defOf(inner);
  if (def.type === "object") return { kind: "object", object: objectNameOf(inner) };
  if (def.type === "record") return { kind: "extensions" };
  if (def.type === "array") {
    const element = unwrap(def.element as z.ZodType).inner;
    const elementType = defOf(element).type;
    if (elementType === "object") return { kind: "objects", object: objectNameOf(element) };
    if (elementType === "union") return { kind: "records" };
  }
  return { kind: "leaf" };
}

function objectNameOf(schema: z.ZodType): ObjectName {
  const name = NAME_OF_DEF.get(defOf(schema));
  if (name === undefined) throw new Error("An object property of the model is not in MODEL_OBJECTS");
  return name;
}

function dateKindOf(inner: z.ZodType): DateKind | undefined {
  const def = defOf(inner);
  if (def.type !== "string") return undefined;
  if (def.format === "date") return "date";
  if (def.format === "datetime") return "datetime";
  const accepts = (text: string) => inner.safeParse(text).success;
  const datesOnly = !accepts("not a date") && !accepts("2021-13");
  return datesOnly && accepts("2021") && accepts("2021-03") && accepts("2021-03-14") ? "partial" : undefined;
}

function isFreeText(inner: z.ZodType): boolean {
  const def = defOf(inner);
  if (def.type !== "string" || def.format !== undefined) return false;
  const checks = (def.checks as readonly unknown[] | undefined) ?? [];
  return checks.every((check) => defOf(check).check !== "string_format");
}

function planObject(name: ObjectName): ReadonlyMap<string, FieldPlan> {
  const plans = new Map<string, FieldPlan>();
  for (const [key, schema] of Object.entries(MODEL_OBJECTS[name].shape) as [string, z.ZodType][]) {
    const meta = tipRegistry.get(schema);
    if (meta === undefined) throw new Error(`Field ${name}.${key} has no metadata`);
    const { inner, optional } = unwrap(schema);
    const dateKind = dateKindOf(inner);
    plans.set(key, {
      key,
      id: meta.field as FieldId,
      object: name,
      pii: meta.pii,
      required: !optional,
      shape: shapeOf(inner),
      schema,
      inner,
      ...(dateKind ? { dateKind } : {}),
      freeText: isFreeText(inner),
    });
  }
  return plans;
}

/** The plan of every property of every object of the model, derived once from the schemas and registry. */
export const OBJECT_PLANS: ReadonlyMap<ObjectName, ReadonlyMap<string, FieldPlan>> = new Map(
  (Object.keys(MODEL_OBJECTS) as ObjectName[]).map((name) => [name, planObject(name)]),
);

/** The plans of one object. */
export function plansOf(name: ObjectName): ReadonlyMap<string, FieldPlan> {
  const plans = OBJECT_PLANS.get(name);
  if (plans === undefined) throw new Error(`Unknown object ${name}`);
  return plans;
}

/** Every field plan of the model, in documentation order. */
export const ALL_PLANS: readonly FieldPlan[] = [...OBJECT_PLANS.values()].flatMap((plans) => [
  ...plans.values(),
]);

/** The plan of a field id, if the model has it. */
export function planOfField(id: string): FieldPlan | undefined {
  return ALL_PLANS.find((plan) => plan.id === id);
}
