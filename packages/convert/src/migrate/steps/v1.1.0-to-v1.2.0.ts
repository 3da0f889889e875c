import type { MigrationStep } from "../migration-step.js";

/**
 * 1.2.0 adds record types for the prevention, protection and prosecution work a national authority reports on.
 * It only adds: every 1.1.0 record is a valid 1.2.0 record with the same meaning, so no value is changed.
 * - `helplineContact`: a contact with an anti-trafficking helpline (channel, time, language, who made it,
 *   indicators raised, outcome, the victim or case it led to).
 * - `screening`: an indicator-based screening (tool, ILO indicators with their strength, outcome).
 * - `protectionMeasure`: compensation, restitution, residence permit, reflection period, return and
 *   reintegration, or non-punishment, for a victim.
 * - `sgbvIncident`: sexual and gender-based violence suffered on the route, by the GBVIMS core types.
 * - `operation`, `financialInquiry`, `legalAssistanceRequest`, `criminalGroup`: law-enforcement operations and
 *   joint investigations, financial intelligence and money-laundering inquiries with actions on assets, mutual
 *   legal assistance requests, and organised criminal groups.
 * - `preventionActivity`: awareness campaigns and trainings of officials.
 */
export const v110ToV120: MigrationStep = {
  from: "1.1.0",
  to: "1.2.0",
  description:
    "no value changes; new record types helplineContact, screening, protectionMeasure, sgbvIncident, operation, financialInquiry, legalAssistanceRequest, criminalGroup and preventionActivity",
  up: (record) => record,
};
