import type { VectorSpec } from "../vector.js";

const recordType = "protectionMeasure";

/** Structural mistakes and one vector per cross-field rule of a protection measure record. */
export const PROTECTION_MEASURE_SPECS: readonly VectorSpec[] = [
  {
    recordType,
    name: "required",
    description: "A protection measure is always for a victim",
    from: "example",
    patch: [{ op: "remove", path: "/victimId" }],
    expected: [{ code: "required", path: "/victimId" }],
  },
  {
    recordType,
    name: "invalid_code",
    description: "`court` is not a source code: the source is `court_order`",
    from: "example",
    patch: [{ op: "replace", path: "/compensation/source", value: "court" }],
    expected: [{ code: "invalid_code", path: "/compensation/source" }],
  },
  {
    recordType,
    name: "too_small",
    description: "A negative amount paid",
    from: "example",
    patch: [{ op: "replace", path: "/compensation/amountPaid", value: -1 }],
    expected: [{ code: "too_small", path: "/compensation/amountPaid" }],
  },
  {
    recordType,
    name: "valid-reflection-period",
    description: "A reflection period granted, with its residence detail",
    from: "example",
    patch: [
      { op: "replace", path: "/kind", value: "reflection_period" },
      { op: "remove", path: "/compensation" },
      {
        op: "add",
        path: "/residence",
        value: { decision: "granted", startDate: "2023-08-03", endDate: "2023-09-17" },
      },
    ],
    expected: [],
  },
  {
    recordType,
    name: "protection_detail_missing",
    description: "Non-punishment without its detail",
    from: "example",
    patch: [
      { op: "replace", path: "/kind", value: "non_punishment" },
      { op: "remove", path: "/compensation" },
    ],
    expected: [{ code: "protection_detail_missing", path: "/kind" }],
  },
  {
    recordType,
    name: "protection_detail_of_other_kind",
    description: "A compensation that also carries a return's detail",
    from: "example",
    patch: [{ op: "add", path: "/reintegration", value: { outcome: "in_progress" } }],
    expected: [{ code: "protection_detail_of_other_kind", path: "/reintegration" }],
  },
  {
    recordType,
    name: "compensation_paid_not_awarded",
    description: "A compensation marked paid but not awarded",
    from: "example",
    patch: [{ op: "replace", path: "/compensation/awarded", value: false }],
    expected: [{ code: "compensation_paid_not_awarded", path: "/compensation/awarded" }],
  },
  {
    recordType,
    name: "amount_without_currency",
    description: "An amount awarded without its currency",
    from: "example",
    patch: [{ op: "remove", path: "/compensation/currency" }],
    expected: [{ code: "amount_without_currency", path: "/compensation/amountAwarded" }],
  },
  {
    recordType,
    name: "compensation_paid_exceeds_award",
    description: "More paid than awarded (a warning)",
    from: "example",
    patch: [{ op: "replace", path: "/compensation/amountPaid", value: 90000 }],
    expected: [{ code: "compensation_paid_exceeds_award", path: "/compensation/amountPaid" }],
  },
  {
    recordType,
    name: "dates_out_of_order",
    description: "Paid before it was awarded",
    from: "example",
    patch: [{ op: "replace", path: "/compensation/paidOn", value: "2024-01-05" }],
    expected: [{ code: "dates_out_of_order", path: "/compensation/paidOn" }],
  },

  {
    recordType,
    name: "former_country_code",
    description: "A return to the Netherlands Antilles (AN): kept, with a warning",
    from: "example",
    patch: [
      { op: "replace", path: "/kind", value: "return_reintegration" },
      { op: "remove", path: "/compensation" },
      { op: "add", path: "/reintegration", value: { country: "AN", outcome: "in_progress" } },
    ],
    expected: [{ code: "former_country_code", path: "/reintegration/country" }],
  },
];
