import { EXAMPLES } from "@tip/schema";
import type { VectorSpec } from "../vector.js";

const recordType = "case";
const EXAMPLE_IDS = { victim: EXAMPLES.victim.id };
/** A second victim of the example case (a fixed UUID; the vectors check one record at a time). */
const SECOND_VICTIM = "4c6b8a2e-7d1f-4e3a-9b5c-2a8d6f0e1b37";

/** Structural mistakes and one vector per cross-field rule of a case record. */
export const CASE_SPECS: readonly VectorSpec[] = [
  {
    recordType,
    name: "required",
    description: "A financial investigation must say whether it was opened",
    from: "example",
    patch: [{ op: "remove", path: "/financialInvestigation/opened" }],
    expected: [{ code: "required", path: "/financialInvestigation/opened" }],
  },
  {
    recordType,
    name: "invalid_type",
    description: "`transnational` is a boolean, not the text `yes`",
    from: "example",
    patch: [{ op: "replace", path: "/transnational", value: "yes" }],
    expected: [{ code: "invalid_type", path: "/transnational" }],
  },
  {
    recordType,
    name: "unknown_field",
    description: "`victimIDs` (typo of `victimIds`) is not a field of a case",
    from: "example",
    patch: [{ op: "move", from: "/victimIds", path: "/victimIDs" }],
    // A key moved or added by the patch comes last: the issue points at its object and numbers the key.
    expected: [{ code: "unknown_field", path: "", position: Object.keys(EXAMPLES.case).length }],
  },
  {
    recordType,
    name: "invalid_code",
    description: "`open` is not a code of the case_status list",
    from: "example",
    patch: [{ op: "replace", path: "/status", value: "open" }],
    expected: [{ code: "invalid_code", path: "/status" }],
  },
  {
    recordType,
    name: "invalid_format",
    description: "`openedOn` must be an ISO 8601 date, not DD/MM/YYYY",
    from: "example",
    patch: [{ op: "replace", path: "/openedOn", value: "02/08/2023" }],
    expected: [{ code: "invalid_format", path: "/openedOn" }],
  },
  {
    recordType,
    name: "too_small",
    description: "The value of an asset action cannot be negative",
    from: "example",
    patch: [{ op: "replace", path: "/financialInvestigation/assetActions/0/value", value: -25000 }],
    expected: [{ code: "too_small", path: "/financialInvestigation/assetActions/0/value" }],
  },
  {
    recordType,
    name: "too_big",
    description: "A latitude above 90 degrees",
    from: "example",
    patch: [{ op: "add", path: "/events/2/place/latitude", value: 106.5 }],
    expected: [{ code: "too_big", path: "/events/2/place/latitude" }],
  },
  {
    recordType,
    name: "dates_out_of_order",
    description: "The case is closed before it was opened",
    from: "example",
    patch: [{ op: "add", path: "/closedOn", value: "2023-07-01" }],
    expected: [{ code: "dates_out_of_order", path: "/closedOn" }],
  },
  {
    recordType,
    name: "sentence_without_conviction",
    description: "A prison sentence at the prosecution stage, with no convicting verdict",
    from: "example",
    patch: [{ op: "add", path: "/proceedings/penalties", value: [{ type: "imprisonment", months: 24 }] }],
    expected: [{ code: "sentence_without_conviction", path: "/proceedings/penalties" }],
  },
  {
    recordType,
    name: "amount_without_currency",
    description: "The value of frozen assets without its currency",
    from: "example",
    patch: [{ op: "remove", path: "/financialInvestigation/assetActions/0/currency" }],
    expected: [{ code: "amount_without_currency", path: "/financialInvestigation/assetActions/0/value" }],
  },
  {
    recordType,
    name: "iccs_code_missing_for_purpose",
    description: "Sexual exploitation is added to the purposes but the ICCS codes lack 02041 (a warning)",
    from: "example",
    patch: [{ op: "add", path: "/purposes/-", value: "sexual_exploitation" }],
    expected: [{ code: "iccs_code_missing_for_purpose", path: `/purposes/${EXAMPLES.case.purposes.length}` }],
  },
  {
    recordType,
    name: "two-victims-interleaved",
    description:
      "Two victims of one case whose timelines interleave (the second recruited before the first is exploited): each victim's dates are in order, so valid",
    from: "example",
    patch: [
      { op: "add", path: "/victimIds/-", value: SECOND_VICTIM },
      {
        op: "replace",
        path: "/events",
        value: [
          { victimId: EXAMPLE_IDS.victim, role: "recruitment", date: "2022-01" },
          { victimId: SECOND_VICTIM, role: "recruitment", date: "2022-03" },
          { victimId: EXAMPLE_IDS.victim, role: "exploitation", date: "2022-02" },
          { victimId: SECOND_VICTIM, role: "exploitation", date: "2022-05" },
          { victimId: EXAMPLE_IDS.victim, role: "identification", date: "2022-04" },
        ],
      },
    ],
    expected: [],
  },
  {
    recordType,
    name: "re-trafficking",
    description:
      "A victim exploited again after identification: a second recruitment and exploitation (valid)",
    from: "example",
    patch: [
      {
        op: "replace",
        path: "/events",
        value: [
          { victimId: EXAMPLE_IDS.victim, role: "recruitment", date: "2021-01" },
          { victimId: EXAMPLE_IDS.victim, role: "exploitation", date: "2021-03" },
          { victimId: EXAMPLE_IDS.victim, role: "identification", date: "2021-06" },
          { victimId: EXAMPLE_IDS.victim, role: "recruitment", date: "2022-02" },
          { victimId: EXAMPLE_IDS.victim, role: "exploitation", date: "2022-04" },
          { victimId: EXAMPLE_IDS.victim, role: "identification", date: "2022-09" },
        ],
      },
    ],
    expected: [],
  },
  {
    recordType,
    name: "re-trafficked-before-identification",
    description: "The second recruitment of a re-trafficked victim is dated before the first identification",
    from: "example",
    patch: [
      {
        op: "replace",
        path: "/events",
        value: [
          { victimId: EXAMPLE_IDS.victim, role: "recruitment", date: "2021-01" },
          { victimId: EXAMPLE_IDS.victim, role: "identification", date: "2021-06" },
          { victimId: EXAMPLE_IDS.victim, role: "recruitment", date: "2021-05" },
        ],
      },
    ],
    expected: [{ code: "dates_out_of_order", path: "/events/2/date" }],
  },
  {
    recordType,
    name: "former_country_code",
    description: "An event in the Netherlands Antilles (AN, withdrawn 2010): kept, with a warning",
    from: "example",
    patch: [{ op: "replace", path: "/events/0/place/country", value: "AN" }],
    expected: [{ code: "former_country_code", path: "/events/0/place/country" }],
  },
  {
    recordType,
    name: "iccs-forced-marriage",
    description:
      "A case whose related offences are forced marriage (ICCS 020292), illegal adoption (020291) and participation in an organized criminal group (09051): valid",
    from: "example",
    patch: [{ op: "replace", path: "/relatedOffences", value: ["020292", "020291", "09051"] }],
    expected: [],
  },
];
