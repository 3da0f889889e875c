import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Operational means traffickers use to control victims (CTDC `meansOfControl*` and 2024 `means*` columns, HTCDS `vic_MethodsOfControl`). */
export const meansOfControl = defineCodeList("means_of_control", {
  debt_bondage: { htcds: ["DebtBondage"], ctdc: ["meansOfControlDebtBondage", "meansDebtBondageEarnings"] },
  takes_earnings: {
    htcds: ["TakesEarnings"],
    ctdc: ["meansOfControlTakesEarnings", "meansDebtBondageEarnings"],
  },
  restricts_financial_access: {
    htcds: ["RestrictsFinancialAccess"],
    ctdc: ["meansOfControlRestrictsFinancialAccess", "meansDenyBasicNeeds"],
  },
  threats: { htcds: ["PhysicalThreats"], ctdc: ["meansOfControlThreats", "meansThreats"] },
  threats_to_family: { htcds: ["ThreatensChildrenFamily"] },
  psychological_abuse: {
    htcds: ["PsychologicalAbuse"],
    ctdc: ["meansOfControlPsychologicalAbuse", "meansAbusePsyPhySex"],
  },
  physical_abuse: { htcds: ["PhysicalAbuse"], ctdc: ["meansOfControlPhysicalAbuse", "meansAbusePsyPhySex"] },
  sexual_abuse: { htcds: ["SexualAbuse"], ctdc: ["meansOfControlSexualAbuse", "meansAbusePsyPhySex"] },
  false_promises: { htcds: ["FalsePromises"], ctdc: ["meansOfControlFalsePromises", "meansFalsePromises"] },
  psychoactive_substances: {
    htcds: ["PsychoactiveSubstance"],
    ctdc: ["meansOfControlPsychoactiveSubstances", "meansDrugsAlcohol"],
  },
  restricts_movement: { ctdc: ["meansOfControlRestrictsMovement", "meansDenyBasicNeeds"] },
  restricts_medical_care: {
    htcds: ["RestrictsMedicalCare"],
    ctdc: ["meansOfControlRestrictsMedicalCare", "meansDenyBasicNeeds"],
  },
  excessive_working_hours: {
    htcds: ["ExcessiveWorkingHours"],
    ctdc: ["meansOfControlExcessiveWorkingHours", "meansExcessiveWorkHours"],
  },
  uses_children: { ctdc: ["meansOfControlUsesChildren", "meansThreats"] },
  threat_of_law_enforcement: {
    htcds: ["ThreatsLawEnforcement"],
    ctdc: ["meansOfControlThreatOfLawEnforcement", "meansThreats"],
  },
  withholds_necessities: {
    htcds: ["WithholdsNecessities"],
    ctdc: ["meansOfControlWithholdsNecessities", "meansDenyBasicNeeds"],
  },
  withholds_documents: {
    htcds: ["WithholdsDocuments"],
    ctdc: ["meansOfControlWithholdsDocuments", "meansWithholdDocs"],
  },
  other: { htcds: ["Other"], ctdc: ["meansOfControlOther"] },
});

/** A code of the `means_of_control` list. */
export type MeansOfControlCode = CodeOf<typeof meansOfControl>;
