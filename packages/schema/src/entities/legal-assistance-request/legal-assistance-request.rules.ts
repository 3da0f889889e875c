import { DateOrder } from "../../rules/dates.js";
import { defineRule } from "../../rules/define-rule.js";
import type { LegalAssistanceRequest } from "./legal-assistance-request.schema.js";

export const legalAssistanceSameCountry = defineRule({
  code: "legal_assistance_same_country",
  recordType: "legalAssistanceRequest",
  severity: "error",
  clause:
    "UN Convention against Transnational Organized Crime, Art. 18(1): mutual legal assistance is given by one State to another",
  fields: ["legalAssistanceRequest.requestingCountry", "legalAssistanceRequest.requestedCountry"],
  check(record: LegalAssistanceRequest, found) {
    if (record.requestingCountry === record.requestedCountry) {
      found.push({
        path: ["requestedCountry"],
        params: { field: "legalAssistanceRequest.requestedCountry" },
      });
    }
  },
});

const order = new DateOrder();
/** Paths of the dates checked, made once: rules run on every record of an export. */
const PATHS = { sentOn: ["sentOn"], receivedOn: ["receivedOn"], closedOn: ["closedOn"] } as const;

export const legalAssistanceDatesOutOfOrder = defineRule({
  code: "dates_out_of_order",
  recordType: "legalAssistanceRequest",
  severity: "error",
  clause: "Chronology: a request is sent, then received, then closed",
  fields: [
    "legalAssistanceRequest.sentOn",
    "legalAssistanceRequest.receivedOn",
    "legalAssistanceRequest.closedOn",
  ],
  check(record: LegalAssistanceRequest, found) {
    order
      .start()
      .step(found, "legalAssistanceRequest.sentOn", record.sentOn, PATHS.sentOn)
      .step(found, "legalAssistanceRequest.receivedOn", record.receivedOn, PATHS.receivedOn)
      .step(found, "legalAssistanceRequest.closedOn", record.closedOn, PATHS.closedOn);
  },
});

/** Every cross-field rule of a mutual legal assistance request. */
export const legalAssistanceRequestRules = [
  legalAssistanceSameCountry,
  legalAssistanceDatesOutOfOrder,
] as const;
