import { assetValuesWithoutCurrency } from "../../common/asset-action.rules.js";
import { CLAUSES } from "../../common/criminal-justice.rules.js";
import { defineRule } from "../../rules/define-rule.js";
import type { CriminalGroup } from "./criminal-group.schema.js";

/** UNTOC Art. 2(a): an organized criminal group is a structured group of three or more persons. */
const SMALLEST_GROUP = 3;

export const criminalGroupTooSmall = defineRule({
  code: "criminal_group_too_small",
  recordType: "criminalGroup",
  severity: "warning",
  clause:
    "UN Convention against Transnational Organized Crime, Art. 2(a): an organized criminal group has three or more persons; some national laws differ",
  fields: ["criminalGroup.estimatedMembers"],
  check(record: CriminalGroup, found) {
    if (record.estimatedMembers !== undefined && record.estimatedMembers < SMALLEST_GROUP) {
      found.push({ path: ["estimatedMembers"], params: { field: "criminalGroup.estimatedMembers" } });
    }
  },
});

export const criminalGroupAmountWithoutCurrency = defineRule({
  code: "amount_without_currency",
  recordType: "criminalGroup",
  severity: "error",
  clause: CLAUSES.currency,
  fields: ["assetAction.value", "assetAction.currency"],
  check: (record: CriminalGroup, found) => assetValuesWithoutCurrency(record.assetActions, found),
});

/** Every cross-field rule of a criminal group record. */
export const criminalGroupRules = [criminalGroupTooSmall, criminalGroupAmountWithoutCurrency] as const;
