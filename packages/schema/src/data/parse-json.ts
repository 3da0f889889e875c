/**
 * The keys of parsed objects in the order their text wrote them, where that differs from the order JavaScript
 * lists them (integer-like keys such as `"7"` first, whatever their place). Weak, so it never keeps a value.
 */
const WRITTEN_ORDER = new WeakMap<object, readonly string[]>();

/** A key that starts with a digit (written or escaped): only then can JavaScript's order differ from the text's. */
const MAY_REORDER = /"(?:[0-9]|\\u003[0-9])(?:[^"\\]|\\.)*"\s*:/;

/**
 * `JSON.parse`, remembering for each object the order its keys were written in, so that an issue that points
 * at a key by its place (`params.position`, from 1) counts as a person reading the text would. Throws what
 * `JSON.parse` throws. The order is found by one scan of the text, made only when a key starts with a digit;
 * the scan keeps its own stack, so no depth can overflow the call stack.
 */
export function parseJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  if (value !== null && typeof value === "object" && MAY_REORDER.test(text)) rememberOrder(text, value);
  return value;
}

/** The keys of `object` in the order they were written, when `parseJson` found it differs from `Object.keys`. */
export function writtenKeyOrder(object: object): readonly string[] | undefined {
  return WRITTEN_ORDER.get(object);
}

/** Carries the written order of `from` over to `to`, a copy of it (see `readData`). */
export function copyKeyOrder(from: object, to: object): void {
  const order = WRITTEN_ORDER.get(from);
  if (order !== undefined) WRITTEN_ORDER.set(to, order);
}

interface Frame {
  /** The parsed container this part of the text built, when it is one (else nothing is remembered). */
  readonly target: object | undefined;
  /** Keys written so far (objects only). */
  readonly keys: string[] | undefined;
  /** The key or index of the value being read. */
  at: string | number;
  expectKey: boolean;
}

function childOf(frame: Frame | undefined, root: object): object | undefined {
  if (frame === undefined) return root;
  const parent = frame.target as Record<string | number, unknown> | undefined;
  if (parent === undefined || !Object.hasOwn(parent, frame.at)) return undefined;
  const child = parent[frame.at];
  return child !== null && typeof child === "object" ? child : undefined;
}

/** Walks the (valid) JSON text alongside its parsed value and remembers each reordered object's written keys. */
function rememberOrder(text: string, root: object): void {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const frame = stack[stack.length - 1];
    if (c === "{" || c === "[") {
      const target = childOf(frame, root);
      stack.push({ target, keys: c === "{" ? [] : undefined, at: 0, expectKey: c === "{" });
    } else if (c === "}" || c === "]") {
      stack.pop();
      if (frame?.keys !== undefined && frame.target !== undefined) remember(frame.target, frame.keys);
    } else if (c === ",") {
      if (frame === undefined) continue;
      if (frame.keys !== undefined) frame.expectKey = true;
      else frame.at = (frame.at as number) + 1;
    } else if (c === '"') {
      const from = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      if (frame?.keys !== undefined && frame.expectKey) {
        const raw = text.slice(from + 1, i);
        const key = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
        frame.keys.push(key);
        frame.at = key;
        frame.expectKey = false;
      }
    }
  }
}

/** Remembers the written order of an object's keys (a repeated key at its first place) when it is not theirs. */
function remember(target: object, written: readonly string[]): void {
  const order = [...new Set(written)];
  const listed = Object.keys(target);
  if (order.length === listed.length && order.every((key, index) => key === listed[index])) return;
  WRITTEN_ORDER.set(target, order);
}
