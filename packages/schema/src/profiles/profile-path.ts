import * as z from "zod";
import { CODE_LISTS } from "../codes/code-lists.js";
import { LOCALES } from "../i18n/locale.js";
import { childOf } from "../issues/field-at.js";
import { keyPositions } from "../issues/shown-path.js";
import { RECORD_TYPES } from "../model/entities.js";
import { FIELD_IDS } from "../model/objects.js";
import { ALL_RULES } from "../rules/catalogue.js";
import { ProfileDocument } from "./profile-document.js";

/** Keys a profile may not hold; shown when refused, as they are fixed words, never content. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** The property names of every object of the profile format (`rules`, `severity`, `foldsTo`...). */
function formatKeys(schema: z.ZodType, out: Set<string>): Set<string> {
  if (schema instanceof z.ZodObject) {
    for (const [key, inner] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      out.add(key);
      formatKeys(inner, out);
    }
  } else if (schema instanceof z.ZodRecord) formatKeys(schema.valueType as z.ZodType, out);
  else if (schema instanceof z.ZodArray) formatKeys(schema.element as z.ZodType, out);
  else if (schema instanceof z.ZodOptional) formatKeys(schema.unwrap() as z.ZodType, out);
  return out;
}

let known: ReadonlySet<string> | undefined;

/**
 * Names a message may show: the keys of the profile format and the model's own names (rule codes, code-list
 * ids, core codes, field ids, languages, record types). Anything else in a profile is its own (a namespace,
 * an extension field, a national code or list, a language tag) and could be any text, a name too.
 */
function knownNames(): ReadonlySet<string> {
  known ??= new Set([
    ...formatKeys(ProfileDocument, new Set()),
    ...ALL_RULES.map((rule) => rule.code),
    ...Object.keys(CODE_LISTS),
    ...Object.values(CODE_LISTS).flatMap((list) => list.codes as readonly string[]),
    ...FIELD_IDS,
    ...LOCALES,
    ...RECORD_TYPES,
    ...FORBIDDEN_KEYS,
  ]);
  return known;
}

/** Where a problem of a profile can be shown: the path up to the first key the profile defines. */
export interface ShownProfilePath {
  readonly path: readonly (string | number)[];
  /** The place (from 1) of the first key cut off, among the keys of the object `path` names. */
  readonly position?: number;
}

/**
 * The part of a path into a profile document that names only array indexes and known names (see
 * `knownNames`), walking `document` alongside to number the first key cut off, in the order the key was
 * written when the document was read by `parseJson`.
 */
export function shownProfilePath(document: unknown, path: readonly (string | number)[]): ShownProfilePath {
  const names = knownNames();
  let parent = document;
  for (let index = 0; index < path.length; index++) {
    const segment = path[index] as string | number;
    if (typeof segment === "number" || names.has(segment)) {
      parent = childOf(parent, segment);
      continue;
    }
    const position = keyPositions(parent).get(segment);
    const kept = path.slice(0, index);
    return position === undefined ? { path: kept } : { path: kept, position };
  }
  return { path };
}
