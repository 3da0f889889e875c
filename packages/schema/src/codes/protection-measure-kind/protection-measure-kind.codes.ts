import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Kind of protection measure for a victim of trafficking: redress (Palermo Protocol Art. 6(6)), residence and reflection (Art. 7), return and reintegration (Art. 8), and non-punishment. */
export const protectionMeasureKind = defineCodeList("protection_measure_kind", {
  compensation: {},
  restitution: {},
  residence_permit: {},
  reflection_period: {},
  return_reintegration: {},
  non_punishment: {},
});

/** A code of the `protection_measure_kind` list. */
export type ProtectionMeasureKindCode = CodeOf<typeof protectionMeasureKind>;
