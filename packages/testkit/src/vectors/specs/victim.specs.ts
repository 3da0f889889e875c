import { EXAMPLES } from "@tip/schema";
import type { VectorSpec } from "../vector.js";

const recordType = "victim";

/** Structural mistakes and one vector per cross-field rule of a victim record. */
export const VICTIM_SPECS: readonly VectorSpec[] = [
  {
    recordType,
    name: "required",
    description: "A consent record must say whether consent was given",
    from: "example",
    patch: [{ op: "remove", path: "/consents/0/given" }],
    expected: [{ code: "required", path: "/consents/0/given" }],
  },
  {
    recordType,
    name: "invalid_type",
    description: "An age given as text, as spreadsheets export it",
    from: "example",
    patch: [{ op: "replace", path: "/ageAtIdentification", value: "22" }],
    expected: [{ code: "invalid_type", path: "/ageAtIdentification" }],
  },
  {
    recordType,
    name: "unknown_field",
    description: "`citizenship` written for `citizenships`",
    from: "example",
    patch: [{ op: "move", from: "/citizenships", path: "/citizenship" }],
    // A key moved or added by the patch comes last: the issue points at its object and numbers the key.
    expected: [{ code: "unknown_field", path: "", position: Object.keys(EXAMPLES.victim).length }],
  },
  {
    recordType,
    name: "invalid_code",
    description: "An ISO alpha-3 country code (VEN) where the model takes alpha-2 (VE)",
    from: "example",
    patch: [{ op: "replace", path: "/citizenships/0", value: "VEN" }],
    expected: [{ code: "invalid_code", path: "/citizenships/0" }],
  },
  {
    recordType,
    name: "invalid_format",
    description: "A birth date written DD/MM/YYYY",
    from: "example",
    patch: [{ op: "replace", path: "/birthDate", value: "14/05/2001" }],
    expected: [{ code: "invalid_format", path: "/birthDate" }],
  },
  {
    recordType,
    name: "too_small",
    description: "A negative number of children",
    from: "example",
    patch: [{ op: "add", path: "/numberOfChildren", value: -1 }],
    expected: [{ code: "too_small", path: "/numberOfChildren" }],
  },
  {
    recordType,
    name: "too_big",
    description: "An age above 130",
    from: "example",
    patch: [{ op: "replace", path: "/ageAtIdentification", value: 220 }],
    expected: [{ code: "too_big", path: "/ageAtIdentification" }],
  },
  {
    recordType,
    name: "adult_victim_without_means",
    description:
      "An adult identified as a victim with neither Palermo means nor means of control (Art. 3(a))",
    from: "example",
    patch: [
      { op: "remove", path: "/exploitation/palermoMeans" },
      { op: "remove", path: "/exploitation/meansOfControl" },
    ],
    expected: [{ code: "adult_victim_without_means", path: "/identification/status" }],
  },
  {
    recordType,
    name: "dates_out_of_order",
    description: "Exploitation ends (October 2022) before it starts (20 November 2022)",
    from: "example",
    patch: [{ op: "replace", path: "/exploitation/endDate", value: "2022-10" }],
    expected: [{ code: "dates_out_of_order", path: "/exploitation/endDate" }],
  },
  {
    recordType,
    name: "age_inconsistent_with_birth_date",
    description: "The birth year disagrees with the birth date",
    from: "example",
    patch: [{ op: "replace", path: "/birthYear", value: 2000 }],
    expected: [{ code: "age_inconsistent_with_birth_date", path: "/birthYear" }],
  },
  {
    recordType,
    name: "majority_status_inconsistent",
    description: "Recorded as a child at exploitation although 21 years old then",
    from: "example",
    patch: [{ op: "replace", path: "/majorityStatusAtExploitation", value: "child" }],
    expected: [{ code: "majority_status_inconsistent", path: "/majorityStatusAtExploitation" }],
  },
  {
    recordType,
    name: "labour_detail_without_forced_labour",
    description: "A labour industry and sector kept after the form was changed to sexual exploitation",
    from: "example",
    patch: [{ op: "replace", path: "/exploitation/forms", value: ["sexual_exploitation"] }],
    expected: [{ code: "labour_detail_without_forced_labour", path: "/exploitation/labourIndustry" }],
  },
  {
    recordType,
    name: "sexual_exploitation_type_without_sexual_exploitation",
    description: "A type of sexual exploitation for a victim of forced labour only",
    from: "example",
    patch: [{ op: "add", path: "/exploitation/sexualExploitationTypes", value: ["prostitution"] }],
    expected: [
      {
        code: "sexual_exploitation_type_without_sexual_exploitation",
        path: "/exploitation/sexualExploitationTypes",
      },
    ],
  },
  {
    recordType,
    name: "implausible_age_for_labour",
    description: "Forced labour of a two-year-old: legal but almost always a typing error (a warning)",
    from: "example",
    patch: [
      { op: "remove", path: "/birthDate" },
      { op: "remove", path: "/birthYear" },
      { op: "remove", path: "/ageAtRecruitment" },
      { op: "replace", path: "/ageAtIdentification", value: 3 },
      { op: "replace", path: "/ageAtExploitation", value: 2 },
      { op: "replace", path: "/ageBand", value: "0-8" },
      { op: "replace", path: "/majorityStatus", value: "child" },
      { op: "replace", path: "/majorityStatusAtExploitation", value: "child" },
    ],
    expected: [{ code: "implausible_age_for_labour", path: "/ageAtExploitation" }],
  },
  {
    recordType,
    name: "recruited-at-17-exploited-at-18",
    description:
      "Recruited at 17, exploited from 18, no means recorded: a child victim (Palermo Art. 3(c)/(d) looks at the first act), so valid with no finding",
    from: "example",
    patch: [
      { op: "replace", path: "/birthDate", value: "2004-06-10" },
      { op: "replace", path: "/birthYear", value: 2004 },
      { op: "remove", path: "/ageAtRecruitment" },
      { op: "replace", path: "/ageAtExploitation", value: 18 },
      { op: "replace", path: "/ageAtIdentification", value: 19 },
      { op: "replace", path: "/ageBand", value: "18-20" },
      { op: "replace", path: "/exploitation/recruitmentDate", value: "2022-03-01" },
      { op: "replace", path: "/exploitation/startDate", value: "2022-07-01" },
      { op: "remove", path: "/exploitation/palermoMeans" },
      { op: "remove", path: "/exploitation/meansOfControl" },
    ],
    expected: [],
  },
  {
    recordType,
    name: "forced-criminality-labour-detail",
    description:
      "Forced criminality with its work recorded as a labour sector (CTDC typeOfLabourIllicitActivities): valid",
    from: "example",
    patch: [
      { op: "replace", path: "/exploitation/forms", value: ["forced_criminality"] },
      { op: "remove", path: "/exploitation/labourIndustry" },
      { op: "replace", path: "/exploitation/labourSectors", value: ["illicit_activities"] },
    ],
    expected: [],
  },
  {
    recordType,
    name: "kosovo-citizen",
    description: "A citizen of Kosovo, written with the user-assigned code XK: valid",
    from: "example",
    patch: [{ op: "replace", path: "/citizenships/0", value: "XK" }],
    expected: [],
  },
  {
    recordType,
    name: "former_country_code",
    description:
      "A citizen of the Netherlands Antilles (AN, withdrawn 2010 with three successors), as CTDC writes it: kept, with a warning",
    from: "example",
    patch: [{ op: "replace", path: "/citizenships/0", value: "AN" }],
    expected: [{ code: "former_country_code", path: "/citizenships/0" }],
  },
  {
    recordType,
    name: "nahuatl-speaker",
    description:
      "A victim whose first language is Nahuatl (ISO 639-2 collective nah), who also speaks Guerrero Nahuatl (ISO 639-3 ngu) and Spanish: valid",
    from: "example",
    patch: [
      { op: "replace", path: "/primaryLanguage", value: "nah" },
      { op: "add", path: "/otherLanguages", value: ["ngu", "es"] },
    ],
    expected: [],
  },
  {
    recordType,
    name: "kiche-wayuu-garifuna-speaker",
    description:
      "ISO 639-3 codes of individual languages of the region (K'iche' quc, Wayuu guc, Garifuna cab): valid",
    from: "example",
    patch: [
      { op: "replace", path: "/primaryLanguage", value: "quc" },
      { op: "add", path: "/otherLanguages", value: ["guc", "cab"] },
    ],
    expected: [],
  },
  {
    recordType,
    name: "language-as-iso-639-2",
    description: "Quechua written with its ISO 639-2 / 639-3 code que: the model holds the ISO 639-1 code qu",
    from: "example",
    patch: [{ op: "replace", path: "/primaryLanguage", value: "que" }],
    expected: [{ code: "invalid_code", path: "/primaryLanguage" }],
  },
];
