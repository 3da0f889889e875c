import type { VectorSpec } from "../vector.js";

const recordType = "aggregate";

/** Structural mistakes and one vector per cross-field rule of an aggregate record (a published figure). */
export const AGGREGATE_SPECS: readonly VectorSpec[] = [
  {
    recordType,
    name: "required",
    description: "A figure must say what it counts (its indicator)",
    from: "example",
    patch: [{ op: "remove", path: "/indicator" }],
    expected: [{ code: "required", path: "/indicator" }],
  },
  {
    recordType,
    name: "invalid_type",
    description: "A value is a number, not the text `12`",
    from: "example",
    patch: [{ op: "replace", path: "/value", value: "12" }],
    expected: [{ code: "invalid_type", path: "/value" }],
  },
  {
    recordType,
    name: "invalid_code",
    description: "`Detected trafficking victims` is GLOTIP's label; the code is `detected_victims`",
    from: "example",
    patch: [{ op: "replace", path: "/indicator", value: "Detected trafficking victims" }],
    expected: [{ code: "invalid_code", path: "/indicator" }],
  },
  {
    recordType,
    name: "too_small",
    description: "A negative count",
    from: "example",
    patch: [{ op: "replace", path: "/value", value: -3 }],
    expected: [{ code: "too_small", path: "/value" }],
  },
  {
    recordType,
    name: "unknown_field",
    description: "A suppressed figure's bound is `below`, not `upperBound`",
    from: "example",
    patch: [
      { op: "remove", path: "/value" },
      { op: "add", path: "/suppressed", value: { upperBound: 5 } },
    ],
    expected: [{ code: "unknown_field", path: "/suppressed", position: 1 }],
  },
  {
    recordType,
    name: "valid-suppressed",
    description: "GLOTIP's `<5`: a withheld figure below 5, with no value",
    from: "example",
    patch: [
      { op: "remove", path: "/value" },
      { op: "add", path: "/suppressed", value: { below: 5 } },
    ],
    expected: [],
  },
  {
    recordType,
    name: "aggregate_value_missing",
    description: "A figure with neither a value nor a withheld marker",
    from: "example",
    patch: [{ op: "remove", path: "/value" }],
    expected: [{ code: "aggregate_value_missing", path: "/value" }],
  },
  {
    recordType,
    name: "aggregate_value_and_suppressed",
    description: "A withheld figure that still carries its value",
    from: "example",
    patch: [{ op: "add", path: "/suppressed", value: { below: 5 } }],
    expected: [{ code: "aggregate_value_and_suppressed", path: "/suppressed" }],
  },
  {
    recordType,
    name: "aggregate_category_mismatch",
    description: "A form of exploitation on a figure broken down by citizenship",
    from: "example",
    patch: [{ op: "replace", path: "/breakdown", value: "citizenship" }],
    expected: [{ code: "aggregate_category_mismatch", path: "/exploitationForm" }],
  },
  {
    recordType,
    name: "former_country_code",
    description: "A total reported for the Netherlands Antilles (AN): kept, with a warning",
    from: "example",
    patch: [{ op: "replace", path: "/country", value: "AN" }],
    expected: [{ code: "former_country_code", path: "/country" }],
  },
];
