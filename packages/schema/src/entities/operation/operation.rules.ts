import { datePairRule } from "../../rules/dates.js";
import { defineRule } from "../../rules/define-rule.js";
import type { Operation } from "./operation.schema.js";

export const operationDatesOutOfOrder = datePairRule<Operation>(
  "operation",
  "Chronology: an operation ends on or after the day it starts",
  "startedOn",
  "endedOn",
);

export const jointInvestigationOneCountry = defineRule({
  code: "joint_investigation_one_country",
  recordType: "operation",
  severity: "warning",
  clause:
    "UN Convention against Transnational Organized Crime, Art. 19: a joint investigation involves two or more States",
  fields: ["operation.kind", "operation.countries"],
  check(record: Operation, found) {
    const countries = record.countries;
    if (
      record.kind === "joint_investigation_team" &&
      countries !== undefined &&
      new Set(countries).size < 2
    ) {
      found.push({ path: ["countries"], params: { field: "operation.countries" } });
    }
  },
});

/** Every cross-field rule of an operation record. */
export const operationRules = [operationDatesOutOfOrder, jointInvestigationOneCountry] as const;
