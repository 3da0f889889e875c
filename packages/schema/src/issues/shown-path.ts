import { shownLength } from "../data/model-path.js";
import { writtenKeyOrder } from "../data/parse-json.js";
import { childOf } from "./field-at.js";

/** Where an issue can be shown: a path of model keys and array indexes, and which key of that object it means. */
export interface ShownPath {
  readonly path: readonly PropertyKey[];
  /**
   * When the path was cut: the place (from 1) of the first key cut off among the keys of the object the
   * shown path names, in the order the text wrote them (see `keyPositions`).
   */
  readonly position?: number;
}

/**
 * The part of `path` that can be shown (see `shownLength`), walking `input` alongside it to number the key cut
 * off: an unknown key, or one inside `extensions`, is never shown since it could be a name someone typed as a
 * key.
 */
export function shownPath(input: unknown, path: readonly PropertyKey[]): ShownPath {
  const keep = shownLength(path);
  if (keep === path.length) return { path };
  let parent = input;
  for (let i = 0; i < keep; i++) parent = childOf(parent, path[i] as PropertyKey);
  const position = keyPositions(parent).get(path[keep] as PropertyKey);
  const kept = path.slice(0, keep);
  return position === undefined ? { path: kept } : { path: kept, position };
}

/**
 * The place (from 1) of each own key of `object`: in the order its text wrote them when it was parsed by
 * `parseJson` (or copied by `readData` from such an object), else in the order the object lists them, which
 * for `JSON.parse` output is the text's order except that integer-like keys (`"7"`) come first.
 */
export function keyPositions(object: unknown): ReadonlyMap<PropertyKey, number> {
  const positions = new Map<PropertyKey, number>();
  if (object === null || typeof object !== "object") return positions;
  const listed = Object.keys(object);
  const written = writtenKeyOrder(object);
  // Keys added after parsing come after the written ones.
  const order = written === undefined ? listed : [...new Set([...written, ...listed])];
  for (const key of order) if (Object.hasOwn(object, key)) positions.set(key, positions.size + 1);
  return positions;
}

/** The `position` parameter of an issue, left out when the key's place is not known. */
export function positionOf(position: number | undefined): { position?: number } {
  return position === undefined ? {} : { position };
}
