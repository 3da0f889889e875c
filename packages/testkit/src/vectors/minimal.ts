import { ENTITIES, EXAMPLES, type RecordType } from "@tip/schema";
import * as z from "zod";

function keepRequired(schema: z.ZodType, value: unknown): unknown {
  if (schema instanceof z.ZodObject && value !== null && typeof value === "object" && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (field.safeParse(undefined).success) continue; // optional
      out[key] = keepRequired(field, (value as Record<string, unknown>)[key]);
    }
    return out;
  }
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    if (schema.safeParse([]).success) return [];
    return value.slice(0, 1).map((item) => keepRequired(schema.element as z.ZodType, item));
  }
  return value;
}

/**
 * The example of a record type cut down to its required fields, read from the schema: optional properties are
 * dropped at every level and arrays keep as few items as they must.
 */
export function minimalExample(recordType: RecordType): Record<string, unknown> {
  return keepRequired(ENTITIES[recordType], EXAMPLES[recordType]) as Record<string, unknown>;
}
