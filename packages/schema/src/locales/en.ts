import { actEn } from "../codes/act/act.en.js";
import { ageBandEn } from "../codes/age-band/age-band.en.js";
import { agencyTypeEn } from "../codes/agency-type/agency-type.en.js";
import { aggregateBreakdownEn } from "../codes/aggregate-breakdown/aggregate-breakdown.en.js";
import { aggregateIndicatorEn } from "../codes/aggregate-indicator/aggregate-indicator.en.js";
import { aggregateUnitEn } from "../codes/aggregate-unit/aggregate-unit.en.js";
import { assetActionEn } from "../codes/asset-action/asset-action.en.js";
import { assistanceServiceEn } from "../codes/assistance-service/assistance-service.en.js";
import { caseStatusEn } from "../codes/case-status/case-status.en.js";
import { compensationSourceEn } from "../codes/compensation-source/compensation-source.en.js";
import { consentPurposeEn } from "../codes/consent-purpose/consent-purpose.en.js";
import { countryEn } from "../codes/country/country.en.generated.js";
import { criminalGroupStructureEn } from "../codes/criminal-group-structure/criminal-group-structure.en.js";
import { criminalJusticeStageEn } from "../codes/criminal-justice-stage/criminal-justice-stage.en.js";
import { dataSourceEn } from "../codes/data-source/data-source.en.js";
import { educationLevelEn } from "../codes/education-level/education-level.en.js";
import { exchangePurposeEn } from "../codes/exchange-purpose/exchange-purpose.en.js";
import { exploitationFormEn } from "../codes/exploitation-form/exploitation-form.en.js";
import { financialInquiryKindEn } from "../codes/financial-inquiry-kind/financial-inquiry-kind.en.js";
import { financialInquiryOutcomeEn } from "../codes/financial-inquiry-outcome/financial-inquiry-outcome.en.js";
import { gbvIncidentTypeEn } from "../codes/gbv-incident-type/gbv-incident-type.en.js";
import { genderEn } from "../codes/gender/gender.en.js";
import { helplineChannelEn } from "../codes/helpline-channel/helpline-channel.en.js";
import { helplineContactorEn } from "../codes/helpline-contactor/helpline-contactor.en.js";
import { helplineOutcomeEn } from "../codes/helpline-outcome/helpline-outcome.en.js";
import { iccsCodeEn } from "../codes/iccs-code/iccs-code.en.js";
import { identificationAuthorityEn } from "../codes/identification-authority/identification-authority.en.js";
import { identificationStatusEn } from "../codes/identification-status/identification-status.en.js";
import { iloIndicatorEn } from "../codes/ilo-indicator/ilo-indicator.en.js";
import { indicatorStrengthEn } from "../codes/indicator-strength/indicator-strength.en.js";
import { isicSectionEn } from "../codes/isic-section/isic-section.en.js";
import { labourSectorEn } from "../codes/labour-sector/labour-sector.en.js";
import { languageEn } from "../codes/language/language.en.generated.js";
import { legalAssistanceBasisEn } from "../codes/legal-assistance-basis/legal-assistance-basis.en.js";
import { legalAssistanceDirectionEn } from "../codes/legal-assistance-direction/legal-assistance-direction.en.js";
import { legalAssistanceStatusEn } from "../codes/legal-assistance-status/legal-assistance-status.en.js";
import { legalAssistanceTypeEn } from "../codes/legal-assistance-type/legal-assistance-type.en.js";
import { majorityStatusEn } from "../codes/majority-status/majority-status.en.js";
import { maritalStatusEn } from "../codes/marital-status/marital-status.en.js";
import { meansOfControlEn } from "../codes/means-of-control/means-of-control.en.js";
import { migrationStatusEn } from "../codes/migration-status/migration-status.en.js";
import { nonPunishmentOutcomeEn } from "../codes/non-punishment-outcome/non-punishment-outcome.en.js";
import { operationKindEn } from "../codes/operation-kind/operation-kind.en.js";
import { organisedCrimeInvolvementEn } from "../codes/organised-crime-involvement/organised-crime-involvement.en.js";
import { palermoMeansEn } from "../codes/palermo-means/palermo-means.en.js";
import { penaltyTypeEn } from "../codes/penalty-type/penalty-type.en.js";
import { perpetratorRoleEn } from "../codes/perpetrator-role/perpetrator-role.en.js";
import { placeRoleEn } from "../codes/place-role/place-role.en.js";
import { platformEn } from "../codes/platform/platform.en.js";
import { preventionAudienceEn } from "../codes/prevention-audience/prevention-audience.en.js";
import { preventionChannelEn } from "../codes/prevention-channel/prevention-channel.en.js";
import { preventionKindEn } from "../codes/prevention-kind/prevention-kind.en.js";
import { protectionMeasureKindEn } from "../codes/protection-measure-kind/protection-measure-kind.en.js";
import { recruiterRelationEn } from "../codes/recruiter-relation/recruiter-relation.en.js";
import { recruitmentMethodEn } from "../codes/recruitment-method/recruitment-method.en.js";
import { referralReasonEn } from "../codes/referral-reason/referral-reason.en.js";
import { referralStatusEn } from "../codes/referral-status/referral-status.en.js";
import { reintegrationOutcomeEn } from "../codes/reintegration-outcome/reintegration-outcome.en.js";
import { residenceDecisionEn } from "../codes/residence-decision/residence-decision.en.js";
import { residencePermitTypeEn } from "../codes/residence-permit-type/residence-permit-type.en.js";
import { riskLevelEn } from "../codes/risk-level/risk-level.en.js";
import { screeningOutcomeEn } from "../codes/screening-outcome/screening-outcome.en.js";
import { screeningToolEn } from "../codes/screening-tool/screening-tool.en.js";
import { sexEn } from "../codes/sex/sex.en.js";
import { sexualExploitationTypeEn } from "../codes/sexual-exploitation-type/sexual-exploitation-type.en.js";
import { sgbvPerpetratorKindEn } from "../codes/sgbv-perpetrator-kind/sgbv-perpetrator-kind.en.js";
import { technologyPurposeEn } from "../codes/technology-purpose/technology-purpose.en.js";
import { tlpEn } from "../codes/tlp/tlp.en.js";
import { traffickDurationEn } from "../codes/traffick-duration/traffick-duration.en.js";
import { trmStageEn } from "../codes/trm-stage/trm-stage.en.js";
import { verdictEn } from "../codes/verdict/verdict.en.js";
import { vulnerabilityFactorEn } from "../codes/vulnerability-factor/vulnerability-factor.en.js";
import { fieldsEn } from "../i18n/fields/fields.en.js";
import { objectsEn } from "../i18n/fields/objects.en.js";
import type { LocaleBundle } from "../i18n/locale-bundle.js";
import { messageAstsEn } from "../issues/messages/messages.en.ast.generated.js";
import { messagesEn } from "../issues/messages/messages.en.js";

/** English: every field label, code label and issue message. */
export const en: LocaleBundle = {
  locale: "en",
  objects: objectsEn,
  fields: fieldsEn,
  codes: {
    sex: sexEn,
    country: countryEn,
    language: languageEn,
    act: actEn,
    palermo_means: palermoMeansEn,
    means_of_control: meansOfControlEn,
    exploitation_form: exploitationFormEn,
    isic_section: isicSectionEn,
    labour_sector: labourSectorEn,
    sexual_exploitation_type: sexualExploitationTypeEn,
    recruitment_method: recruitmentMethodEn,
    recruiter_relation: recruiterRelationEn,
    platform: platformEn,
    technology_purpose: technologyPurposeEn,
    vulnerability_factor: vulnerabilityFactorEn,
    migration_status: migrationStatusEn,
    ilo_indicator: iloIndicatorEn,
    iccs_code: iccsCodeEn,
    majority_status: majorityStatusEn,
    age_band: ageBandEn,
    traffick_duration: traffickDurationEn,
    gender: genderEn,
    identification_status: identificationStatusEn,
    identification_authority: identificationAuthorityEn,
    agency_type: agencyTypeEn,
    referral_reason: referralReasonEn,
    trm_stage: trmStageEn,
    referral_status: referralStatusEn,
    assistance_service: assistanceServiceEn,
    tlp: tlpEn,
    perpetrator_role: perpetratorRoleEn,
    criminal_justice_stage: criminalJusticeStageEn,
    verdict: verdictEn,
    penalty_type: penaltyTypeEn,
    case_status: caseStatusEn,
    marital_status: maritalStatusEn,
    education_level: educationLevelEn,
    place_role: placeRoleEn,
    consent_purpose: consentPurposeEn,
    exchange_purpose: exchangePurposeEn,
    risk_level: riskLevelEn,
    asset_action: assetActionEn,
    organised_crime_involvement: organisedCrimeInvolvementEn,
    data_source: dataSourceEn,
    aggregate_indicator: aggregateIndicatorEn,
    aggregate_breakdown: aggregateBreakdownEn,
    aggregate_unit: aggregateUnitEn,
    helpline_channel: helplineChannelEn,
    helpline_contactor: helplineContactorEn,
    helpline_outcome: helplineOutcomeEn,
    screening_tool: screeningToolEn,
    indicator_strength: indicatorStrengthEn,
    screening_outcome: screeningOutcomeEn,
    protection_measure_kind: protectionMeasureKindEn,
    compensation_source: compensationSourceEn,
    residence_permit_type: residencePermitTypeEn,
    residence_decision: residenceDecisionEn,
    reintegration_outcome: reintegrationOutcomeEn,
    non_punishment_outcome: nonPunishmentOutcomeEn,
    gbv_incident_type: gbvIncidentTypeEn,
    sgbv_perpetrator_kind: sgbvPerpetratorKindEn,
    operation_kind: operationKindEn,
    financial_inquiry_kind: financialInquiryKindEn,
    financial_inquiry_outcome: financialInquiryOutcomeEn,
    legal_assistance_direction: legalAssistanceDirectionEn,
    legal_assistance_basis: legalAssistanceBasisEn,
    legal_assistance_type: legalAssistanceTypeEn,
    legal_assistance_status: legalAssistanceStatusEn,
    criminal_group_structure: criminalGroupStructureEn,
    prevention_kind: preventionKindEn,
    prevention_audience: preventionAudienceEn,
    prevention_channel: preventionChannelEn,
  },
  messages: messagesEn,
  asts: messageAstsEn,
};
