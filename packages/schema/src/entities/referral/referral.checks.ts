import type { RecordChecks } from "../../issues/record-checks.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { referralRules } from "./referral.rules.js";
import { Referral } from "./referral.schema.js";

/** What checks a referral record: its schema and its cross-field rules (the former-country warning included). */
export const referralChecks = {
  recordType: "referral",
  schema: Referral,
  rules: [...referralRules, formerCountryRule("referral", Referral)],
} as const satisfies RecordChecks<"referral">;
