import { act } from "./act/act.codes.js";
import { ageBand } from "./age-band/age-band.codes.js";
import { agencyType } from "./agency-type/agency-type.codes.js";
import { aggregateBreakdown } from "./aggregate-breakdown/aggregate-breakdown.codes.js";
import { aggregateIndicator } from "./aggregate-indicator/aggregate-indicator.codes.js";
import { aggregateUnit } from "./aggregate-unit/aggregate-unit.codes.js";
import { assetAction } from "./asset-action/asset-action.codes.js";
import { assistanceService } from "./assistance-service/assistance-service.codes.js";
import { caseStatus } from "./case-status/case-status.codes.js";
import { compensationSource } from "./compensation-source/compensation-source.codes.js";
import { consentPurpose } from "./consent-purpose/consent-purpose.codes.js";
import { country } from "./country/country.codes.js";
import { criminalGroupStructure } from "./criminal-group-structure/criminal-group-structure.codes.js";
import { criminalJusticeStage } from "./criminal-justice-stage/criminal-justice-stage.codes.js";
import { dataSource } from "./data-source/data-source.codes.js";
import type { CodeTexts } from "./define-code-list.js";
import { educationLevel } from "./education-level/education-level.codes.js";
import { exchangePurpose } from "./exchange-purpose/exchange-purpose.codes.js";
import { exploitationForm } from "./exploitation-form/exploitation-form.codes.js";
import { financialInquiryKind } from "./financial-inquiry-kind/financial-inquiry-kind.codes.js";
import { financialInquiryOutcome } from "./financial-inquiry-outcome/financial-inquiry-outcome.codes.js";
import { gbvIncidentType } from "./gbv-incident-type/gbv-incident-type.codes.js";
import { gender } from "./gender/gender.codes.js";
import { helplineChannel } from "./helpline-channel/helpline-channel.codes.js";
import { helplineContactor } from "./helpline-contactor/helpline-contactor.codes.js";
import { helplineOutcome } from "./helpline-outcome/helpline-outcome.codes.js";
import { iccsCode } from "./iccs-code/iccs-code.codes.js";
import { identificationAuthority } from "./identification-authority/identification-authority.codes.js";
import { identificationStatus } from "./identification-status/identification-status.codes.js";
import { iloIndicator } from "./ilo-indicator/ilo-indicator.codes.js";
import { indicatorStrength } from "./indicator-strength/indicator-strength.codes.js";
import { isicSection } from "./isic-section/isic-section.codes.js";
import { labourSector } from "./labour-sector/labour-sector.codes.js";
import { language } from "./language/language.codes.js";
import { legalAssistanceBasis } from "./legal-assistance-basis/legal-assistance-basis.codes.js";
import { legalAssistanceDirection } from "./legal-assistance-direction/legal-assistance-direction.codes.js";
import { legalAssistanceStatus } from "./legal-assistance-status/legal-assistance-status.codes.js";
import { legalAssistanceType } from "./legal-assistance-type/legal-assistance-type.codes.js";
import { majorityStatus } from "./majority-status/majority-status.codes.js";
import { maritalStatus } from "./marital-status/marital-status.codes.js";
import { meansOfControl } from "./means-of-control/means-of-control.codes.js";
import { migrationStatus } from "./migration-status/migration-status.codes.js";
import { nonPunishmentOutcome } from "./non-punishment-outcome/non-punishment-outcome.codes.js";
import { operationKind } from "./operation-kind/operation-kind.codes.js";
import { organisedCrimeInvolvement } from "./organised-crime-involvement/organised-crime-involvement.codes.js";
import { palermoMeans } from "./palermo-means/palermo-means.codes.js";
import { penaltyType } from "./penalty-type/penalty-type.codes.js";
import { perpetratorRole } from "./perpetrator-role/perpetrator-role.codes.js";
import { placeRole } from "./place-role/place-role.codes.js";
import { platform } from "./platform/platform.codes.js";
import { preventionAudience } from "./prevention-audience/prevention-audience.codes.js";
import { preventionChannel } from "./prevention-channel/prevention-channel.codes.js";
import { preventionKind } from "./prevention-kind/prevention-kind.codes.js";
import { protectionMeasureKind } from "./protection-measure-kind/protection-measure-kind.codes.js";
import { recruiterRelation } from "./recruiter-relation/recruiter-relation.codes.js";
import { recruitmentMethod } from "./recruitment-method/recruitment-method.codes.js";
import { referralReason } from "./referral-reason/referral-reason.codes.js";
import { referralStatus } from "./referral-status/referral-status.codes.js";
import { reintegrationOutcome } from "./reintegration-outcome/reintegration-outcome.codes.js";
import { residenceDecision } from "./residence-decision/residence-decision.codes.js";
import { residencePermitType } from "./residence-permit-type/residence-permit-type.codes.js";
import { riskLevel } from "./risk-level/risk-level.codes.js";
import { screeningOutcome } from "./screening-outcome/screening-outcome.codes.js";
import { screeningTool } from "./screening-tool/screening-tool.codes.js";
import { sex } from "./sex/sex.codes.js";
import { sexualExploitationType } from "./sexual-exploitation-type/sexual-exploitation-type.codes.js";
import { sgbvPerpetratorKind } from "./sgbv-perpetrator-kind/sgbv-perpetrator-kind.codes.js";
import { technologyPurpose } from "./technology-purpose/technology-purpose.codes.js";
import { tlp } from "./tlp/tlp.codes.js";
import { traffickDuration } from "./traffick-duration/traffick-duration.codes.js";
import { trmStage } from "./trm-stage/trm-stage.codes.js";
import { verdict } from "./verdict/verdict.codes.js";
import { vulnerabilityFactor } from "./vulnerability-factor/vulnerability-factor.codes.js";

/** Every code list of the model, keyed by its id, in documentation order. */
export const CODE_LISTS = {
  sex: sex,
  country: country,
  language: language,
  act: act,
  palermo_means: palermoMeans,
  means_of_control: meansOfControl,
  exploitation_form: exploitationForm,
  isic_section: isicSection,
  labour_sector: labourSector,
  sexual_exploitation_type: sexualExploitationType,
  recruitment_method: recruitmentMethod,
  recruiter_relation: recruiterRelation,
  platform: platform,
  technology_purpose: technologyPurpose,
  vulnerability_factor: vulnerabilityFactor,
  migration_status: migrationStatus,
  ilo_indicator: iloIndicator,
  iccs_code: iccsCode,
  majority_status: majorityStatus,
  age_band: ageBand,
  traffick_duration: traffickDuration,
  gender: gender,
  identification_status: identificationStatus,
  identification_authority: identificationAuthority,
  agency_type: agencyType,
  referral_reason: referralReason,
  trm_stage: trmStage,
  referral_status: referralStatus,
  assistance_service: assistanceService,
  tlp: tlp,
  perpetrator_role: perpetratorRole,
  criminal_justice_stage: criminalJusticeStage,
  verdict: verdict,
  penalty_type: penaltyType,
  case_status: caseStatus,
  marital_status: maritalStatus,
  education_level: educationLevel,
  place_role: placeRole,
  consent_purpose: consentPurpose,
  exchange_purpose: exchangePurpose,
  risk_level: riskLevel,
  asset_action: assetAction,
  organised_crime_involvement: organisedCrimeInvolvement,
  data_source: dataSource,
  aggregate_indicator: aggregateIndicator,
  aggregate_breakdown: aggregateBreakdown,
  aggregate_unit: aggregateUnit,
  helpline_channel: helplineChannel,
  helpline_contactor: helplineContactor,
  helpline_outcome: helplineOutcome,
  screening_tool: screeningTool,
  indicator_strength: indicatorStrength,
  screening_outcome: screeningOutcome,
  protection_measure_kind: protectionMeasureKind,
  compensation_source: compensationSource,
  residence_permit_type: residencePermitType,
  residence_decision: residenceDecision,
  reintegration_outcome: reintegrationOutcome,
  non_punishment_outcome: nonPunishmentOutcome,
  gbv_incident_type: gbvIncidentType,
  sgbv_perpetrator_kind: sgbvPerpetratorKind,
  operation_kind: operationKind,
  financial_inquiry_kind: financialInquiryKind,
  financial_inquiry_outcome: financialInquiryOutcome,
  legal_assistance_direction: legalAssistanceDirection,
  legal_assistance_basis: legalAssistanceBasis,
  legal_assistance_type: legalAssistanceType,
  legal_assistance_status: legalAssistanceStatus,
  criminal_group_structure: criminalGroupStructure,
  prevention_kind: preventionKind,
  prevention_audience: preventionAudience,
  prevention_channel: preventionChannel,
} as const;

/** The id of a code list. */
export type CodeListId = keyof typeof CODE_LISTS;

/** One locale's texts for every code of every list; each locale's aggregate `satisfies` this type. */
export type CodeListTexts = { readonly [K in CodeListId]: CodeTexts<(typeof CODE_LISTS)[K]> };
