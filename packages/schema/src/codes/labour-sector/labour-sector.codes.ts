import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Sectors of forced labour as CTDC records them (`typeOfLabour*` columns); an empty answer is absence, not a code. */
export const labourSector = defineCodeList("labour_sector", {
  agriculture: { ctdc: ["typeOfLabourAgriculture"] },
  aquafarming: { ctdc: ["typeOfLabourAquafarming"] },
  begging: { ctdc: ["typeOfLabourBegging"] },
  construction: { ctdc: ["typeOfLabourConstruction"] },
  domestic_work: { ctdc: ["typeOfLabourDomesticWork"] },
  hospitality: { ctdc: ["typeOfLabourHospitality"] },
  illicit_activities: { ctdc: ["typeOfLabourIllicitActivities"] },
  manufacturing: { ctdc: ["typeOfLabourManufacturing"] },
  mining_or_drilling: { ctdc: ["typeOfLabourMiningOrDrilling"] },
  peddling: { ctdc: ["typeOfLabourPeddling"] },
  transportation: { ctdc: ["typeOfLabourTransportation"] },
  other: { ctdc: ["typeOfLabourOther"] },
});

/** A code of the `labour_sector` list. */
export type LabourSectorCode = CodeOf<typeof labourSector>;
