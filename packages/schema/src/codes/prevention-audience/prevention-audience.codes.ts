import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Who a prevention activity is aimed at: the public, groups of officials trained (Palermo Protocol Art. 10(2)), groups at risk, or the private sector. */
export const preventionAudience = defineCodeList("prevention_audience", {
  general_public: {},
  police: {},
  labour_inspectors: {},
  judges: {},
  prosecutors: {},
  border_guards: {},
  health_workers: {},
  social_workers: {},
  other_officials: {},
  at_risk_groups: {},
  private_sector: {},
  other: {},
});

/** A code of the `prevention_audience` list. */
export type PreventionAudienceCode = CodeOf<typeof preventionAudience>;
