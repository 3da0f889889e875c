import type { z } from "zod";

/** Returned by a normalizer for an object with a key its schema does not know: the slow path reports it. */
export const UNKNOWN_KEY: unique symbol = Symbol("unknown key");

/** What a normalizer found besides the normalized value. */
export interface KeyTally {
  /** Keys met in the objects the normalizer walked. */
  keys: number;
  /** False when a value it passed through whole (an `extensions` object) may hold more keys. */
  complete: boolean;
}

/** Rebuilds a parsed record with the fixed shape of its schema, counting its keys into `tally`. */
export type Normalizer = (input: object, tally: KeyTally) => object | typeof UNKNOWN_KEY;

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (["optional", "nullable"].includes(defOf(current).type))
    current = defOf(current).innerType as z.ZodType;
  return current;
}

/**
 * Compiles a normalizer for an object schema. Records parsed from a real export come in hundreds of shapes
 * (each set of optional fields present is a different hidden class), which makes every property read of the
 * compiled validator megamorphic: three times slower than on uniform data. The normalizer reads each object
 * once with `for...in` (which V8 serves from the enum cache, whatever the shape) and writes it into an object
 * literal holding every property of the schema in a fixed order, absent ones `undefined` (which `.optional()`
 * accepts just like an absent key). Nested objects and arrays of objects are normalized too; anything else is
 * passed on as it is. An unknown key stops it: the record then goes to the slow path, which reports the key.
 * Returns undefined when code cannot be generated (a strict Content-Security-Policy).
 */
export function compileNormalizer(schema: z.ZodType): Normalizer | undefined {
  const functions: string[] = [];
  const ids = new Map<z.ZodType, number>();
  const generate = (object: z.ZodType): number => {
    const known = ids.get(object);
    if (known !== undefined) return known;
    const id = functions.length;
    ids.set(object, id);
    functions.push("");
    const shape = defOf(object).shape ?? (object as unknown as z.ZodObject).shape;
    const keys = Object.keys(shape);
    const cases = keys.map((key) => {
      const name = JSON.stringify(key);
      const property = unwrap(shape[key] as z.ZodType);
      const def = defOf(property);
      let value = "v";
      if (def.type === "object") value = `isObject(v) ? n${generate(property)}(v, t) : v`;
      else if (def.type === "array" && def.element && defOf(unwrap(def.element)).type === "object") {
        value = `Array.isArray(v) ? list(v, n${generate(unwrap(def.element))}, t) : v`;
      } else if (!["string", "number", "boolean", "enum", "literal", "array"].includes(def.type)) {
        value = "opaque(v, t)";
      }
      return `case ${name}: { const w = ${value}; if (w === STOP) return STOP; out[${name}] = w; break; }`;
    });
    const literal = keys.map((key) => `${JSON.stringify(key)}: undefined`).join(", ");
    functions[id] = `function n${id}(src, t) {
  const out = { ${literal} };
  for (const k in src) {
    t.keys++;
    const v = src[k];
    switch (k) {
      ${cases.join("\n      ")}
      default: return STOP;
    }
  }
  return out;
}`;
    return id;
  };
  try {
    generate(unwrap(schema));
    const body = `"use strict";
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const opaque = (v, t) => { if (v !== null && typeof v === "object") t.complete = false; return v; };
function list(items, normalize, t) {
  const out = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (isObject(item)) {
      const w = normalize(item, t);
      if (w === STOP) return STOP;
      out[i] = w;
    } else out[i] = item;
  }
  return out;
}
${functions.join("\n")}
return n0;`;
    return new Function("STOP", body)(UNKNOWN_KEY) as Normalizer;
  } catch {
    return undefined;
  }
}
