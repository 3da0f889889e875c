import type { FieldId, FieldNode } from "@tip/schema";
import { ALL_PLANS, type FieldPlan } from "../model/object-plans.js";

function isUuid(node: FieldNode): boolean {
  return node.type === "string" && node.format === "uuid";
}

/** Whether a field holds one UUID (`"one"`) or a list of them (`"many"`). */
function uuidArity(plan: FieldPlan): "one" | "many" | undefined {
  if (isUuid(plan.node)) return "one";
  if (plan.node.type === "array" && isUuid(plan.node.item)) return "many";
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
