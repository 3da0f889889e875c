import type { VectorSpec } from "../vector.js";

const recordType = "sgbvIncident";

/** Structural mistakes and one vector per cross-field rule of an SGBV incident record. */
export const SGBV_INCIDENT_SPECS: readonly VectorSpec[] = [
  {
    recordType,
    name: "required",
    description: "An incident must say what happened, by the GBVIMS core types",
    from: "example",
    patch: [{ op: "remove", path: "/type" }],
    expected: [{ code: "required", path: "/type" }],
  },
  {
    recordType,
    name: "invalid_code",
    description: "`domestic_violence` is a context in GBVIMS, not one of its six core types",
    from: "example",
    patch: [{ op: "replace", path: "/type", value: "domestic_violence" }],
    expected: [{ code: "invalid_code", path: "/type" }],
  },
  {
    recordType,
    name: "invalid_format",
    description: "An approximate date written as text instead of YYYY, YYYY-MM or YYYY-MM-DD",
    from: "example",
    patch: [{ op: "replace", path: "/date", value: "October 2022" }],
    expected: [{ code: "invalid_format", path: "/date" }],
  },
  {
    recordType,
    name: "perpetrator_unknown_with_others",
    description: "Unknown listed together with a known perpetrator",
    from: "example",
    patch: [{ op: "add", path: "/perpetratorKinds/-", value: "unknown" }],
    expected: [{ code: "perpetrator_unknown_with_others", path: "/perpetratorKinds" }],
  },
  {
    recordType,
    name: "former_country_code",
    description: "An incident in the Netherlands Antilles (AN): kept, with a warning",
    from: "example",
    patch: [{ op: "replace", path: "/country", value: "AN" }],
    expected: [{ code: "former_country_code", path: "/country" }],
  },
];
