import type * as z from "zod";
import type { ObjectName } from "../i18n/object-texts.js";
import type { Mappings } from "../meta/mappings.js";
import type { PiiClass } from "../meta/pii.js";
import type { FieldMeta } from "../meta/registry.js";

/**
 * What a field holds. Text comes in four kinds: `string` (any text, perhaps with a format or pattern), `date`
 * (`YYYY-MM-DD`), `datetime` (ISO 8601 timestamp) and `partialDate` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
 * `unknown` takes any value (the inside of an extension namespace); `other` is a schema the model does not
 * describe (a transform, a lazy schema, a tuple…), named by `zodType`.
 */
export type FieldType =
  | "string"
  | "date"
  | "datetime"
  | "partialDate"
  | "number"
  | "integer"
  | "boolean"
  | "enum"
  | "literal"
  | "object"
  | "array"
  | "record"
  | "union"
  | "unknown"
  | "other";

/** What every node of a field tree says, whatever its type. */
export interface FieldNodeBase {
  readonly type: FieldType;
  /**
   * Where the node is, from the root of its tree: property names, `*` for the items of an array and the
   * values of a record. The root's path is empty; a union's options share the union's path.
   */
  readonly path: readonly string[];
  /** The registry metadata of the field (absent on array items, record keys and values, and roots). */
  readonly meta?: FieldMeta;
  /** The stable field id (`victim.birthDate`; `extensions.<namespace>.<name>` for a profile's fields). */
  readonly field?: string;
  /** Personal-data class. */
  readonly pii?: PiiClass;
  /** Id of the code list whose codes the field takes (on the field, also when it is a list of codes). */
  readonly codeList?: string;
  /** Names of the field in other standards (HTCDS, CTDC, IC-TIP…). */
  readonly mappings?: Mappings;
  /**
   * Labels a profile gives the field, by language tag. The model's own labels live in the locale bundles
   * (`fieldLabel` reads both), so a tree carries no language the program did not import.
   */
  readonly labels?: Readonly<Record<string, string>>;
  /** The field may be left out of its object (`.optional()` or a default). */
  readonly optional: boolean;
  /** The field must be present in its object: the opposite of `optional`. */
  readonly required: boolean;
  /** The field takes `null`. */
  readonly nullable: boolean;
  /** The field has a default value, filled in by parsing. */
  readonly defaulted: boolean;
  /** The schema of one value, without `.optional()`, `.nullable()` or a default: to check a value alone. */
  readonly schema: z.ZodType;
  /** The schema as declared, with its wrappers (the key of the field's registry metadata). */
  readonly declared: z.ZodType;
}

/** A text field. */
export interface TextFieldNode extends FieldNodeBase {
  readonly type: "string" | "date" | "datetime" | "partialDate";
  /** zod's string format, when it has one: `uuid`, `email`, `url`, `date`, `datetime`… */
  readonly format?: string;
  /** Whether the text must match a format or a pattern: when false (and no format), any text is taken. */
  readonly patterned: boolean;
}

/** A number field. */
export interface NumberFieldNode extends FieldNodeBase {
  readonly type: "number" | "integer";
  /** The smallest value taken (`.min()`), when the schema sets one. */
  readonly minimum?: number;
  /** The largest value taken (`.max()`), when the schema sets one. */
  readonly maximum?: number;
}

/** A true/false field. */
export interface BooleanFieldNode extends FieldNodeBase {
  readonly type: "boolean";
}

/** A field taking one of a fixed set of values: a code of a code list. */
export interface EnumFieldNode extends FieldNodeBase {
  readonly type: "enum";
  /** The values taken, in schema order (the model's enums are strings). */
  readonly values: readonly string[];
  /** National codes a profile adds, each with the core code it folds to. */
  readonly nationalCodes?: ReadonlyMap<string, string>;
}

/** A field taking exactly one value (`recordType`). */
export interface LiteralFieldNode extends FieldNodeBase {
  readonly type: "literal";
  readonly values: readonly unknown[];
}

/** An object with named fields. */
export interface ObjectFieldNode extends FieldNodeBase {
  readonly type: "object";
  /** The fields, in schema order, by property name. */
  readonly children: ReadonlyMap<string, FieldNode>;
  /** The name of the model object it is (`victim`, `eventPlace`…), when it is one. */
  readonly object?: ObjectName;
  /** Whether a key not among `children` is an error. */
  readonly strict: boolean;
  /** Whether the object carries a refinement: a check of its own that the tree does not describe. */
  readonly refined: boolean;
}

/** A list. */
export interface ArrayFieldNode extends FieldNodeBase {
  readonly type: "array";
  /** What each item is (its path ends in `*`). */
  readonly item: FieldNode;
  readonly minItems?: number;
  readonly maxItems?: number;
  /** The exact number of items, when fixed. */
  readonly length?: number;
  /** Whether the list carries a check besides its bounds, which the tree does not describe. */
  readonly refined: boolean;
}

/** An object with free keys (`extensions`): keys of one schema, values of another. */
export interface RecordFieldNode extends FieldNodeBase {
  readonly type: "record";
  /** What a key is (at the record's own path). */
  readonly keys: FieldNode;
  /** What each value is (its path ends in `*`). */
  readonly values: FieldNode;
  /**
   * Under a profile, the extension namespaces it declares, each an object of the declared fields (path
   * `extensions.<namespace>.<name>`).
   */
  readonly namespaces?: ReadonlyMap<string, ObjectFieldNode>;
  /** Whether the record carries a refinement the tree does not describe. */
  readonly refined: boolean;
}

/** A value of one of several shapes (the records of a bundle). */
export interface UnionFieldNode extends FieldNodeBase {
  readonly type: "union";
  readonly options: readonly FieldNode[];
  /** The property whose value tells the options apart, for a discriminated union. */
  readonly discriminator?: string;
}

/** Any value at all. */
export interface UnknownFieldNode extends FieldNodeBase {
  readonly type: "unknown";
}

/** A schema the tree does not describe (transform, pipe, lazy, tuple, bigint…). */
export interface OtherFieldNode extends FieldNodeBase {
  readonly type: "other";
  /** zod's name for it, for messages to developers. */
  readonly zodType: string;
}

/** One node of a field tree. Switch on `type` to narrow it. */
export type FieldNode =
  | TextFieldNode
  | NumberFieldNode
  | BooleanFieldNode
  | EnumFieldNode
  | LiteralFieldNode
  | ObjectFieldNode
  | ArrayFieldNode
  | RecordFieldNode
  | UnionFieldNode
  | UnknownFieldNode
  | OtherFieldNode;

/** The types of a text value. */
export const TEXT_TYPES: ReadonlySet<FieldType> = new Set(["string", "date", "datetime", "partialDate"]);

/** The types of a single value checked as a whole: text, numbers, booleans, codes and literals. */
export const SCALAR_TYPES: ReadonlySet<FieldType> = new Set([
  ...TEXT_TYPES,
  "number",
  "integer",
  "boolean",
  "enum",
  "literal",
]);

/** Whether a node holds a single value (text, number, boolean, code or literal). */
export function isScalar(
  node: FieldNode,
): node is TextFieldNode | NumberFieldNode | BooleanFieldNode | EnumFieldNode | LiteralFieldNode {
  return SCALAR_TYPES.has(node.type);
}
