import { type PiiClass, readRecords } from "@tip/schema";
import type { FieldPlan } from "../model/object-plans.js";
import { type FieldDecision, type Visitor, walkRecord } from "../model/walk.js";
import { type ExtensionProfile, extensionClass, extensionFieldName } from "./extension-profile.js";
import { emptyTally, type RedactionTally } from "./tally.js";

/** Options of `redact`. */
export interface RedactOptions {
  /**
   * Quasi identifiers to keep, by field id (`victim.sex`, `identification.country`) or, for extension fields,
   * `extensions.<namespace>.<key>`. Keeping a container (`case.events`) keeps the quasi fields inside it.
   * Direct identifiers are never kept.
   */
  readonly keep?: readonly string[];
  /** Classes of extension fields; fields it does not name are removed as direct identifiers. */
  readonly extensions?: ExtensionProfile;
  /** Classes that replace the model's for some fields, by field id (e.g. stricter ones for a publication). */
  readonly classes?: Readonly<Record<string, PiiClass>>;
  /**
   * `"remove"` also removes free-text fields of any class but `none` (descriptions, notes, summaries): text can
   * name anyone, whatever its field's class. Default `"keep"`.
   */
  readonly freeText?: "keep" | "remove";
}

/**
 * Removes every direct identifier, and every quasi identifier not listed in `keep`, from records of any type
 * (bundles included), walking nested objects and arrays through the schema. Sensitive and non-personal fields
 * stay. A value that does not conform to its field's schema is removed (it could hold anything), as is every key
 * the model does not know. An object that loses a required field goes as a whole, so the output still has the
 * shape the schema requires. Values that are not records of the model are left out. Input is not changed.
 * Throws `DataReadError` (from `@tip/schema`, with the record's position and a pointer) when a record cannot be
 * read as data: a getter or proxy that throws, a cycle, a function, over 1,000,000 values, nesting over 64 deep.
 */
export function redact<R>(records: readonly R[], options: RedactOptions = {}): R[] {
  return redactWithTally(readRecords(records) as R[], options).records;
}

/** `redact` on records already read as plain data, also counting what was removed. */
export function redactWithTally<R>(
  records: readonly R[],
  options: RedactOptions = {},
): { readonly records: R[]; readonly tally: RedactionTally } {
  const tally = emptyTally();
  const visitor = redactionVisitor(options, tally);
  const out: R[] = [];
  for (const record of records) {
    const redacted = walkRecord(record, visitor);
    if (redacted === undefined) tally.recordsLeftOut++;
    else out.push(redacted as R);
  }
  return { records: out, tally };
}

function redactionVisitor(options: RedactOptions, tally: RedactionTally): Visitor {
  const keep = new Set(options.keep ?? []);
  const profile = options.extensions;
  const classOf = (plan: FieldPlan): PiiClass => options.classes?.[plan.id] ?? plan.pii;
  const remove = (pii: Exclude<PiiClass, "none">): "drop" => {
    tally.removed[pii]++;
    return "drop";
  };
  return {
    field(plan, value, { ancestors }): FieldDecision {
      const pii = classOf(plan);
      if (pii === "direct") return remove("direct");
      if (pii === "quasi" && !keptByName(plan, ancestors, keep)) return remove("quasi");
      if (plan.shape.kind !== "leaf") return "descend";
      if (options.freeText === "remove" && plan.freeText && pii !== "none") return remove(pii);
      if (plan.schema.safeParse(value).success) return "keep";
      tally.nonConforming++;
      return "drop";
    },
    extension(namespace, key) {
      const pii = extensionClass(profile, namespace, key);
      if (pii === "direct") return remove("direct");
      if (pii === "quasi" && !keep.has(extensionFieldName(namespace, key))) return remove("quasi");
      return "keep";
    },
    unknownKey() {
      tally.unknownKeys++;
      return "drop";
    },
  };
}

function keptByName(plan: FieldPlan, ancestors: readonly FieldPlan[], keep: ReadonlySet<string>): boolean {
  return keep.has(plan.id) || ancestors.some((ancestor) => ancestor.pii === "quasi" && keep.has(ancestor.id));
}
