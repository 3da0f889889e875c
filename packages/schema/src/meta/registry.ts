import * as z from "zod";
import type { Mappings } from "./mappings.js";
import type { PiiClass } from "./pii.js";

/** Metadata every field of the model carries. */
export interface FieldMeta {
  /** Stable field id: `<object>.<property>`, e.g. `victim.birthDate`. Keys of the locale tables. */
  readonly field: string;
  /** Personal-data class; 100% of fields have one. */
  readonly pii: PiiClass;
  /** Names of this field in other standards. */
  readonly mappings?: Mappings;
  /** Id of the code list whose codes this field takes, if any. */
  readonly codeList?: string;
}

/** The typed registry holding the metadata of every field of the canonical model. */
export const tipRegistry = z.registry<FieldMeta>();

/** Metadata given where a field is declared; the field id is added by `defineObject`. */
export type FieldAnnotation = Omit<FieldMeta, "field">;

const pending = new WeakMap<z.ZodType, FieldAnnotation>();

/**
 * Annotates a property schema with its pii class and mappings. Returns a fresh copy, so a shared
 * schema (a country code, a date) can be annotated differently at each place it is used.
 */
export function field<T extends z.ZodType>(schema: T, annotation: FieldAnnotation): T {
  const copy = schema.clone() as T;
  pending.set(copy, annotation);
  return copy;
}

/** Finds the annotation of a property, looking through `.optional()` / `.nullable()` added after `field()`. */
function annotationOf(schema: z.ZodType): FieldAnnotation | undefined {
  let current: z.ZodType = schema;
  for (;;) {
    const annotation = pending.get(current);
    if (annotation) return annotation;
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable)
      current = current.unwrap() as z.ZodType;
    else return undefined;
  }
}

/** Every object of the model by name, with its shape; filled by `defineObject`. */
export const modelObjects = new Map<string, z.ZodObject>();

/**
 * Declares a strict object of the model. Each property must be annotated with `field()`; its metadata
 * is registered under the id `<name>.<property>`. Throws at import time on an unannotated property,
 * so a field without a pii class cannot be shipped.
 */
export function defineObject<const N extends string, S extends z.ZodRawShape>(
  name: N,
  shape: S,
): z.ZodObject<S, z.core.$strict> {
  for (const [key, schema] of Object.entries(shape)) {
    const annotation = annotationOf(schema as z.ZodType);
    if (!annotation) throw new Error(`Field ${name}.${key} has no metadata: wrap it in field()`);
    tipRegistry.add(schema as z.ZodType, { ...annotation, field: `${name}.${key}` });
  }
  const object = z.strictObject(shape);
  modelObjects.set(name, object);
  return object;
}

/** The field ids of an object shape, as a string-literal union. */
export type FieldIdsOf<N extends string, S> = `${N}.${Extract<keyof S, string>}`;
