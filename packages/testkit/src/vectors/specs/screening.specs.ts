import type { VectorSpec } from "../vector.js";

const recordType = "screening";

/** Structural mistakes and one vector per cross-field rule of a screening record. */
export const SCREENING_SPECS: readonly VectorSpec[] = [
  {
    recordType,
    name: "required",
    description: "A screening must say what it concluded",
    from: "example",
    patch: [{ op: "remove", path: "/outcome" }],
    expected: [{ code: "required", path: "/outcome" }],
  },
  {
    recordType,
    name: "invalid_code",
    description: "`high` is not an indicator strength: strengths are strong, medium and weak",
    from: "example",
    patch: [{ op: "replace", path: "/indicators/0/strength", value: "high" }],
    expected: [{ code: "invalid_code", path: "/indicators/0/strength" }],
  },
  {
    recordType,
    name: "invalid_format",
    description: "A screening date written day first",
    from: "example",
    patch: [{ op: "replace", path: "/screenedOn", value: "31/07/2023" }],
    expected: [{ code: "invalid_format", path: "/screenedOn" }],
  },
  {
    recordType,
    name: "presumed_victim_without_indicators",
    description: "A presumed victim concluded without any indicator found (a warning)",
    from: "example",
    patch: [{ op: "remove", path: "/indicators" }],
    expected: [{ code: "presumed_victim_without_indicators", path: "/outcome" }],
  },
  {
    recordType,
    name: "screening_indicator_repeated",
    description: "The same indicator found twice",
    from: "example",
    patch: [{ op: "replace", path: "/indicators/2/indicator", value: "debt_bondage" }],
    expected: [{ code: "screening_indicator_repeated", path: "/indicators/2/indicator" }],
  },
  {
    recordType,
    name: "screening_tool_name_missing",
    description: "A tool marked other without its name (a warning)",
    from: "example",
    patch: [{ op: "replace", path: "/tool", value: "other" }],
    expected: [{ code: "screening_tool_name_missing", path: "/tool" }],
  },
];
