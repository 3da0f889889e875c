import {
  type FieldId,
  type FieldNode,
  type FieldType,
  MODEL_OBJECTS,
  type ObjectFieldNode,
  objectFieldTree,
  type PiiClass,
} from "@tip/schema";
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
  /** The property's node in the field tree of its object. */
  readonly node: FieldNode;
  /** The property's own schema (with `.optional()`), used to check that a kept value conforms. */
  readonly schema: z.ZodType;
  /** The schema under `.optional()`. */
  readonly inner: z.ZodType;
  readonly dateKind?: DateKind;
  /** Whether the field takes any text (no format, pattern or code list): free text can name anyone. */
  readonly freeText: boolean;
}

/** How a property holds its value, read from the field tree. */
function shapeOf(node: FieldNode): FieldShape {
  if (node.type === "object") return { kind: "object", object: objectNameOf(node) };
  if (node.type === "record") return { kind: "extensions" };
  if (node.type === "array") {
    if (node.item.type === "object") return { kind: "objects", object: objectNameOf(node.item) };
    if (node.item.type === "union") return { kind: "records" };
  }
  return { kind: "leaf" };
}

function objectNameOf(node: ObjectFieldNode): ObjectName {
  if (node.object === undefined) throw new Error("An object property of the model is not in MODEL_OBJECTS");
  return node.object;
}

const DATE_KINDS: Partial<Record<FieldType, DateKind>> = {
  date: "date",
  datetime: "datetime",
  partialDate: "partial",
};

/** Whether a field takes any text: a string with no format, pattern or code list. */
function isFreeText(node: FieldNode): boolean {
  return node.type === "string" && node.format === undefined && !node.patterned;
}

function planObject(name: ObjectName): ReadonlyMap<string, FieldPlan> {
  const plans = new Map<string, FieldPlan>();
  for (const [key, node] of objectFieldTree(name).children) {
    const { meta } = node;
    if (meta === undefined) throw new Error(`Field ${name}.${key} has no metadata`);
    const dateKind = DATE_KINDS[node.type];
    plans.set(key, {
      key,
      id: meta.field as FieldId,
      object: name,
      pii: meta.pii,
      required: node.required,
      shape: shapeOf(node),
      node,
      schema: node.declared,
      inner: node.schema,
      ...(dateKind ? { dateKind } : {}),
      freeText: isFreeText(node),
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
