import type { FieldPlan, ObjectName } from "./object-plans.js";
import { plansOf } from "./object-plans.js";
import { isPlainObject, objectOfRecord } from "./record-object.js";

/** A location inside a record: property names and array indexes from the record down. */
export type Path = readonly (string | number)[];

/** Where a property sits while a record is walked. */
export interface FieldContext {
  readonly path: Path;
  /** The object holding the property, as it is in the input. */
  readonly holder: Readonly<Record<string, unknown>>;
  /** The container fields from the record down to the holder, outermost first. */
  readonly ancestors: readonly FieldPlan[];
}

/** What to do with one property: copy it, leave it out, walk into it, or replace its value. */
export type FieldDecision = "keep" | "drop" | "descend" | { readonly set: unknown };

/** The callbacks of `walkRecord`. Keys the model does not know and extension fields are dropped by default. */
export interface Visitor {
  field(plan: FieldPlan, value: unknown, context: FieldContext): FieldDecision;
  extension?(namespace: string, key: string, value: unknown, context: FieldContext): "keep" | "drop";
  unknownKey?(object: ObjectName, key: string, value: unknown): "keep" | "drop";
}

/**
 * Rebuilds a record property by property, asking `visitor` about each one. The result never shares objects
 * with the input. An object that loses a required property is left out as a whole (an array item is removed,
 * an optional property is dropped), so what comes out keeps the shape the schema requires. Returns
 * `undefined` when the value is not a record of the model or the record itself lost a required property.
 */
export function walkRecord(record: unknown, visitor: Visitor): Record<string, unknown> | undefined {
  const object = objectOfRecord(record);
  if (object === undefined) return undefined;
  return walkObject(record, object, [], [], visitor);
}

function walkObject(
  value: unknown,
  object: ObjectName,
  path: Path,
  ancestors: readonly FieldPlan[],
  visitor: Visitor,
): Record<string, unknown> | undefined {
  if (!isPlainObject(value)) return undefined;
  const plans = plansOf(object);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const plan = plans.get(key);
    if (plan === undefined) {
      if ((visitor.unknownKey?.(object, key, item) ?? "drop") === "keep") setOwn(out, key, copyOf(item));
      continue;
    }
    const context: FieldContext = { path: [...path, key], holder: value, ancestors };
    const decision = visitor.field(plan, item, context);
    let result: unknown;
    if (decision === "keep") result = copyOf(item);
    else if (decision === "drop") result = undefined;
    else if (decision === "descend") result = descend(plan, item, context, visitor);
    else result = decision.set;
    if (result !== undefined) setOwn(out, key, result);
  }
  for (const plan of plans.values()) if (plan.required && !Object.hasOwn(out, plan.key)) return undefined;
  return out;
}

function descend(plan: FieldPlan, value: unknown, context: FieldContext, visitor: Visitor): unknown {
  const ancestors = [...context.ancestors, plan];
  const { shape } = plan;
  switch (shape.kind) {
    case "object":
      return walkObject(value, shape.object, context.path, ancestors, visitor);
    case "objects":
      return walkArray(value, (item, index) =>
        walkObject(item, shape.object, [...context.path, index], ancestors, visitor),
      );
    case "records":
      return walkArray(value, (item, index) => {
        const object = objectOfRecord(item);
        return object && walkObject(item, object, [...context.path, index], ancestors, visitor);
      });
    case "extensions":
      return walkExtensions(value, context, visitor);
    case "leaf":
      throw new Error(`Cannot walk into the leaf field ${plan.id}`);
  }
}

function walkArray(value: unknown, each: (item: unknown, index: number) => unknown): unknown[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const items = value.map(each).filter((item) => item !== undefined);
  return items.length === 0 && value.length > 0 ? undefined : items;
}

function walkExtensions(value: unknown, context: FieldContext, visitor: Visitor): unknown {
  if (!isPlainObject(value)) return undefined;
  const out: Record<string, Record<string, unknown>> = {};
  for (const [namespace, fields] of Object.entries(value)) {
    if (!isPlainObject(fields)) continue;
    const kept: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(fields)) {
      const decision = visitor.extension?.(namespace, key, item, context) ?? "drop";
      if (decision === "keep" && item !== undefined) setOwn(kept, key, copyOf(item));
    }
    if (Object.keys(kept).length > 0) setOwn(out, namespace, kept);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Sets an own property; a `__proto__` key too, which an assignment would take as the prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else target[key] = value;
}

/** A copy sharing nothing with the input; primitives and lists of primitives (codes) are copied cheaply. */
function copyOf(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value) && value.every((item) => typeof item !== "object" || item === null))
    return value.slice();
  return structuredClone(value);
}
