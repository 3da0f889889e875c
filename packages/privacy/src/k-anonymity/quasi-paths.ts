import { RECORD_TYPES, type RecordType } from "@tip/schema";
import { type FieldPlan, type ObjectName, planOfField, plansOf } from "../model/object-plans.js";

/** A quasi identifier located in one record type: the properties to follow from the record down. */
export interface QuasiPath {
  readonly field: string;
  /** The plans along the path, the record's own property first and the field's last. */
  readonly plans: readonly FieldPlan[];
}

/** Record types whose quasi identifiers are looked at (a bundle's envelope describes no person). */
const PERSON_RECORD_TYPES = RECORD_TYPES.filter((type) => type !== "bundle");

/** The paths from an object down to every occurrence of `target`, through single objects only. */
function pathsTo(object: ObjectName, target: FieldPlan, seen: readonly ObjectName[]): FieldPlan[][] {
  const found: FieldPlan[][] = [];
  for (const plan of plansOf(object).values()) {
    if (plan === target) found.push([plan]);
    else if (plan.shape.kind === "object" && !seen.includes(plan.shape.object)) {
      for (const rest of pathsTo(plan.shape.object, target, [...seen, object])) found.push([plan, ...rest]);
    }
  }
  return found;
}

/**
 * Where each quasi identifier (a field id such as `victim.sex` or `identification.country`) sits in each record
 * type. Throws a `RangeError` for an unknown field id, for a field that is reachable only through a list of
 * objects (its value would not be one value per record) and for one reachable along two paths.
 */
export function resolveQuasi(fields: readonly string[]): ReadonlyMap<RecordType, readonly QuasiPath[]> {
  const byType = new Map<RecordType, QuasiPath[]>();
  for (const field of fields) {
    const target = planOfField(field);
    if (target === undefined)
      throw new RangeError(`Unknown quasi identifier ${field}: use a field id such as victim.sex`);
    let reachable = false;
    for (const type of PERSON_RECORD_TYPES) {
      const paths = pathsTo(type, target, []);
      if (paths.length > 1)
        throw new RangeError(`Quasi identifier ${field} is reachable along several paths`);
      const path = paths[0];
      if (path === undefined) continue;
      reachable = true;
      const list = byType.get(type) ?? [];
      list.push({ field, plans: path });
      byType.set(type, list);
    }
    if (!reachable) {
      throw new RangeError(
        `Quasi identifier ${field} is not one value per record (it sits in a list of objects)`,
      );
    }
  }
  return byType;
}
