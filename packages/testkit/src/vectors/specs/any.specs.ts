import type { VectorSpec } from "../vector.js";

/** Inputs that are not a record of any known type. */
export const ANY_SPECS: readonly VectorSpec[] = [
  {
    recordType: "any",
    name: "not_an_object",
    description: "A JSON array where a record (object) is expected",
    from: { value: ["victim", "2b8e4f10-5c3a-4d7e-8f19-0a1b2c3d4e5f"] },
    expected: [{ code: "not_an_object", path: "" }],
  },
  {
    recordType: "any",
    name: "invalid_record_type",
    description: "A record type the model does not have",
    from: { value: { recordType: "witness", id: "2b8e4f10-5c3a-4d7e-8f19-0a1b2c3d4e5f" } },
    expected: [{ code: "invalid_record_type", path: "/recordType" }],
  },
  {
    recordType: "any",
    name: "missing-record-type",
    description: "A record without `recordType` cannot be checked against any schema",
    from: { value: { id: "2b8e4f10-5c3a-4d7e-8f19-0a1b2c3d4e5f", sex: "female" } },
    expected: [{ code: "invalid_record_type", path: "/recordType" }],
  },
];
