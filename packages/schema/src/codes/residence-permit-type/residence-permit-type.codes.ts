import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Kind of permission to stay granted or asked for a victim of trafficking. */
export const residencePermitType = defineCodeList("residence_permit_type", {
  temporary: {},
  permanent: {},
  humanitarian: {},
  international_protection: {},
  other: {},
});

/** A code of the `residence_permit_type` list. */
export type ResidencePermitTypeCode = CodeOf<typeof residencePermitType>;
