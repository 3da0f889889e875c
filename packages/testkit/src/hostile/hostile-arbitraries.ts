import fc from "fast-check";
import { generateRecords } from "../generate/generate.js";

// Property-test material (fast-check): arbitrary hostile values, with a canary planted in every string.

/** Planted in every string of a generated value: no message may ever show it. */
export const CANARY = "QZX-canary";

/** Keys that try the prototype chain, mixed into generated objects. */
const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

/** Every string of a JSON-like value prefixed with the canary (keys kept as they are). */
export function withCanary(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return `${CANARY}${value}`;
  if (value === null || typeof value !== "object" || depth > 50) return value;
  if (Array.isArray(value)) return value.map((item) => withCanary(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, {
      value: withCanary((value as Record<string, unknown>)[key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Arbitrary values: JSON values and anything fast-check makes, with prototype-ish keys. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.anything({
    key: fc.oneof(fc.string(), fc.constantFrom(...PROTOTYPE_KEYS)),
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withDate: true,
  }),
);

const RECORDS = [...generateRecords({ seed: 7, count: 20 })];

/**
 * A generated record with one place changed: a key of the record or of one of its objects set to an
 * arbitrary value (a prototype-ish key included), or removed; strings carry the canary.
 */
export const mutatedRecord: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom(...RECORDS),
    fc.nat(),
    fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string()),
    anyValue,
    fc.boolean(),
  )
  .map(([record, pick, key, value, replaceExisting]) => {
    const copy = withCanary(structuredClone(record)) as Record<string, unknown>;
    const holders: Record<string, unknown>[] = [];
    const visit = (node: unknown): void => {
      if (node === null || typeof node !== "object") return;
      if (!Array.isArray(node)) holders.push(node as Record<string, unknown>);
      for (const child of Object.values(node)) visit(child);
    };
    visit(copy);
    const holder = holders[pick % holders.length] as Record<string, unknown>;
    const keys = Object.keys(holder);
    const target = replaceExisting && keys.length > 0 ? (keys[pick % keys.length] as string) : key;
    Object.defineProperty(holder, target, {
      value: withCanary(value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return copy;
  });

/** Whether a text is a JSON Pointer (RFC 6901): empty, or `/`-separated tokens with `~` escaped. */
export function isJsonPointer(text: string): boolean {
  return text === "" || (text.startsWith("/") && !/~[^01]|~$/.test(text));
}

/** The own properties of `Object.prototype` and their values, to check that nothing was added or replaced. */
export function prototypeNames(): [string, unknown][] {
  return Object.getOwnPropertyNames(Object.prototype)
    .sort()
    .map((name) => [name, Object.getOwnPropertyDescriptor(Object.prototype, name)?.value]);
}
