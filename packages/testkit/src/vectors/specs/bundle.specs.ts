import { EXAMPLES } from "@tip/schema";
import type { VectorSpec } from "../vector.js";

const recordType = "bundle";

/** Where the example victim sits in the example bundle. */
const VICTIM = `/records/${EXAMPLES.bundle.records.findIndex((record) => record.recordType === "victim")}`;
const END = `/records/${EXAMPLES.bundle.records.length}`;

/** Structural mistakes of the envelope, its rule, and records inside a bundle (paths point into the bundle). */
export const BUNDLE_SPECS: readonly VectorSpec[] = [
  {
    recordType,
    name: "required",
    description: "A bundle must say when it was sent",
    from: "example",
    patch: [{ op: "remove", path: "/sentAt" }],
    expected: [{ code: "required", path: "/sentAt" }],
  },
  {
    recordType,
    name: "invalid_type",
    description: "`records` is an array, not an object",
    from: "example",
    patch: [{ op: "replace", path: "/records", value: {} }],
    expected: [{ code: "invalid_type", path: "/records" }],
  },
  {
    recordType,
    name: "unknown_field",
    description: "`encrypted` is not a field of a bundle",
    from: "example",
    patch: [{ op: "add", path: "/encrypted", value: true }],
    // A key added by the patch comes last: the issue points at its object and numbers the key.
    expected: [{ code: "unknown_field", path: "", position: Object.keys(EXAMPLES.bundle).length + 1 }],
  },
  {
    recordType,
    name: "invalid_code",
    description: "TLP PURPLE does not exist in the Traffic Light Protocol 2.0",
    from: "example",
    patch: [{ op: "replace", path: "/tlp", value: "PURPLE" }],
    expected: [{ code: "invalid_code", path: "/tlp" }],
  },
  {
    recordType,
    name: "invalid_format",
    description: "A timestamp without time-zone offset",
    from: "example",
    patch: [{ op: "replace", path: "/sentAt", value: "2023-09-12 09:30" }],
    expected: [{ code: "invalid_format", path: "/sentAt" }],
  },
  {
    recordType,
    name: "too_small",
    description: "A bundle needs at least one recipient",
    from: "example",
    patch: [{ op: "replace", path: "/recipients", value: [] }],
    expected: [{ code: "too_small", path: "/recipients" }],
  },
  {
    recordType,
    name: "too_big",
    description: "A record inside the bundle breaks a limit: an age above 130",
    from: "example",
    patch: [{ op: "replace", path: `${VICTIM}/ageAtIdentification`, value: 220 }],
    expected: [{ code: "too_big", path: `${VICTIM}/ageAtIdentification` }],
  },
  {
    recordType,
    name: "schema_version_unsupported",
    description: "A bundle of another major version of the model",
    from: "example",
    patch: [{ op: "replace", path: "/schemaVersion", value: "2.0.0" }],
    expected: [{ code: "schema_version_unsupported", path: "/schemaVersion" }],
  },
  {
    recordType,
    name: "record-rule",
    description: "The rules of each record run inside a bundle: an adult victim without means",
    from: "example",
    patch: [
      { op: "remove", path: `${VICTIM}/exploitation/palermoMeans` },
      { op: "remove", path: `${VICTIM}/exploitation/meansOfControl` },
    ],
    expected: [{ code: "adult_victim_without_means", path: `${VICTIM}/identification/status` }],
  },
  {
    recordType,
    name: "record-invalid_code",
    description: "A record inside the bundle has an alpha-3 country code",
    from: "example",
    patch: [{ op: "replace", path: `${VICTIM}/citizenships/0`, value: "VEN" }],
    expected: [{ code: "invalid_code", path: `${VICTIM}/citizenships/0` }],
  },
  {
    recordType,
    name: "record-invalid_record_type",
    description: "A bundle cannot carry a record of an unknown type (nor another bundle)",
    from: "example",
    patch: [{ op: "add", path: "/records/-", value: { recordType: "bundle", id: EXAMPLES.bundle.id } }],
    expected: [{ code: "invalid_record_type", path: `${END}/recordType` }],
  },
];
