import type { FieldId } from "@tip/schema";
import { ALL_PLANS } from "../model/object-plans.js";

/**
 * Timestamps the model classes `none` (`createdAt`, `updatedAt`, referral status changes) that `anonymize`
 * treats as quasi identifiers: a record created the minute a person was identified dates that identification
 * as precisely as the date it removes. The envelope's `sentAt` is not about a person and stays.
 */
export const TIMESTAMP_FIELDS: readonly FieldId[] = ALL_PLANS.filter(
  (plan) => plan.dateKind === "datetime" && plan.pii === "none" && plan.object !== "bundle",
).map((plan) => plan.id);
