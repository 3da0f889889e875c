import { defineCodeList } from "../define-code-list.js";

/** Why a case is referred to another agency (HTCDS cas_ReasonForIncomingReferral / cas_ReasonForOutgoingReferral, extended with NRM/TRM purposes). */
export const referralReason = defineCodeList("referral_reason", {
  additional_services_required: { htcds: ["AdditionalServicesRequired"] },
  migration_or_change_of_location: { htcds: ["MigrationOrChangeOfLocation"] },
  safe_return: {},
  continued_assistance: {},
  criminal_proceedings: {},
  civil_proceedings: {},
  family_reunification: {},
  resettlement: {},
  other: { htcds: ["Other"] },
});
