import { MODEL_KEYS } from "./model-keys.generated.js";

/** Every property name of every object of the model (a test compares it with `MODEL_OBJECTS`). */
let modelKeys: ReadonlySet<string> | undefined;

/**
 * How many leading segments of a path can be shown: model keys and array indexes, up to the first other key
 * (an unknown key or one inside `extensions` could be a name or a value someone typed as a key).
 */
export function shownLength(segments: readonly PropertyKey[]): number {
  modelKeys ??= new Set(MODEL_KEYS);
  let length = 0;
  for (const segment of segments) {
    if (typeof segment === "symbol" || (typeof segment === "string" && !modelKeys.has(segment))) break;
    length++;
    if (segment === "extensions") break;
  }
  return length;
}

/**
 * A path that names nothing but the model's own keys and array indexes, so it can be shown: cut at the first
 * other key. `["extensions", "lc", "deep"]` becomes `["extensions"]`.
 */
export function modelPath(segments: readonly (string | number)[]): (string | number)[] {
  return segments.slice(0, shownLength(segments));
}
