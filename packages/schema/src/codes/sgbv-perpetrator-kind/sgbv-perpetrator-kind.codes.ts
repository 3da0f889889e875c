import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Who committed an incident of sexual or gender-based violence on the migration route. */
export const sgbvPerpetratorKind = defineCodeList("sgbv_perpetrator_kind", {
  smuggler: {},
  trafficker: {},
  official: {},
  armed_group: {},
  other_migrant: {},
  intimate_partner: {},
  family_member: {},
  other: {},
  unknown: {},
});

/** A code of the `sgbv_perpetrator_kind` list. */
export type SgbvPerpetratorKindCode = CodeOf<typeof sgbvPerpetratorKind>;
