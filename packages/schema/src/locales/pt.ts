import { actPt } from "../codes/act/act.pt.js";
import { ageBandPt } from "../codes/age-band/age-band.pt.js";
import { agencyTypePt } from "../codes/agency-type/agency-type.pt.js";
import { aggregateBreakdownPt } from "../codes/aggregate-breakdown/aggregate-breakdown.pt.js";
import { aggregateIndicatorPt } from "../codes/aggregate-indicator/aggregate-indicator.pt.js";
import { aggregateUnitPt } from "../codes/aggregate-unit/aggregate-unit.pt.js";
import { assetActionPt } from "../codes/asset-action/asset-action.pt.js";
import { assistanceServicePt } from "../codes/assistance-service/assistance-service.pt.js";
import { caseStatusPt } from "../codes/case-status/case-status.pt.js";
import { compensationSourcePt } from "../codes/compensation-source/compensation-source.pt.js";
import { consentPurposePt } from "../codes/consent-purpose/consent-purpose.pt.js";
import { countryPt } from "../codes/country/country.pt.generated.js";
import { criminalGroupStructurePt } from "../codes/criminal-group-structure/criminal-group-structure.pt.js";
import { criminalJusticeStagePt } from "../codes/criminal-justice-stage/criminal-justice-stage.pt.js";
import { dataSourcePt } from "../codes/data-source/data-source.pt.js";
import { educationLevelPt } from "../codes/education-level/education-level.pt.js";
import { exchangePurposePt } from "../codes/exchange-purpose/exchange-purpose.pt.js";
import { exploitationFormPt } from "../codes/exploitation-form/exploitation-form.pt.js";
import { financialInquiryKindPt } from "../codes/financial-inquiry-kind/financial-inquiry-kind.pt.js";
import { financialInquiryOutcomePt } from "../codes/financial-inquiry-outcome/financial-inquiry-outcome.pt.js";
import { gbvIncidentTypePt } from "../codes/gbv-incident-type/gbv-incident-type.pt.js";
import { genderPt } from "../codes/gender/gender.pt.js";
import { helplineChannelPt } from "../codes/helpline-channel/helpline-channel.pt.js";
import { helplineContactorPt } from "../codes/helpline-contactor/helpline-contactor.pt.js";
import { helplineOutcomePt } from "../codes/helpline-outcome/helpline-outcome.pt.js";
import { iccsCodePt } from "../codes/iccs-code/iccs-code.pt.js";
import { identificationAuthorityPt } from "../codes/identification-authority/identification-authority.pt.js";
import { identificationStatusPt } from "../codes/identification-status/identification-status.pt.js";
import { iloIndicatorPt } from "../codes/ilo-indicator/ilo-indicator.pt.js";
import { indicatorStrengthPt } from "../codes/indicator-strength/indicator-strength.pt.js";
import { isicSectionPt } from "../codes/isic-section/isic-section.pt.js";
import { labourSectorPt } from "../codes/labour-sector/labour-sector.pt.js";
import { languagePt } from "../codes/language/language.pt.generated.js";
import { legalAssistanceBasisPt } from "../codes/legal-assistance-basis/legal-assistance-basis.pt.js";
import { legalAssistanceDirectionPt } from "../codes/legal-assistance-direction/legal-assistance-direction.pt.js";
import { legalAssistanceStatusPt } from "../codes/legal-assistance-status/legal-assistance-status.pt.js";
import { legalAssistanceTypePt } from "../codes/legal-assistance-type/legal-assistance-type.pt.js";
import { majorityStatusPt } from "../codes/majority-status/majority-status.pt.js";
import { maritalStatusPt } from "../codes/marital-status/marital-status.pt.js";
import { meansOfControlPt } from "../codes/means-of-control/means-of-control.pt.js";
import { migrationStatusPt } from "../codes/migration-status/migration-status.pt.js";
import { nonPunishmentOutcomePt } from "../codes/non-punishment-outcome/non-punishment-outcome.pt.js";
import { operationKindPt } from "../codes/operation-kind/operation-kind.pt.js";
import { organisedCrimeInvolvementPt } from "../codes/organised-crime-involvement/organised-crime-involvement.pt.js";
import { palermoMeansPt } from "../codes/palermo-means/palermo-means.pt.js";
import { penaltyTypePt } from "../codes/penalty-type/penalty-type.pt.js";
import { perpetratorRolePt } from "../codes/perpetrator-role/perpetrator-role.pt.js";
import { placeRolePt } from "../codes/place-role/place-role.pt.js";
import { platformPt } from "../codes/platform/platform.pt.js";
import { preventionAudiencePt } from "../codes/prevention-audience/prevention-audience.pt.js";
import { preventionChannelPt } from "../codes/prevention-channel/prevention-channel.pt.js";
import { preventionKindPt } from "../codes/prevention-kind/prevention-kind.pt.js";
import { protectionMeasureKindPt } from "../codes/protection-measure-kind/protection-measure-kind.pt.js";
import { recruiterRelationPt } from "../codes/recruiter-relation/recruiter-relation.pt.js";
import { recruitmentMethodPt } from "../codes/recruitment-method/recruitment-method.pt.js";
import { referralReasonPt } from "../codes/referral-reason/referral-reason.pt.js";
import { referralStatusPt } from "../codes/referral-status/referral-status.pt.js";
import { reintegrationOutcomePt } from "../codes/reintegration-outcome/reintegration-outcome.pt.js";
import { residenceDecisionPt } from "../codes/residence-decision/residence-decision.pt.js";
import { residencePermitTypePt } from "../codes/residence-permit-type/residence-permit-type.pt.js";
import { riskLevelPt } from "../codes/risk-level/risk-level.pt.js";
import { screeningOutcomePt } from "../codes/screening-outcome/screening-outcome.pt.js";
import { screeningToolPt } from "../codes/screening-tool/screening-tool.pt.js";
import { sexPt } from "../codes/sex/sex.pt.js";
import { sexualExploitationTypePt } from "../codes/sexual-exploitation-type/sexual-exploitation-type.pt.js";
import { sgbvPerpetratorKindPt } from "../codes/sgbv-perpetrator-kind/sgbv-perpetrator-kind.pt.js";
import { technologyPurposePt } from "../codes/technology-purpose/technology-purpose.pt.js";
import { tlpPt } from "../codes/tlp/tlp.pt.js";
import { traffickDurationPt } from "../codes/traffick-duration/traffick-duration.pt.js";
import { trmStagePt } from "../codes/trm-stage/trm-stage.pt.js";
import { verdictPt } from "../codes/verdict/verdict.pt.js";
import { vulnerabilityFactorPt } from "../codes/vulnerability-factor/vulnerability-factor.pt.js";
import { fieldsPt } from "../i18n/fields/fields.pt.js";
import { objectsPt } from "../i18n/fields/objects.pt.js";
import type { LocaleBundle } from "../i18n/locale-bundle.js";
import { messageAstsPt } from "../issues/messages/messages.pt.ast.generated.js";
import { messagesPt } from "../issues/messages/messages.pt.js";

/** Portuguese: every field label, code label and issue message. */
export const pt: LocaleBundle = {
  locale: "pt",
  objects: objectsPt,
  fields: fieldsPt,
  codes: {
    sex: sexPt,
    country: countryPt,
    language: languagePt,
    act: actPt,
    palermo_means: palermoMeansPt,
    means_of_control: meansOfControlPt,
    exploitation_form: exploitationFormPt,
    isic_section: isicSectionPt,
    labour_sector: labourSectorPt,
    sexual_exploitation_type: sexualExploitationTypePt,
    recruitment_method: recruitmentMethodPt,
    recruiter_relation: recruiterRelationPt,
    platform: platformPt,
    technology_purpose: technologyPurposePt,
    vulnerability_factor: vulnerabilityFactorPt,
    migration_status: migrationStatusPt,
    ilo_indicator: iloIndicatorPt,
    iccs_code: iccsCodePt,
    majority_status: majorityStatusPt,
    age_band: ageBandPt,
    traffick_duration: traffickDurationPt,
    gender: genderPt,
    identification_status: identificationStatusPt,
    identification_authority: identificationAuthorityPt,
    agency_type: agencyTypePt,
    referral_reason: referralReasonPt,
    trm_stage: trmStagePt,
    referral_status: referralStatusPt,
    assistance_service: assistanceServicePt,
    tlp: tlpPt,
    perpetrator_role: perpetratorRolePt,
    criminal_justice_stage: criminalJusticeStagePt,
    verdict: verdictPt,
    penalty_type: penaltyTypePt,
    case_status: caseStatusPt,
    marital_status: maritalStatusPt,
    education_level: educationLevelPt,
    place_role: placeRolePt,
    consent_purpose: consentPurposePt,
    exchange_purpose: exchangePurposePt,
    risk_level: riskLevelPt,
    asset_action: assetActionPt,
    organised_crime_involvement: organisedCrimeInvolvementPt,
    data_source: dataSourcePt,
    aggregate_indicator: aggregateIndicatorPt,
    aggregate_breakdown: aggregateBreakdownPt,
    aggregate_unit: aggregateUnitPt,
    helpline_channel: helplineChannelPt,
    helpline_contactor: helplineContactorPt,
    helpline_outcome: helplineOutcomePt,
    screening_tool: screeningToolPt,
    indicator_strength: indicatorStrengthPt,
    screening_outcome: screeningOutcomePt,
    protection_measure_kind: protectionMeasureKindPt,
    compensation_source: compensationSourcePt,
    residence_permit_type: residencePermitTypePt,
    residence_decision: residenceDecisionPt,
    reintegration_outcome: reintegrationOutcomePt,
    non_punishment_outcome: nonPunishmentOutcomePt,
    gbv_incident_type: gbvIncidentTypePt,
    sgbv_perpetrator_kind: sgbvPerpetratorKindPt,
    operation_kind: operationKindPt,
    financial_inquiry_kind: financialInquiryKindPt,
    financial_inquiry_outcome: financialInquiryOutcomePt,
    legal_assistance_direction: legalAssistanceDirectionPt,
    legal_assistance_basis: legalAssistanceBasisPt,
    legal_assistance_type: legalAssistanceTypePt,
    legal_assistance_status: legalAssistanceStatusPt,
    criminal_group_structure: criminalGroupStructurePt,
    prevention_kind: preventionKindPt,
    prevention_audience: preventionAudiencePt,
    prevention_channel: preventionChannelPt,
  },
  messages: messagesPt,
  asts: messageAstsPt,
};
