import type { VectorSpec } from "../vector.js";

const recordType = "criminalGroup";

/** Structural mistakes and one vector per cross-field rule of an organised criminal group record. */
export const CRIMINAL_GROUP_SPECS: readonly VectorSpec[] = [
  {
    recordType,
    name: "invalid_code",
    description: "`hierarchy` alone is not one of UNODC's five structures",
    from: "example",
    patch: [{ op: "replace", path: "/structure", value: "hierarchy" }],
    expected: [{ code: "invalid_code", path: "/structure" }],
  },
  {
    recordType,
    name: "invalid_type",
    description: "An estimated size written as text",
    from: "example",
    patch: [{ op: "replace", path: "/estimatedMembers", value: "about ten" }],
    expected: [{ code: "invalid_type", path: "/estimatedMembers" }],
  },
  {
    recordType,
    name: "criminal_group_too_small",
    description: "A group of two persons: UNTOC Art. 2(a) needs three or more (a warning)",
    from: "example",
    patch: [{ op: "replace", path: "/estimatedMembers", value: 2 }],
    expected: [{ code: "criminal_group_too_small", path: "/estimatedMembers" }],
  },
  {
    recordType,
    name: "amount_without_currency",
    description: "The value of seized assets without its currency",
    from: "example",
    patch: [{ op: "remove", path: "/assetActions/0/currency" }],
    expected: [{ code: "amount_without_currency", path: "/assetActions/0/value" }],
  },
  {
    recordType,
    name: "former_country_code",
    description: "A group operating in Yugoslavia (YU): kept, with a warning",
    from: "example",
    patch: [{ op: "replace", path: "/countries/0", value: "YU" }],
    expected: [{ code: "former_country_code", path: "/countries/0" }],
  },
];
