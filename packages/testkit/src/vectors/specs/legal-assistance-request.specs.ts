import type { VectorSpec } from "../vector.js";

const recordType = "legalAssistanceRequest";

/** Structural mistakes and one vector per cross-field rule of a mutual legal assistance request. */
export const LEGAL_ASSISTANCE_REQUEST_SPECS: readonly VectorSpec[] = [
  {
    recordType,
    name: "required",
    description: "A request must say where it stands (its status)",
    from: "example",
    patch: [{ op: "remove", path: "/status" }],
    expected: [{ code: "required", path: "/status" }],
  },
  {
    recordType,
    name: "invalid_code",
    description: "`palermo` is not a legal basis code: Palermo Protocol offences rely on UNTOC Art. 18",
    from: "example",
    patch: [{ op: "replace", path: "/legalBasis", value: "palermo" }],
    expected: [{ code: "invalid_code", path: "/legalBasis" }],
  },
  {
    recordType,
    name: "legal_assistance_same_country",
    description: "A request from a country to itself",
    from: "example",
    patch: [{ op: "replace", path: "/requestedCountry", value: "TT" }],
    expected: [{ code: "legal_assistance_same_country", path: "/requestedCountry" }],
  },
  {
    recordType,
    name: "dates_out_of_order",
    description: "A request received before it was sent",
    from: "example",
    patch: [{ op: "replace", path: "/receivedOn", value: "2023-07-01" }],
    expected: [{ code: "dates_out_of_order", path: "/receivedOn" }],
  },
  {
    recordType,
    name: "former_country_code",
    description: "A request to the Netherlands Antilles (AN): kept, with a warning",
    from: "example",
    patch: [{ op: "replace", path: "/requestedCountry", value: "AN" }],
    expected: [{ code: "former_country_code", path: "/requestedCountry" }],
  },
];
