import { RECORD_TYPES, type RecordType } from "@tip/schema";
import type { VectorSpec } from "../vector.js";

/** Minimal records of the protection record types that need one more field than the schema requires. */
const MINIMAL_FIXES: Partial<Record<RecordType, Pick<VectorSpec, "description" | "patch">>> = {
  helplineContact: {
    description: "A contact with its required fields only, that gave information (a referral links a record)",
    patch: [{ op: "replace", path: "/outcome", value: "information_given" }],
  },
  screening: {
    description:
      "A screening with its required fields only, that needs follow-up (a presumed victim has indicators)",
    patch: [{ op: "replace", path: "/outcome", value: "follow_up_needed" }],
  },
  protectionMeasure: {
    description:
      "A compensation with its required fields only and its detail (a measure has the detail of its kind)",
    patch: [{ op: "add", path: "/compensation", value: { source: "state_fund", awarded: false } }],
  },
};

/** The vectors every record type has: full and minimal valid records, and an extension allowed or rejected. */
function commonSpecs(recordType: RecordType): VectorSpec[] {
  const minimal: VectorSpec = {
    recordType,
    name: "valid-minimal",
    description: `A ${recordType} record with its required fields only`,
    from: "minimal",
    expected: [],
  };
  return [
    {
      recordType,
      name: "valid-full",
      description: `The fully filled example ${recordType} record of @tip/schema (EXAMPLES.${recordType})`,
      from: "example",
      expected: [],
    },
    recordType in MINIMAL_FIXES
      ? { ...minimal, ...MINIMAL_FIXES[recordType] }
      : recordType === "referral"
        ? {
            ...minimal,
            description:
              "A referral with its required fields only, still a draft (a sent referral needs a consent)",
            patch: [{ op: "replace", path: "/status", value: "draft" }],
          }
        : recordType === "aggregate"
          ? {
              ...minimal,
              description:
                "A figure with its required fields only and its value (a figure needs a value or a withheld marker)",
              patch: [{ op: "add", path: "/value", value: 0 }],
            }
          : minimal,
    {
      recordType,
      name: "extension",
      description: "Extra data under a lower-case namespace in `extensions` is allowed (a national profile)",
      from: "example",
      patch: [
        {
          op: "add",
          path: "/extensions",
          value: { lc: { profileVersion: "1.0", localReference: "LC-EXAMPLE-0042" } },
        },
      ],
      expected: [],
    },
    {
      recordType,
      name: "extension-namespace-invalid",
      description: "An extension namespace must be a lower-case identifier: `LC` is rejected",
      from: "example",
      patch: [{ op: "add", path: "/extensions", value: { LC: { profileVersion: "1.0" } } }],
      // A namespace is not a key of the model: the issue points at `extensions` and numbers the namespace.
      expected: [{ code: "invalid_format", path: "/extensions", position: 1 }],
    },
  ];
}

/** The common vectors of every record type. */
export const COMMON_SPECS: readonly VectorSpec[] = RECORD_TYPES.flatMap(commonSpecs);
