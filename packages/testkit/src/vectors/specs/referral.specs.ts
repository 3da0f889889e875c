import { EXAMPLES } from "@tip/schema";
import type { VectorSpec } from "../vector.js";

const recordType = "referral";

/** Structural mistakes and one vector per cross-field rule of a referral record. */
export const REFERRAL_SPECS: readonly VectorSpec[] = [
  {
    recordType,
    name: "required",
    description: "A referral must name the victim it refers",
    from: "example",
    patch: [{ op: "remove", path: "/victimId" }],
    expected: [{ code: "required", path: "/victimId" }],
  },
  {
    recordType,
    name: "invalid_type",
    description: "`crossBorder` is a boolean, not the text `true`",
    from: "example",
    patch: [{ op: "replace", path: "/crossBorder", value: "true" }],
    expected: [{ code: "invalid_type", path: "/crossBorder" }],
  },
  {
    recordType,
    name: "unknown_field",
    description: "`plannedArrivalDate` written for `plannedArrivalOn`",
    from: "example",
    patch: [{ op: "move", from: "/plannedArrivalOn", path: "/plannedArrivalDate" }],
    // A key moved or added by the patch comes last: the issue points at its object and numbers the key.
    expected: [{ code: "unknown_field", path: "", position: Object.keys(EXAMPLES.referral).length }],
  },
  {
    recordType,
    name: "invalid_code",
    description: "`pending` is not a code of the referral_status list",
    from: "example",
    patch: [{ op: "replace", path: "/status", value: "pending" }],
    expected: [{ code: "invalid_code", path: "/status" }],
  },
  {
    recordType,
    name: "invalid_format",
    description: "A date written DD.MM.YYYY",
    from: "example",
    patch: [{ op: "replace", path: "/sentOn", value: "12.09.2023" }],
    expected: [{ code: "invalid_format", path: "/sentOn" }],
  },
  {
    recordType,
    name: "too_small",
    description: "A negative reflection period",
    from: "example",
    patch: [{ op: "replace", path: "/reflectionPeriodDays", value: -45 }],
    expected: [{ code: "too_small", path: "/reflectionPeriodDays" }],
  },
  {
    recordType,
    name: "too_big",
    description: "A reflection period of more than ten years",
    from: "example",
    patch: [{ op: "replace", path: "/reflectionPeriodDays", value: 4500 }],
    expected: [{ code: "too_big", path: "/reflectionPeriodDays" }],
  },
  {
    recordType,
    name: "cross_border_referral_same_country",
    description: "A cross-border referral whose sending and receiving agencies are in the same country",
    from: "example",
    patch: [{ op: "replace", path: "/to/country", value: "TT" }],
    expected: [{ code: "cross_border_referral_same_country", path: "/to/country" }],
  },
  {
    recordType,
    name: "domestic_referral_different_countries",
    description: "A referral between two countries marked as not cross-border",
    from: "example",
    patch: [{ op: "replace", path: "/crossBorder", value: false }],
    expected: [{ code: "domestic_referral_different_countries", path: "/crossBorder" }],
  },
  {
    recordType,
    name: "referral_status_transition_invalid",
    description: "The status history skips `received`: a referral cannot go from sent to accepted",
    from: "example",
    patch: [{ op: "remove", path: "/statusHistory/2" }],
    expected: [{ code: "referral_status_transition_invalid", path: "/statusHistory/2/status" }],
  },
  {
    recordType,
    name: "referral_status_not_latest",
    description: "The current status is not the last step of the history",
    from: "example",
    patch: [{ op: "replace", path: "/status", value: "in_progress" }],
    expected: [{ code: "referral_status_not_latest", path: "/status" }],
  },
  {
    recordType,
    name: "dates_out_of_order",
    description: "Received the day before it was sent",
    from: "example",
    patch: [{ op: "replace", path: "/receivedOn", value: "2023-09-11" }],
    expected: [{ code: "dates_out_of_order", path: "/receivedOn" }],
  },
  {
    recordType,
    name: "return_without_risk_assessment",
    description: "A return referral sent without a risk assessment (a warning)",
    from: "example",
    patch: [{ op: "remove", path: "/riskAssessment" }],
    expected: [{ code: "return_without_risk_assessment", path: "/status" }],
  },
  {
    recordType,
    name: "referral_without_consent",
    description: "A referral sent without a reference to the person's consent (a warning)",
    from: "example",
    patch: [{ op: "remove", path: "/consentId" }],
    expected: [{ code: "referral_without_consent", path: "/status" }],
  },
  {
    recordType,
    name: "sent-then-declined",
    description:
      "The receiving agency declines a referral straight after it was sent (without a receipt first): valid",
    from: "example",
    patch: [
      { op: "remove", path: "/statusHistory/3" },
      { op: "replace", path: "/statusHistory/2/status", value: "declined" },
      { op: "replace", path: "/status", value: "declined" },
    ],
    expected: [],
  },
  {
    recordType,
    name: "received-then-withdrawn",
    description:
      "The person changes their mind after the referral was received: the sender withdraws it (valid)",
    from: "example",
    patch: [
      { op: "replace", path: "/statusHistory/3/status", value: "withdrawn" },
      { op: "replace", path: "/status", value: "withdrawn" },
    ],
    expected: [],
  },
  {
    recordType,
    name: "on-hold-and-resumed",
    description: "Services paused while the person could not be reached, then resumed: valid",
    from: "example",
    patch: [
      {
        op: "add",
        path: "/statusHistory/-",
        value: { status: "in_progress", at: "2023-09-18T09:00:00-04:00" },
      },
      { op: "add", path: "/statusHistory/-", value: { status: "on_hold", at: "2023-10-02T09:00:00-04:00" } },
      {
        op: "add",
        path: "/statusHistory/-",
        value: { status: "in_progress", at: "2023-10-20T09:00:00-04:00" },
      },
      { op: "replace", path: "/status", value: "in_progress" },
    ],
    expected: [],
  },
  {
    recordType,
    name: "entered-in-error-then-reopened",
    description: "A referral marked entered in error cannot move on: nothing follows entered_in_error",
    from: "example",
    patch: [
      {
        op: "add",
        path: "/statusHistory/-",
        value: { status: "entered_in_error", at: "2023-09-16T09:00:00-04:00" },
      },
      {
        op: "add",
        path: "/statusHistory/-",
        value: { status: "in_progress", at: "2023-09-17T09:00:00-04:00" },
      },
      { op: "replace", path: "/status", value: "in_progress" },
    ],
    expected: [{ code: "referral_status_transition_invalid", path: "/statusHistory/5/status" }],
  },
  {
    recordType,
    name: "former_country_code",
    description:
      "A referral to the Netherlands Antilles (AN), as an old record writes it: kept, with a warning",
    from: "example",
    patch: [{ op: "replace", path: "/to/country", value: "AN" }],
    expected: [{ code: "former_country_code", path: "/to/country" }],
  },
];
