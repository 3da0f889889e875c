import type { FieldId } from "@tip/schema";
import { ALL_PLANS, type FieldPlan, unwrap } from "../model/object-plans.js";

type Def = { readonly type?: string; readonly format?: string; readonly element?: unknown };

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

function isUuid(schema: unknown): boolean {
  const def = defOf(schema);
  return def.type === "string" && def.format === "uuid";
}

/** Whether a field holds one UUID (`"one"`) or a list of them (`"many"`). */
function uuidArity(plan: FieldPlan): "one" | "many" | undefined {
  if (isUuid(plan.inner)) return "one";
  const def = defOf(plan.inner);
  if (def.type === "array" && isUuid(unwrap(def.element as never).inner)) return "many";
  return undefined;
}

/**
 * Whether a field is a record id or a reference to one: a UUID (or list of UUIDs) of pii class `none` named
 * `id`, `…Id` or `…Ids`. Read from the schema, so a new reference field is pseudonymised without a change here.
 */
export function isIdField(plan: FieldPlan): boolean {
  return plan.pii === "none" && /^(id|.+Ids?)$/.test(plan.key) && uuidArity(plan) !== undefined;
}

/** Every field pseudonymised as an id or id reference (`victim.id`, `case.victimIds`, `referralParty.agencyId`...). */
export const ID_FIELDS: readonly FieldId[] = ALL_PLANS.filter(isIdField).map((plan) => plan.id);

/** The field holding the value of an external identifier (pseudonymised together with its system). */
export const EXTERNAL_ID_VALUE: FieldId = "externalId.value";

/** The field naming the system of an external identifier. */
export const EXTERNAL_ID_SYSTEM_KEY = "system";
