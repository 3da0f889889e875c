import { isAllowedTransition } from "../../codes/referral-status/referral-status.transitions.js";
import { checkDatePair, DateOrder, outOfOrderAt } from "../../rules/dates.js";
import { defineRule } from "../../rules/define-rule.js";
import type { Referral } from "./referral.schema.js";

export const crossBorderSameCountry = defineRule({
  code: "cross_border_referral_same_country",
  recordType: "referral",
  severity: "error",
  clause: "ICMPD TRM guidelines: a transnational referral links agencies of two different states",
  fields: ["referral.crossBorder", "referralParty.country"],
  check(referral: Referral, found) {
    if (referral.crossBorder && referral.from.country === referral.to.country) {
      found.push({ path: ["to", "country"], params: { field: "referralParty.country" } });
    }
  },
});

export const domesticReferralDifferentCountries = defineRule({
  code: "domestic_referral_different_countries",
  recordType: "referral",
  severity: "error",
  clause:
    "A referral within a national referral mechanism stays in one country; otherwise mark it cross-border",
  fields: ["referral.crossBorder", "referralParty.country"],
  check(referral: Referral, found) {
    if (!referral.crossBorder && referral.from.country !== referral.to.country) {
      found.push({ path: ["crossBorder"], params: { field: "referral.crossBorder" } });
    }
  },
});

export const referralStatusTransitionInvalid = defineRule({
  code: "referral_status_transition_invalid",
  recordType: "referral",
  severity: "error",
  clause:
    "Referral lifecycle (after FHIR Task): draft -> sent -> received -> accepted/declined -> in progress (<-> on hold) -> completed; declined from sent, withdrawn or failed before the end; any status may be marked entered in error",
  fields: ["statusChange.status", "referral.statusHistory"],
  check(referral: Referral, found) {
    const history = referral.statusHistory ?? [];
    for (let index = 1; index < history.length; index++) {
      const from = history[index - 1]?.status;
      const to = history[index]?.status;
      if (from !== undefined && to !== undefined && !isAllowedTransition(from, to)) {
        found.push({ path: ["statusHistory", index, "status"], params: { from, to } });
      }
    }
  },
});

export const referralStatusNotLatest = defineRule({
  code: "referral_status_not_latest",
  recordType: "referral",
  severity: "error",
  clause: "The current status is the last step of the status history",
  fields: ["referral.status", "referral.statusHistory"],
  check(referral: Referral, found) {
    const history = referral.statusHistory;
    const last = history === undefined ? undefined : history[history.length - 1];
    if (last !== undefined && last.status !== referral.status) {
      found.push({ path: ["status"], params: { field: "referral.status" } });
    }
  },
});

const order = new DateOrder();
/** Paths of the dates checked, made once: rules run on every record of an export. */
const PATHS = { receivedOn: ["receivedOn"], plannedArrivalOn: ["plannedArrivalOn"] } as const;

export const referralDatesOutOfOrder = defineRule({
  code: "dates_out_of_order",
  recordType: "referral",
  severity: "error",
  clause: "Chronology: risk assessment <= planned arrival; sent <= received; status history in time order",
  fields: [
    "referral.sentOn",
    "referral.receivedOn",
    "riskAssessment.conductedOn",
    "referral.plannedArrivalOn",
    "statusChange.at",
  ],
  check(referral: Referral, found) {
    const { sentOn, receivedOn, plannedArrivalOn } = referral;
    checkDatePair(found, "referral.sentOn", sentOn, "referral.receivedOn", receivedOn, PATHS.receivedOn);
    const conductedOn = referral.riskAssessment?.conductedOn;
    const arrival = "referral.plannedArrivalOn";
    checkDatePair(
      found,
      "riskAssessment.conductedOn",
      conductedOn,
      arrival,
      plannedArrivalOn,
      PATHS.plannedArrivalOn,
    );
    const history = referral.statusHistory ?? [];
    order.start();
    for (let index = 0; index < history.length; index++) {
      const earlier = order.next("statusChange.at", history[index]?.at);
      if (earlier !== undefined) {
        found.push(outOfOrderAt(["statusHistory", index, "at"], "statusChange.at", earlier));
      }
    }
  },
});

const RETURN_REASONS = new Set(["safe_return"]);
const isReturnReason = (reason: string): boolean => RETURN_REASONS.has(reason);

export const returnWithoutRiskAssessment = defineRule({
  code: "return_without_risk_assessment",
  recordType: "referral",
  severity: "warning",
  clause: "ICMPD TRM guidelines: origin and destination assess risks jointly before any return",
  fields: ["referral.reasons", "referral.trmStage", "referral.riskAssessment"],
  check(referral: Referral, found) {
    const isReturn =
      referral.trmStage === "return_and_social_inclusion" || referral.reasons?.some(isReturnReason);
    if (
      isReturn &&
      referral.crossBorder &&
      referral.status !== "draft" &&
      referral.riskAssessment === undefined
    ) {
      found.push({ path: ["status"], params: { field: "referral.riskAssessment" } });
    }
  },
});

/** A referral never sent, withdrawn or recorded by mistake contacted no one on the person's behalf. */
const NO_CONSENT_NEEDED = new Set(["draft", "withdrawn", "entered_in_error"]);
const NEEDS_CONSENT = (status: string): boolean => !NO_CONSENT_NEEDED.has(status);

export const referralWithoutConsent = defineRule({
  code: "referral_without_consent",
  recordType: "referral",
  severity: "warning",
  clause: "OSCE/ODIHR NRM handbook: informed consent comes before another agency is contacted",
  fields: ["referral.consentId", "referral.status"],
  check(referral: Referral, found) {
    if (NEEDS_CONSENT(referral.status) && referral.consentId === undefined) {
      found.push({ path: ["status"], params: { field: "referral.consentId" } });
    }
  },
});

/** Every cross-field rule of a referral record. */
export const referralRules = [
  crossBorderSameCountry,
  domesticReferralDifferentCountries,
  referralStatusTransitionInvalid,
  referralStatusNotLatest,
  referralDatesOutOfOrder,
  returnWithoutRiskAssessment,
  referralWithoutConsent,
] as const;
