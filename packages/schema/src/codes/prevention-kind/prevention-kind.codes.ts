import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Kind of prevention activity (Palermo Protocol Art. 9: research, information and media campaigns; Art. 10(2): training of officials). */
export const preventionKind = defineCodeList("prevention_kind", {
  awareness_campaign: {},
  training: {},
  other: {},
});

/** A code of the `prevention_kind` list. */
export type PreventionKindCode = CodeOf<typeof preventionKind>;
