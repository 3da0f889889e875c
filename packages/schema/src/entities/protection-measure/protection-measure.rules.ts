import { checkDatePair } from "../../rules/dates.js";
import { defineRule } from "../../rules/define-rule.js";
import type { ProtectionMeasure } from "./protection-measure.schema.js";
import {
  PROTECTION_DETAIL_OF_KIND as DETAIL_OF_KIND,
  type ProtectionDetailKey as DetailKey,
} from "./protection-measure-detail.js";

const DETAIL_KEYS: readonly DetailKey[] = ["compensation", "residence", "reintegration", "nonPunishment"];

const KIND_CLAUSE = "A protection measure carries the detail of its kind and no other";

export const protectionDetailMissing = defineRule({
  code: "protection_detail_missing",
  recordType: "protectionMeasure",
  severity: "error",
  clause: `${KIND_CLAUSE}: compensation and restitution need compensation, a residence permit or reflection period needs residence, a return needs reintegration, non-punishment needs nonPunishment`,
  fields: [
    "protectionMeasure.kind",
    "protectionMeasure.compensation",
    "protectionMeasure.residence",
    "protectionMeasure.reintegration",
    "protectionMeasure.nonPunishment",
  ],
  check(measure: ProtectionMeasure, found) {
    const key = DETAIL_OF_KIND[measure.kind];
    if (measure[key] === undefined)
      found.push({ path: ["kind"], params: { field: `protectionMeasure.${key}` } });
  },
});

export const protectionDetailOfOtherKind = defineRule({
  code: "protection_detail_of_other_kind",
  recordType: "protectionMeasure",
  severity: "error",
  clause: KIND_CLAUSE,
  fields: [
    "protectionMeasure.kind",
    "protectionMeasure.compensation",
    "protectionMeasure.residence",
    "protectionMeasure.reintegration",
    "protectionMeasure.nonPunishment",
  ],
  check(measure: ProtectionMeasure, found) {
    const expected = DETAIL_OF_KIND[measure.kind];
    for (const key of DETAIL_KEYS) {
      if (key !== expected && measure[key] !== undefined)
        found.push({ path: [key], params: { field: `protectionMeasure.${key}` } });
    }
  },
});

export const compensationPaidNotAwarded = defineRule({
  code: "compensation_paid_not_awarded",
  recordType: "protectionMeasure",
  severity: "error",
  clause: "Compensation is paid only once it is awarded",
  fields: [
    "compensationDetail.awarded",
    "compensationDetail.paid",
    "compensationDetail.amountPaid",
    "compensationDetail.paidOn",
  ],
  check(measure: ProtectionMeasure, found) {
    const c = measure.compensation;
    if (c === undefined) return;
    const paid = c.paid === true || c.amountPaid !== undefined || c.paidOn !== undefined;
    if (paid && !c.awarded)
      found.push({ path: ["compensation", "awarded"], params: { field: "compensationDetail.awarded" } });
  },
});

export const amountWithoutCurrency = defineRule({
  code: "amount_without_currency",
  recordType: "protectionMeasure",
  severity: "error",
  clause: "An amount of money is given with its currency (ISO 4217)",
  fields: [
    "compensationDetail.amountAwarded",
    "compensationDetail.amountPaid",
    "compensationDetail.currency",
  ],
  check(measure: ProtectionMeasure, found) {
    const c = measure.compensation;
    if (c === undefined || c.currency !== undefined) return;
    const key =
      c.amountAwarded !== undefined ? "amountAwarded" : c.amountPaid !== undefined ? "amountPaid" : "";
    if (key !== "")
      found.push({ path: ["compensation", key], params: { field: "compensationDetail.currency" } });
  },
});

export const compensationOverpaid = defineRule({
  code: "compensation_paid_exceeds_award",
  recordType: "protectionMeasure",
  severity: "warning",
  clause: "Plausibility: the amount paid does not exceed the amount awarded",
  fields: ["compensationDetail.amountAwarded", "compensationDetail.amountPaid"],
  check(measure: ProtectionMeasure, found) {
    const c = measure.compensation;
    if (c?.amountAwarded !== undefined && c.amountPaid !== undefined && c.amountPaid > c.amountAwarded)
      found.push({
        path: ["compensation", "amountPaid"],
        params: { field: "compensationDetail.amountPaid" },
      });
  },
});

/** Paths of the dates checked, made once: rules run on every record of an export. */
const PATHS = {
  paidOn: ["compensation", "paidOn"],
  endDate: ["residence", "endDate"],
  lastFollowUpOn: ["reintegration", "lastFollowUpOn"],
} as const;

export const protectionDatesOutOfOrder = defineRule({
  code: "dates_out_of_order",
  recordType: "protectionMeasure",
  severity: "error",
  clause: "Chronology: awarded <= paid; start of a permit or period <= its end; return <= latest follow-up",
  fields: [
    "compensationDetail.awardedOn",
    "compensationDetail.paidOn",
    "residenceDetail.startDate",
    "residenceDetail.endDate",
    "reintegrationDetail.returnedOn",
    "reintegrationDetail.lastFollowUpOn",
  ],
  check(measure: ProtectionMeasure, found) {
    const { compensation: c, residence: r, reintegration: t } = measure;
    const [awarded, paid] = ["compensationDetail.awardedOn", "compensationDetail.paidOn"];
    checkDatePair(found, awarded, c?.awardedOn, paid, c?.paidOn, PATHS.paidOn);
    const [start, end] = ["residenceDetail.startDate", "residenceDetail.endDate"];
    checkDatePair(found, start, r?.startDate, end, r?.endDate, PATHS.endDate);
    const [returned, last] = ["reintegrationDetail.returnedOn", "reintegrationDetail.lastFollowUpOn"];
    checkDatePair(found, returned, t?.returnedOn, last, t?.lastFollowUpOn, PATHS.lastFollowUpOn);
  },
});

/** Every cross-field rule of a protection measure record. */
export const protectionMeasureRules = [
  protectionDetailMissing,
  protectionDetailOfOtherKind,
  compensationPaidNotAwarded,
  amountWithoutCurrency,
  compensationOverpaid,
  protectionDatesOutOfOrder,
] as const;
