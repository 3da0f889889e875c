import { modelPath } from "./model-path.js";
import { copyKeyOrder } from "./parse-json.js";

/** Default deepest nesting of objects and arrays in a record (a flat object has depth 1). */
export const DEFAULT_MAX_DEPTH = 64;

/**
 * Default number of values a record may hold in all (each object property, each array item, the record
 * itself). Far above any real record; it stops a sparse array of length 1e8 or a value that shares one object
 * at every level from being copied until memory runs out.
 */
export const DEFAULT_MAX_VALUES = 1_000_000;

/** Limits of `readData`. */
export interface DataLimits {
  /** Deepest nesting of objects and arrays; default 64. */
  readonly maxDepth?: number;
  /** Values in all; default 1,000,000. */
  readonly maxValues?: number;
}

/**
 * Which keys `readData` reads: at each object, only the keys named, each read whole (`true`) or by its own
 * tree; the items of an array are read by the array's tree. A Map, so a `__proto__` key names itself.
 */
export type KeyTree = ReadonlyMap<string, KeyTree | true>;

/** Why a value could not be read as data. */
export type DataProblem = "unreadable_value" | "value_too_large" | "nesting_too_deep";

/** What `readData` gives: a plain copy, or the problem and where it is. */
export type DataRead =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly code: DataProblem;
      /** Where, as path segments: model keys and array indexes only, cut at the first other key. */
      readonly path: readonly (string | number)[];
      readonly params: Readonly<Record<string, number>>;
    };

/** A container being copied: its source, its copy, and which child comes next. */
interface Frame {
  readonly source: object;
  readonly target: Record<string, unknown> | unknown[];
  /** Own enumerable keys of an object (those of `only`, when given); undefined for an array. */
  readonly keys: readonly string[] | undefined;
  /** The keys to read below this container, or undefined for all. */
  readonly only: KeyTree | undefined;
  readonly size: number;
  next: number;
  /** Its key or index in its parent. */
  readonly segment: string | number;
}

class Stop {
  constructor(
    readonly code: DataProblem,
    readonly segment: string | number | undefined,
    readonly params: Readonly<Record<string, number>> = {},
  ) {}
}

/**
 * Copies a value handed to the library into plain data, the way `JSON.parse` would have built it: objects and
 * arrays of strings, numbers, booleans and null (`undefined` properties are left out, array holes read as
 * `undefined`). Whatever could make later code throw, hang or run out of memory becomes a problem instead:
 * a getter or a proxy trap that throws, a revoked proxy, a function (an own `toJSON` or `toString` included),
 * a symbol or a BigInt (`unreadable_value`); more values than `maxValues`, found before copying an array by
 * its length (`value_too_large`); nesting deeper than `maxDepth`, a cycle included (`nesting_too_deep`). Iterative, so
 * no depth can overflow the stack. Objects other than arrays are read by their own enumerable string keys (a
 * `Date` or a `Map` reads as `{}`); a `__proto__` key becomes an own property, as in `JSON.parse`. Never
 * throws. The copy shares nothing with the input, so it cannot change under the caller's feet.
 *
 * With `only`, reads nothing but the keys it names (see `KeyTree`), under the same limits: the copy holds those
 * keys alone, and a value elsewhere is never touched (so it cannot be a problem either). For code that reads a
 * few fields of large records, this costs a fraction of a whole copy.
 */
export function readData(input: unknown, limits: DataLimits = {}, only?: KeyTree): DataRead {
  if (input === null || typeof input !== "object") return leafRead(input);
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxValues = limits.maxValues ?? DEFAULT_MAX_VALUES;
  const stack: Frame[] = [];
  let values = 1;
  let root: unknown;
  try {
    if (maxDepth < 1) throw new Stop("nesting_too_deep", undefined, { maxDepth });
    const first = frameOf(input, undefined, only, maxValues - values, maxValues);
    values += first.size;
    stack.push(first);
    root = first.target;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as Frame;
      if (frame.next === frame.size) {
        stack.pop();
        continue;
      }
      const index = frame.next++;
      const keys = frame.keys;
      const key = keys === undefined ? index : (keys[index] as string);
      const below =
        frame.only === undefined || keys === undefined ? frame.only : frame.only.get(key as string);
      let child: unknown;
      try {
        child = (frame.source as Record<string | number, unknown>)[key];
      } catch {
        throw new Stop("unreadable_value", key);
      }
      let value: unknown = child;
      if (child !== null) {
        const type = typeof child;
        if (type === "object") {
          // A cycle is nesting without end: it stops here too.
          if (stack.length >= maxDepth) throw new Stop("nesting_too_deep", key, { maxDepth });
          const inner = frameOf(
            child as object,
            key,
            below === true ? undefined : below,
            maxValues - values,
            maxValues,
          );
          values += inner.size;
          stack.push(inner);
          value = inner.target;
        } else if (type !== "string" && type !== "number" && type !== "boolean" && type !== "undefined") {
          throw new Stop("unreadable_value", key);
        }
      }
      if (keys === undefined) (frame.target as unknown[]).push(value);
      else if (value !== undefined) setOwn(frame.target as Record<string, unknown>, key as string, value);
    }
  } catch (error) {
    // Anything thrown while reading is the value's (a trap, a getter); `Stop` says where.
    const stop = error instanceof Stop ? error : new Stop("unreadable_value", undefined);
    const segments: (string | number)[] = stack.map((frame) => frame.segment).slice(1);
    if (stop.segment !== undefined) segments.push(stop.segment);
    return { ok: false, code: stop.code, path: modelPath(segments), params: stop.params };
  }
  return { ok: true, value: root };
}

/** A value that is no container: itself when it is data, else a problem. */
function leafRead(input: unknown): DataRead {
  const type = typeof input;
  if (
    input === null ||
    type === "string" ||
    type === "number" ||
    type === "boolean" ||
    type === "undefined"
  ) {
    return { ok: true, value: input };
  }
  return { ok: false, code: "unreadable_value", path: [], params: {} };
}

/** The frame that copies a container, once its size is known to fit in `budget` values. */
function frameOf(
  value: object,
  segment: string | number | undefined,
  only: KeyTree | undefined,
  budget: number,
  maxValues: number,
): Frame {
  let keys: string[] | undefined;
  let size: number | undefined;
  try {
    if (Array.isArray(value)) size = lengthOf(value);
    // Typed arrays are binary, not data; reading them key by key could take gigabytes.
    else if (!ArrayBuffer.isView(value)) {
      const own = Object.keys(value);
      keys = only === undefined ? own : own.filter((key) => only.has(key));
      size = keys.length;
    }
  } catch {
    // A proxy's trap threw, or the proxy is revoked.
  }
  if (size === undefined) throw new Stop("unreadable_value", segment);
  if (size > budget) throw new Stop("value_too_large", segment, { maxValues });
  const target = keys === undefined ? [] : {};
  // The copy's keys are numbered as the original's were written (an issue's `position`).
  if (keys !== undefined) copyKeyOrder(value, target);
  return { source: value, target, keys, only, size, next: 0, segment: segment ?? "" };
}

/** An array's length, or undefined when it is not a whole number (a proxy may answer anything). */
function lengthOf(value: object): number | undefined {
  const length = (value as { length: unknown }).length;
  return typeof length === "number" && Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

/** Sets an own data property; `__proto__` too, which an assignment would take as the prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else target[key] = value;
}
