import {
  CLAUSES,
  penaltyAmountWithoutCurrency,
  proceedingsOutOfOrder,
  sentenceWithoutConviction,
} from "../../common/criminal-justice.rules.js";
import { defineRule } from "../../rules/define-rule.js";
import type { Perpetrator } from "./perpetrator.schema.js";

export const perpetratorSentenceWithoutConviction = defineRule({
  code: "sentence_without_conviction",
  recordType: "perpetrator",
  severity: "error",
  clause: CLAUSES.sentence,
  fields: ["proceedings.penalties", "proceedings.verdict"],
  check: (record: Perpetrator, found) => sentenceWithoutConviction(record.proceedings, "proceedings", found),
});

export const perpetratorAmountWithoutCurrency = defineRule({
  code: "amount_without_currency",
  recordType: "perpetrator",
  severity: "error",
  clause: CLAUSES.currency,
  fields: ["penalty.amount", "penalty.currency"],
  check: (record: Perpetrator, found) =>
    penaltyAmountWithoutCurrency(record.proceedings, "proceedings", found),
});

export const perpetratorDatesOutOfOrder = defineRule({
  code: "dates_out_of_order",
  recordType: "perpetrator",
  severity: "error",
  clause: "Chronology: prosecution <= verdict",
  fields: ["proceedings.prosecutionStartedOn", "proceedings.verdictDate"],
  check: (record: Perpetrator, found) => proceedingsOutOfOrder(record.proceedings, "proceedings", found),
});

/** Every cross-field rule of a perpetrator record. */
export const perpetratorRules = [
  perpetratorSentenceWithoutConviction,
  perpetratorAmountWithoutCurrency,
  perpetratorDatesOutOfOrder,
] as const;
