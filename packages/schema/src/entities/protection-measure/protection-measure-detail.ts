import type { ProtectionMeasureKindCode } from "../../codes/protection-measure-kind/protection-measure-kind.codes.js";

/** The part of a protection measure that holds the detail of its kind. */
export type ProtectionDetailKey = "compensation" | "residence" | "reintegration" | "nonPunishment";

/**
 * Which part of a protection measure holds the detail of each kind: a restitution is recorded like a
 * compensation, a reflection period like a residence permit. A measure carries that part and no other.
 */
export const PROTECTION_DETAIL_OF_KIND: Readonly<Record<ProtectionMeasureKindCode, ProtectionDetailKey>> = {
  compensation: "compensation",
  restitution: "compensation",
  residence_permit: "residence",
  reflection_period: "residence",
  return_reintegration: "reintegration",
  non_punishment: "nonPunishment",
};
