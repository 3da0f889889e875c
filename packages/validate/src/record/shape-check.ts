import { type FieldNode, type FieldType, fieldTreeOf, SCALAR_TYPES, TEXT_TYPES } from "@tip/schema";
import type { z } from "zod";
import { type $ZodType, compileFn, INVALID } from "zod/v4/core";

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

/** Node types checked whole by zod's own compiled code: none of them builds a value. */
const LEAF_TYPES: ReadonlySet<FieldType> = SCALAR_TYPES;

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
  // Named imports, not a namespace read as a value: a bundler keeps every export of a namespace that escapes,
  // zod's 64 error-message locales among them.
  if (typeof compileFn !== "function" || INVALID === undefined) return undefined;
  const leaves: ((value: unknown) => unknown)[] = [];
  const leafIds = new Map<z.ZodType, number>();
  const functions: string[] = [];
  const functionIds = new Map<z.ZodType, number>();

  const leaf = (value: z.ZodType): number => {
    let id = leafIds.get(value);
    if (id === undefined) {
      id = leaves.length;
      leaves.push(compileFn(value as $ZodType, { assertOnly: true }));
      leafIds.set(value, id);
    }
    return id;
  };
  /** Declares the function checking an object, an array or a record, once per schema. */
  const declare = (node: FieldNode, body: (id: number) => string): number => {
    const known = functionIds.get(node.schema);
    if (known !== undefined) return known;
    const id = functions.length;
    functionIds.set(node.schema, id);
    functions.push("");
    functions[id] = body(id);
    return id;
  };
  /** A boolean expression saying whether `v` passes `node`, wrappers included. */
  const test = (node: FieldNode, v: string): string => {
    // A default fills in a value: a check in place cannot say what zod makes of it.
    if (node.defaulted) throw new Unsupported("default");
    const inner = testValue(node, v);
    const nullable = node.nullable ? `(${v} === null || ${inner})` : inner;
    return node.optional ? `(${v} === undefined || ${nullable})` : nullable;
  };
  /** The same, for the value under its wrappers. */
  const testValue = (node: FieldNode, v: string): string => {
    if (LEAF_TYPES.has(node.type)) return `leaves[${leaf(node.schema)}](${v}) !== INVALID`;
    switch (node.type) {
      case "unknown":
        return `opaque(${v}, t)`;
      case "object":
        if (node.refined) throw new Unsupported("refined object");
        return `(isObject(${v}) && f${declare(node, objectCheck(node))}(${v}, t))`;
      case "array":
        if (node.refined) throw new Unsupported("refined array");
        return `(Array.isArray(${v}) && f${declare(node, arrayCheck(node))}(${v}, t))`;
      case "record":
        if (node.refined) throw new Unsupported("refined record");
        return `(isObject(${v}) && f${declare(node, recordCheck(node))}(${v}, t))`;
      default:
        throw new Unsupported(node.type);
    }
  };
  const objectCheck = (node: FieldNode & { type: "object" }) => (id: number) => {
    let required = 0;
    const cases = [...node.children].map(([key, property]) => {
      const counted = property.optional ? "" : " required++;";
      if (counted !== "") required++;
      return `case ${JSON.stringify(key)}: if (!(${test(property, "v")})) return false;${counted} break;`;
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
  const arrayCheck = (node: FieldNode & { type: "array" }) => (id: number) => {
    const bounds: string[] = [];
    if (node.minItems !== undefined)
      bounds.push(`if (items.length < ${Number(node.minItems)}) return false;`);
    if (node.maxItems !== undefined)
      bounds.push(`if (items.length > ${Number(node.maxItems)}) return false;`);
    if (node.length !== undefined) bounds.push(`if (items.length !== ${Number(node.length)}) return false;`);
    return `function f${id}(items, t) {
  ${bounds.join("\n  ")}
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (!(${test(node.item, "v")})) return false;
  }
  return true;
}`;
  };
  const recordCheck = (node: FieldNode & { type: "record" }) => (id: number) => {
    const { keys } = node;
    // Only string keys: a record keyed by an enum or a literal must hold every key, which this does not count.
    if (!TEXT_TYPES.has(keys.type) || keys.optional || keys.nullable) throw new Unsupported("record key");
    return `function f${id}(src, t) {
  for (const k in src) {
    t.keys++;
    if (k === "__proto__" || leaves[${leaf(keys.schema)}](k) === INVALID) return false;
    const v = src[k];
    if (!(${test(node.values, "v")})) return false;
  }
  return true;
}`;
  };

  try {
    const tree = fieldTreeOf(schema);
    // The root itself is checked as is: wrappers or a refinement on it are left to zod.
    if (tree.type !== "object" || tree.optional || tree.nullable || tree.defaulted || tree.refined)
      return undefined;
    const root = declare(tree, objectCheck(tree));
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
