import type { VectorSpec } from "../vector.js";

const recordType = "financialInquiry";

/** Structural mistakes and one vector per cross-field rule of a financial inquiry record. */
export const FINANCIAL_INQUIRY_SPECS: readonly VectorSpec[] = [
  {
    recordType,
    name: "invalid_code",
    description: "`returned` is not an action on assets; the code is `returned_to_victim`",
    from: "example",
    patch: [{ op: "replace", path: "/assetActions/0/action", value: "returned" }],
    expected: [{ code: "invalid_code", path: "/assetActions/0/action" }],
  },
  {
    recordType,
    name: "invalid_format",
    description: "A currency written as a symbol instead of its ISO 4217 code",
    from: "example",
    patch: [{ op: "replace", path: "/assetActions/1/currency", value: "$" }],
    expected: [{ code: "invalid_format", path: "/assetActions/1/currency" }],
  },
  {
    recordType,
    name: "dates_out_of_order",
    description: "An inquiry closed before it was opened",
    from: "example",
    patch: [{ op: "add", path: "/closedOn", value: "2023-01-01" }],
    expected: [{ code: "dates_out_of_order", path: "/closedOn" }],
  },
  {
    recordType,
    name: "amount_without_currency",
    description: "The value of confiscated assets without its currency",
    from: "example",
    patch: [{ op: "remove", path: "/assetActions/1/currency" }],
    expected: [{ code: "amount_without_currency", path: "/assetActions/1/value" }],
  },
  {
    recordType,
    name: "former_country_code",
    description: "An inquiry recorded for Serbia and Montenegro (CS): kept, with a warning",
    from: "example",
    patch: [{ op: "replace", path: "/country", value: "CS" }],
    expected: [{ code: "former_country_code", path: "/country" }],
  },
];
