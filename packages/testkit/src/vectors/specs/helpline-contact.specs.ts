import { EXAMPLES } from "@tip/schema";
import type { VectorSpec } from "../vector.js";

const recordType = "helplineContact";

/** Structural mistakes and one vector per cross-field rule of a helpline contact record. */
export const HELPLINE_CONTACT_SPECS: readonly VectorSpec[] = [
  {
    recordType,
    name: "required",
    description: "A contact must say through which channel it came",
    from: "example",
    patch: [{ op: "remove", path: "/channel" }],
    expected: [{ code: "required", path: "/channel" }],
  },
  {
    recordType,
    name: "invalid_code",
    description: "`WhatsApp` is a platform, not a channel code: the channel is `chat`",
    from: "example",
    patch: [{ op: "replace", path: "/channel", value: "WhatsApp" }],
    expected: [{ code: "invalid_code", path: "/channel" }],
  },
  {
    recordType,
    name: "invalid_format",
    description: "A phone number not in E.164 form",
    from: "example",
    patch: [{ op: "add", path: "/callerPhone", value: "868-555-0100" }],
    expected: [{ code: "invalid_format", path: "/callerPhone" }],
  },
  {
    recordType,
    name: "unknown_field",
    description: "`callerAddress` is not a field: a helpline contact keeps no address",
    from: "example",
    patch: [{ op: "add", path: "/callerAddress", value: "Somewhere" }],
    expected: [
      { code: "unknown_field", path: "", position: Object.keys(EXAMPLES.helplineContact).length + 1 },
    ],
  },
  {
    recordType,
    name: "anonymous_contact_with_identity",
    description: "An anonymous caller recorded with a name",
    from: "example",
    patch: [
      { op: "replace", path: "/contactor", value: "anonymous" },
      { op: "add", path: "/callerName", value: "Example Caller" },
    ],
    expected: [{ code: "anonymous_contact_with_identity", path: "/callerName" }],
  },
  {
    recordType,
    name: "helpline_referral_without_link",
    description: "A referred contact that links no victim or case record (a warning)",
    from: "example",
    patch: [
      { op: "remove", path: "/victimId" },
      { op: "remove", path: "/caseId" },
    ],
    expected: [{ code: "helpline_referral_without_link", path: "/outcome" }],
  },
];
