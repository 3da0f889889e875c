import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** ISIC Rev.4 sections A–U, the industry of forced labour (HTCDS `vic_ForcedLabourIndustry`). */
export const isicSection = defineCodeList("isic_section", {
  A: { htcds: ["A_AgricultureForestryAndFishing"] },
  B: { htcds: ["B_MiningAndQuarrying"] },
  C: { htcds: ["C_Manufacturing"] },
  D: { htcds: ["D_ElectricityGasSteamAndAirConditioningSupply"] },
  E: { htcds: ["E_WaterSupplySewerageWasteManagement"] },
  F: { htcds: ["F_Construction"] },
  G: { htcds: ["G_WholesaleAndRetailTradeRepairOfMotorVehicles"] },
  H: { htcds: ["H_TransportationAndStorage"] },
  I: { htcds: ["I_AccommodationAndFoodServiceActivities"] },
  J: { htcds: ["J_InformationAndCommunication"] },
  K: { htcds: ["K_FinancialAndInsuranceActivities"] },
  L: { htcds: ["L_RealEstateActivities"] },
  M: { htcds: ["M_ProfessionalScientificAndTechnicalActivities"] },
  N: { htcds: ["N_AdministrativeAndSupportServiceActivities"] },
  O: { htcds: ["O_PublicAdministrationAndDefence"] },
  P: { htcds: ["P_Education"] },
  Q: { htcds: ["Q_HumanHealthAndSocialWorkActivities"] },
  R: { htcds: ["R_ArtsEntertainmentAndRecreation"] },
  S: { htcds: ["S_OtherServiceActivities"] },
  T: { htcds: ["T_ActivitiesOfHouseholdsAsEmployers"] },
  U: { htcds: ["U_ActivitiesOfExtraterritorialOrganizations"] },
});

/** A code of the `isic_section` list. */
export type IsicSectionCode = CodeOf<typeof isicSection>;
