import { MODEL_OBJECTS } from "../model/objects.js";

/** Every property name of every object of the model. */
let modelKeys: ReadonlySet<string> | undefined;

/**
 * A path that names nothing but the model's own keys and array indexes, so it can be shown: cut at the first
 * other key (an unknown key or one inside `extensions` could be a name or a value someone typed as a key).
 * `["extensions", "lc", "deep"]` becomes `["extensions"]`.
 */
export function modelPath(segments: readonly (string | number)[]): (string | number)[] {
  modelKeys ??= new Set(Object.values(MODEL_OBJECTS).flatMap((object) => Object.keys(object.shape)));
  const out: (string | number)[] = [];
  for (const segment of segments) {
    if (typeof segment === "string" && !modelKeys.has(segment)) break;
    out.push(segment);
    if (segment === "extensions") break;
  }
  return out;
}
