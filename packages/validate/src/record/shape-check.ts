import type { z } from "zod";
import * as core from "zod/v4/core";

/** What a shape check found besides its answer. */
export interface KeyTally {
  /** Keys met in the objects the check walked. */
  keys: number;
  /** False when a value it accepted whole (inside `extensions`) may hold more keys. */
  complete: boolean;
}

/**
 * Says whether a parsed JSON record passes its schema, counting its keys into `tally`. `true` means zod
 * accepts it; `false` means zod rejects it or the check could not tell (an unknown key, a length near a
 * bound): the caller then asks zod, which also says why.
 */
export type ShapeCheck = (input: object, tally: KeyTally) => boolean;

type Def = {
  type: string;
  checks?: { _zod: { def: { check: string } } }[];
  innerType?: z.ZodType;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Types checked whole by zod's own compiled code: none of them builds a value. */
const LEAF_TYPES = new Set(["string", "number", "boolean", "enum", "literal"]);
/** Checks of an array this code applies itself (arrays measure `.length`, as in zod). */
const ARRAY_CHECKS = new Set(["min_length", "max_length", "length_equals"]);

class Unsupported extends Error {}

/**
 * Compiles a check of parsed JSON records against an object schema that allocates nothing. zod's own compiled
 * validator copies every object and array it accepts and creates a closure per optional field, so a stream
 * of records spends more on garbage than on checking; and records parsed from a real export come in hundreds
 * of shapes (each set of optional fields present is a hidden class), which makes fixed property reads
 * megamorphic. This code reads each object once with `for...in` and a `switch` on the key, as V8 serves it
 * from the enum cache whatever the shape, and checks each value in place: objects, arrays, records and
 * optional fields here, every other value (strings and their formats, numbers, enums, literals) by zod's
 * compiled check of that value alone, so their rules are zod's and nothing else. An unknown key, `__proto__`
 * included, answers `false`: zod then reports it.
 * Returns undefined when the schema uses something else (a union, a refinement, a transform), when zod's
 * compiler is not there, or when code cannot be generated (a strict Content-Security-Policy).
 */
export function compileShapeCheck(schema: z.ZodType): ShapeCheck | undefined {
  const { compileFn, INVALID } = core as Partial<typeof core>;
  if (typeof compileFn !== "function" || INVALID === undefined) return undefined;
  const leaves: ((value: unknown) => unknown)[] = [];
  const leafIds = new Map<z.ZodType, number>();
  const functions: string[] = [];
  const functionIds = new Map<z.ZodType, number>();

  const leaf = (value: z.ZodType): number => {
    let id = leafIds.get(value);
    if (id === undefined) {
      id = leaves.length;
      leaves.push(compileFn(value as core.$ZodType, { assertOnly: true }));
      leafIds.set(value, id);
    }
    return id;
  };
  /** Declares the function checking an object, an array or a record, once per schema. */
  const declare = (value: z.ZodType, body: (id: number) => string): number => {
    const known = functionIds.get(value);
    if (known !== undefined) return known;
    const id = functions.length;
    functionIds.set(value, id);
    functions.push("");
    functions[id] = body(id);
    return id;
  };
  /** A boolean expression saying whether `v` passes `value`. */
  const test = (value: z.ZodType, v: string): string => {
    const def = defOf(value);
    if (LEAF_TYPES.has(def.type)) return `leaves[${leaf(value)}](${v}) !== INVALID`;
    if (def.type === "optional") return `(${v} === undefined || ${test(def.innerType as z.ZodType, v)})`;
    if (def.type === "nullable") return `(${v} === null || ${test(def.innerType as z.ZodType, v)})`;
    if (def.type === "unknown" || def.type === "any") return `opaque(${v}, t)`;
    if ((def.checks?.length ?? 0) > 0 && def.type !== "array") throw new Unsupported(def.type);
    if (def.type === "object") return `(isObject(${v}) && f${declare(value, objectCheck(value))}(${v}, t))`;
    if (def.type === "array")
      return `(Array.isArray(${v}) && f${declare(value, arrayCheck(value))}(${v}, t))`;
    if (def.type === "record") return `(isObject(${v}) && f${declare(value, recordCheck(value))}(${v}, t))`;
    throw new Unsupported(def.type);
  };
  const objectCheck = (value: z.ZodType) => (id: number) => {
    const shape = defOf(value).shape ?? (value as unknown as z.ZodObject).shape;
    let required = 0;
    const cases = Object.entries(shape).map(([key, property]) => {
      const counted = defOf(property as z.ZodType).type === "optional" ? "" : " required++;";
      if (counted !== "") required++;
      return `case ${JSON.stringify(key)}: if (!(${test(property as z.ZodType, "v")})) return false;${counted} break;`;
    });
    return `function f${id}(src, t) {
  let required = 0;
  for (const k in src) {
    t.keys++;
    const v = src[k];
    switch (k) {
      ${cases.join("\n      ")}
      default: return false;
    }
  }
  return required === ${required};
}`;
  };
  const arrayCheck = (value: z.ZodType) => (id: number) => {
    const def = defOf(value);
    const bounds = (def.checks ?? []).map((check) => {
      const c = check._zod.def as { check: string; minimum?: number; maximum?: number; length?: number };
      if (!ARRAY_CHECKS.has(c.check)) throw new Unsupported(c.check);
      if (c.check === "min_length") return `if (items.length < ${Number(c.minimum)}) return false;`;
      if (c.check === "max_length") return `if (items.length > ${Number(c.maximum)}) return false;`;
      return `if (items.length !== ${Number(c.length)}) return false;`;
    });
    return `function f${id}(items, t) {
  ${bounds.join("\n  ")}
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (!(${test(def.element as z.ZodType, "v")})) return false;
  }
  return true;
}`;
  };
  const recordCheck = (value: z.ZodType) => (id: number) => {
    const def = defOf(value);
    // Only string keys: a record keyed by an enum or a literal must hold every key, which this does not count.
    if (defOf(def.keyType as z.ZodType).type !== "string") throw new Unsupported("record key");
    return `function f${id}(src, t) {
  for (const k in src) {
    t.keys++;
    if (k === "__proto__" || leaves[${leaf(def.keyType as z.ZodType)}](k) === INVALID) return false;
    const v = src[k];
    if (!(${test(def.valueType as z.ZodType, "v")})) return false;
  }
  return true;
}`;
  };

  try {
    const root = defOf(schema).type === "object" ? declare(schema, objectCheck(schema)) : undefined;
    if (root === undefined) return undefined;
    const body = `"use strict";
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const opaque = (v, t) => { if (v !== null && typeof v === "object") t.complete = false; return true; };
${functions.join("\n")}
return (input, t) => isObject(input) && f${root}(input, t);`;
    return new Function("leaves", "INVALID", body)(leaves, INVALID) as ShapeCheck;
  } catch {
    return undefined;
  }
}
