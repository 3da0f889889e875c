/**
 * The 27 variables of the CTDC global synthetic data set, codebook version 2 (February 2024), in codebook
 * order. This is the one thing the model's metadata cannot say (which of its CTDC columns the 2024 shape
 * kept, and in what order); what each column means is still derived from the metadata, and a test checks that
 * every name here is a CTDC column of the model.
 */
export const CTDC_2024_COLUMNS = [
  "yearOfRegistration",
  "gender",
  "ageBroad",
  "citizenship",
  "CountryOfExploitation",
  "traffickMonths",
  "meansDebtBondageEarnings",
  "meansThreats",
  "meansAbusePsyPhySex",
  "meansFalsePromises",
  "meansDrugsAlcohol",
  "meansDenyBasicNeeds",
  "meansExcessiveWorkHours",
  "meansWithholdDocs",
  "isForcedLabour",
  "isSexualExploit",
  "isOtherExploit",
  "typeOfLabourAgriculture",
  "typeOfLabourConstruction",
  "typeOfLabourDomesticWork",
  "typeOfLabourHospitality",
  "typeOfSexProstitution",
  "typeOfSexPornography",
  "recruiterRelationIntimatePartner",
  "recruiterRelationFriend",
  "recruiterRelationFamily",
  "recruiterRelationOther",
] as const;

/** A column of the CTDC 2024 synthetic shape. */
export type Ctdc2024Column = (typeof CTDC_2024_COLUMNS)[number];
