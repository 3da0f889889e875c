import { expect } from "vitest";

/** The keys that reach a prototype when assigned, planted by the hostile-input tests at every depth. */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype"] as const;

const ownNames = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayNames = Reflect.ownKeys(Array.prototype).map(String).sort();

/** Asserts that nothing was added to or changed on `Object.prototype` (or `Array.prototype`) by the code under test. */
export function expectPrototypeUntouched(): void {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(ownNames);
  expect(Reflect.ownKeys(Array.prototype).map(String).sort()).toEqual(arrayNames);
  expect(Object.keys(Array.prototype)).toEqual([]);
  const plain = {} as Record<string, unknown>;
  for (const probe of ["sex", "polluted", "ageAtIdentification", "x"]) expect(plain[probe]).toBe(undefined);
}

/** Every own key of a JSON-like value at any depth, walked without recursion. */
export function allKeys(value: unknown): string[] {
  const keys: string[] = [];
  const stack = [value];
  for (let next = stack.pop(); next !== undefined || stack.length > 0; next = stack.pop()) {
    if (next === null || typeof next !== "object") continue;
    for (const key of Object.keys(next)) {
      keys.push(key);
      stack.push((next as Record<string, unknown>)[key]);
    }
  }
  return keys;
}

/** A value nested `depth` objects deep: `{"a":{"a":...1}}`, as JSON text. */
export function deepJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
}
