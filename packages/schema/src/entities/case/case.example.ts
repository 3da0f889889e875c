import { EXAMPLE_IDS } from "../../model/example-ids.js";
import type { Case } from "./case.schema.js";

/** A fictitious, fully filled case record (documentation and JSON Schema `examples`). */
export const caseExample = {
  recordType: "case",
  id: EXAMPLE_IDS.case,
  status: "active",
  openedOn: "2023-08-02",
  acts: ["recruitment", "transportation", "harbouring"],
  means: ["deception", "abuse_of_vulnerability"],
  purposes: ["forced_labour"],
  iccsCodes: ["02042"],
  relatedOffences: ["08051"],
  events: [
    { role: "recruitment", place: { country: "VE" }, date: "2022-09" },
    { role: "transit", place: { country: "VE" }, date: "2022-11" },
    {
      role: "exploitation",
      place: { country: "TT", region: "Example region" },
      date: "2022-11-20",
      endDate: "2023-07",
    },
  ],
  transnational: true,
  organisedCrime: "organised_criminal_group",
  technologyUses: [{ purpose: "recruitment", platform: "facebook" }],
  financialInvestigation: {
    opened: true,
    openedOn: "2023-09-01",
    assetActions: [{ action: "frozen", value: 25000, currency: "TTD", date: "2023-10-12" }],
  },
  proceedings: {
    stage: "prosecution",
    charges: [{ iccs: "02042", legalProvision: "Trafficking in Persons Act, s. 16" }],
    prosecutionStartedOn: "2024-01-15",
  },
  victimIds: [EXAMPLE_IDS.victim],
  perpetratorIds: [EXAMPLE_IDS.perpetrator],
  reportingAgencyIds: [EXAMPLE_IDS.agencyDestination],
  leadAgencyId: EXAMPLE_IDS.agencyDestination,
} as const satisfies Case;
