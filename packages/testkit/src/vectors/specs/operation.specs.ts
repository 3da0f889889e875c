import type { VectorSpec } from "../vector.js";

const recordType = "operation";

/** Structural mistakes and one vector per cross-field rule of an operation record. */
export const OPERATION_SPECS: readonly VectorSpec[] = [
  {
    recordType,
    name: "invalid_code",
    description: "`raid` is not a kind of operation: an operation, a joint investigation team or other",
    from: "example",
    patch: [{ op: "replace", path: "/kind", value: "raid" }],
    expected: [{ code: "invalid_code", path: "/kind" }],
  },
  {
    recordType,
    name: "too_small",
    description: "A negative number of arrests",
    from: "example",
    patch: [{ op: "replace", path: "/arrests", value: -1 }],
    expected: [{ code: "too_small", path: "/arrests" }],
  },
  {
    recordType,
    name: "valid-more-arrests-than-identified",
    description: "More arrests than persons identified: the two counts measure different things, so no rule",
    from: "example",
    patch: [{ op: "replace", path: "/arrests", value: 9 }],
    expected: [],
  },
  {
    recordType,
    name: "dates_out_of_order",
    description: "An operation that ends before it starts",
    from: "example",
    patch: [{ op: "replace", path: "/endedOn", value: "2023-05-01" }],
    expected: [{ code: "dates_out_of_order", path: "/endedOn" }],
  },
  {
    recordType,
    name: "joint_investigation_one_country",
    description: "A joint investigation team that names one country only (UNTOC Art. 19 needs two States)",
    from: "example",
    patch: [{ op: "replace", path: "/countries", value: ["TT"] }],
    expected: [{ code: "joint_investigation_one_country", path: "/countries" }],
  },
  {
    recordType,
    name: "former_country_code",
    description: "A country involved given as the Netherlands Antilles (AN): kept, with a warning",
    from: "example",
    patch: [{ op: "replace", path: "/countries/1", value: "AN" }],
    expected: [{ code: "former_country_code", path: "/countries/1" }],
  },
];
