import { EXAMPLE_IDS } from "../../model/example-ids.js";
import { SCHEMA_VERSION } from "../../version.js";
import { agencyExample, originAgencyExample } from "../agency/agency.example.js";
import { caseExample } from "../case/case.example.js";
import { perpetratorExample } from "../perpetrator/perpetrator.example.js";
import { referralExample } from "../referral/referral.example.js";
import { victimExample } from "../victim/victim.example.js";
import type { ExchangeBundle } from "./bundle.schema.js";

/**
 * A fictitious referral bundle carrying one record of each case-level type (documentation and JSON Schema
 * `examples`); aggregate figures travel in bundles of their own.
 */
export const bundleExample = {
  recordType: "bundle",
  id: EXAMPLE_IDS.bundle,
  schemaVersion: SCHEMA_VERSION,
  sender: { agencyId: EXAMPLE_IDS.agencyDestination, country: "TT" },
  recipients: [{ agencyId: EXAMPLE_IDS.agencyOrigin, country: "VE" }],
  sentAt: "2023-09-12T09:30:00-04:00",
  purpose: "referral",
  tlp: "AMBER+STRICT",
  records: [
    caseExample,
    victimExample,
    perpetratorExample,
    agencyExample,
    originAgencyExample,
    referralExample,
  ],
} as const satisfies ExchangeBundle;
