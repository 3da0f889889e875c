import { formatMessage, type Issue, type MessageLocale } from "@tip/schema";

/** A key JavaScript lists before the others whatever its place in the text: `"0"` to `"4294967294"`. */
const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/;

function isIndexKey(key: string): boolean {
  return INDEX_KEY.test(key) && Number(key) < 4_294_967_295;
}

/**
 * Issues whose `position` (the place of a key that cannot be shown) is counted in the text's order. The
 * schema counts in the order the parsed object lists its keys, which is the text's order except that keys
 * such as `"7"` come first; when an object holds such a key, its keys are counted again in `text`, the
 * record's JSON, as a person reading the file would. `prefix` is the record's pointer in the input.
 */
export function positionsInText(
  issues: readonly Issue[],
  value: unknown,
  text: string,
  prefix: string,
  locale: MessageLocale,
): readonly Issue[] {
  let out: Issue[] | undefined;
  issues.forEach((issue, index) => {
    const moved = inText(issue, value, text, prefix, locale);
    if (moved === issue) return;
    out ??= [...issues];
    out[index] = moved;
  });
  return out ?? issues;
}

function inText(issue: Issue, value: unknown, text: string, prefix: string, locale: MessageLocale): Issue {
  const position = issue.params.position;
  if (typeof position !== "number" || issue.code === "duplicate_key" || !issue.path.startsWith(prefix))
    return issue;
  const segments = segmentsOf(issue.path.slice(prefix.length));
  let object = value;
  for (const segment of segments) {
    if (object === null || typeof object !== "object" || !Object.hasOwn(object, segment)) return issue;
    object = (object as Record<string, unknown>)[segment];
  }
  if (object === null || typeof object !== "object" || Array.isArray(object)) return issue;
  const keys = Object.keys(object);
  if (!keys.some(isIndexKey)) return issue;
  const key = keys[position - 1];
  const written = key === undefined ? -1 : (keysInText(text, segments)?.indexOf(key) ?? -1);
  if (written < 0 || written + 1 === position) return issue;
  const params = { ...issue.params, position: written + 1 };
  return { ...issue, params, message: formatMessage(locale, issue.code, params) };
}

/** The segments of a JSON Pointer (RFC 6901). */
function segmentsOf(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/**
 * The keys of the object at `segments` in a JSON text, in the order they are written (a repeated key each
 * time), or undefined when the text holds no object there. A light scan, no parse tree.
 */
export function keysInText(text: string, segments: readonly string[]): string[] | undefined {
  // The path to where the scan is, one entry per open object or array: its current key or index.
  const path: (string | number)[] = [];
  const arrays: boolean[] = [];
  let keys: string[] | undefined;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const from = i;
      i++;
      while (i < text.length && text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c ? 2 : 1;
      if (!expectKey) continue;
      expectKey = false;
      const key = decode(text.slice(from, i + 1));
      path[path.length - 1] = key;
      if (path.length - 1 === segments.length && samePath(path, segments)) {
        keys ??= [];
        keys.push(key);
      }
    } else if (c === 0x7b || c === 0x5b) {
      arrays.push(c === 0x5b);
      path.push(c === 0x5b ? 0 : "");
      expectKey = c === 0x7b;
      if (c === 0x7b && path.length - 1 === segments.length && samePath(path, segments)) keys ??= [];
    } else if (c === 0x7d || c === 0x5d) {
      arrays.pop();
      path.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      const top = path.length - 1;
      if (arrays[top] === true) path[top] = (path[top] as number) + 1;
      else expectKey = true;
    }
  }
  return keys;
}

/** Whether the open containers above the innermost one sit at `segments`. */
function samePath(path: readonly (string | number)[], segments: readonly string[]): boolean {
  for (let i = 0; i < segments.length; i++) if (String(path[i]) !== segments[i]) return false;
  return true;
}

function decode(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}
