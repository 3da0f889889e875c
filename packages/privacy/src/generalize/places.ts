import { ALL_PLANS, type FieldPlan, type ObjectName, plansOf } from "../model/object-plans.js";

/** Objects of the model describing a place (they have a country and a city): event places, addresses. */
export const PLACE_OBJECTS: ReadonlySet<ObjectName> = new Set(
  ALL_PLANS.filter((plan) => plan.key === "city")
    .map((plan) => plan.object)
    .filter((object) => plansOf(object).has("country")),
);

/**
 * Whether generalising places to the country removes this field: a personal part of a place other than its
 * country, or a free-text location (`…Location`), which cannot be cut down to a country.
 */
export function removedByPlaceGeneralization(plan: FieldPlan): boolean {
  if (plan.pii === "none") return false;
  if (PLACE_OBJECTS.has(plan.object)) return plan.key !== "country";
  return plan.shape.kind === "leaf" && /Location$/.test(plan.key);
}
