import { actFr } from "../codes/act/act.fr.js";
import { ageBandFr } from "../codes/age-band/age-band.fr.js";
import { agencyTypeFr } from "../codes/agency-type/agency-type.fr.js";
import { aggregateBreakdownFr } from "../codes/aggregate-breakdown/aggregate-breakdown.fr.js";
import { aggregateIndicatorFr } from "../codes/aggregate-indicator/aggregate-indicator.fr.js";
import { aggregateUnitFr } from "../codes/aggregate-unit/aggregate-unit.fr.js";
import { assetActionFr } from "../codes/asset-action/asset-action.fr.js";
import { assistanceServiceFr } from "../codes/assistance-service/assistance-service.fr.js";
import { caseStatusFr } from "../codes/case-status/case-status.fr.js";
import { compensationSourceFr } from "../codes/compensation-source/compensation-source.fr.js";
import { consentPurposeFr } from "../codes/consent-purpose/consent-purpose.fr.js";
import { countryFr } from "../codes/country/country.fr.generated.js";
import { criminalGroupStructureFr } from "../codes/criminal-group-structure/criminal-group-structure.fr.js";
import { criminalJusticeStageFr } from "../codes/criminal-justice-stage/criminal-justice-stage.fr.js";
import { dataSourceFr } from "../codes/data-source/data-source.fr.js";
import { educationLevelFr } from "../codes/education-level/education-level.fr.js";
import { exchangePurposeFr } from "../codes/exchange-purpose/exchange-purpose.fr.js";
import { exploitationFormFr } from "../codes/exploitation-form/exploitation-form.fr.js";
import { financialInquiryKindFr } from "../codes/financial-inquiry-kind/financial-inquiry-kind.fr.js";
import { financialInquiryOutcomeFr } from "../codes/financial-inquiry-outcome/financial-inquiry-outcome.fr.js";
import { gbvIncidentTypeFr } from "../codes/gbv-incident-type/gbv-incident-type.fr.js";
import { genderFr } from "../codes/gender/gender.fr.js";
import { helplineChannelFr } from "../codes/helpline-channel/helpline-channel.fr.js";
import { helplineContactorFr } from "../codes/helpline-contactor/helpline-contactor.fr.js";
import { helplineOutcomeFr } from "../codes/helpline-outcome/helpline-outcome.fr.js";
import { iccsCodeFr } from "../codes/iccs-code/iccs-code.fr.js";
import { identificationAuthorityFr } from "../codes/identification-authority/identification-authority.fr.js";
import { identificationStatusFr } from "../codes/identification-status/identification-status.fr.js";
import { iloIndicatorFr } from "../codes/ilo-indicator/ilo-indicator.fr.js";
import { indicatorStrengthFr } from "../codes/indicator-strength/indicator-strength.fr.js";
import { isicSectionFr } from "../codes/isic-section/isic-section.fr.js";
import { labourSectorFr } from "../codes/labour-sector/labour-sector.fr.js";
import { languageFr } from "../codes/language/language.fr.generated.js";
import { legalAssistanceBasisFr } from "../codes/legal-assistance-basis/legal-assistance-basis.fr.js";
import { legalAssistanceDirectionFr } from "../codes/legal-assistance-direction/legal-assistance-direction.fr.js";
import { legalAssistanceStatusFr } from "../codes/legal-assistance-status/legal-assistance-status.fr.js";
import { legalAssistanceTypeFr } from "../codes/legal-assistance-type/legal-assistance-type.fr.js";
import { majorityStatusFr } from "../codes/majority-status/majority-status.fr.js";
import { maritalStatusFr } from "../codes/marital-status/marital-status.fr.js";
import { meansOfControlFr } from "../codes/means-of-control/means-of-control.fr.js";
import { migrationStatusFr } from "../codes/migration-status/migration-status.fr.js";
import { nonPunishmentOutcomeFr } from "../codes/non-punishment-outcome/non-punishment-outcome.fr.js";
import { operationKindFr } from "../codes/operation-kind/operation-kind.fr.js";
import { organisedCrimeInvolvementFr } from "../codes/organised-crime-involvement/organised-crime-involvement.fr.js";
import { palermoMeansFr } from "../codes/palermo-means/palermo-means.fr.js";
import { penaltyTypeFr } from "../codes/penalty-type/penalty-type.fr.js";
import { perpetratorRoleFr } from "../codes/perpetrator-role/perpetrator-role.fr.js";
import { placeRoleFr } from "../codes/place-role/place-role.fr.js";
import { platformFr } from "../codes/platform/platform.fr.js";
import { preventionAudienceFr } from "../codes/prevention-audience/prevention-audience.fr.js";
import { preventionChannelFr } from "../codes/prevention-channel/prevention-channel.fr.js";
import { preventionKindFr } from "../codes/prevention-kind/prevention-kind.fr.js";
import { protectionMeasureKindFr } from "../codes/protection-measure-kind/protection-measure-kind.fr.js";
import { recruiterRelationFr } from "../codes/recruiter-relation/recruiter-relation.fr.js";
import { recruitmentMethodFr } from "../codes/recruitment-method/recruitment-method.fr.js";
import { referralReasonFr } from "../codes/referral-reason/referral-reason.fr.js";
import { referralStatusFr } from "../codes/referral-status/referral-status.fr.js";
import { reintegrationOutcomeFr } from "../codes/reintegration-outcome/reintegration-outcome.fr.js";
import { residenceDecisionFr } from "../codes/residence-decision/residence-decision.fr.js";
import { residencePermitTypeFr } from "../codes/residence-permit-type/residence-permit-type.fr.js";
import { riskLevelFr } from "../codes/risk-level/risk-level.fr.js";
import { screeningOutcomeFr } from "../codes/screening-outcome/screening-outcome.fr.js";
import { screeningToolFr } from "../codes/screening-tool/screening-tool.fr.js";
import { sexFr } from "../codes/sex/sex.fr.js";
import { sexualExploitationTypeFr } from "../codes/sexual-exploitation-type/sexual-exploitation-type.fr.js";
import { sgbvPerpetratorKindFr } from "../codes/sgbv-perpetrator-kind/sgbv-perpetrator-kind.fr.js";
import { technologyPurposeFr } from "../codes/technology-purpose/technology-purpose.fr.js";
import { tlpFr } from "../codes/tlp/tlp.fr.js";
import { traffickDurationFr } from "../codes/traffick-duration/traffick-duration.fr.js";
import { trmStageFr } from "../codes/trm-stage/trm-stage.fr.js";
import { verdictFr } from "../codes/verdict/verdict.fr.js";
import { vulnerabilityFactorFr } from "../codes/vulnerability-factor/vulnerability-factor.fr.js";
import { fieldsFr } from "../i18n/fields/fields.fr.js";
import { objectsFr } from "../i18n/fields/objects.fr.js";
import type { LocaleBundle } from "../i18n/locale-bundle.js";
import { messageAstsFr } from "../issues/messages/messages.fr.ast.generated.js";
import { messagesFr } from "../issues/messages/messages.fr.js";

/** French: every field label, code label and issue message. */
export const fr: LocaleBundle = {
  locale: "fr",
  objects: objectsFr,
  fields: fieldsFr,
  codes: {
    sex: sexFr,
    country: countryFr,
    language: languageFr,
    act: actFr,
    palermo_means: palermoMeansFr,
    means_of_control: meansOfControlFr,
    exploitation_form: exploitationFormFr,
    isic_section: isicSectionFr,
    labour_sector: labourSectorFr,
    sexual_exploitation_type: sexualExploitationTypeFr,
    recruitment_method: recruitmentMethodFr,
    recruiter_relation: recruiterRelationFr,
    platform: platformFr,
    technology_purpose: technologyPurposeFr,
    vulnerability_factor: vulnerabilityFactorFr,
    migration_status: migrationStatusFr,
    ilo_indicator: iloIndicatorFr,
    iccs_code: iccsCodeFr,
    majority_status: majorityStatusFr,
    age_band: ageBandFr,
    traffick_duration: traffickDurationFr,
    gender: genderFr,
    identification_status: identificationStatusFr,
    identification_authority: identificationAuthorityFr,
    agency_type: agencyTypeFr,
    referral_reason: referralReasonFr,
    trm_stage: trmStageFr,
    referral_status: referralStatusFr,
    assistance_service: assistanceServiceFr,
    tlp: tlpFr,
    perpetrator_role: perpetratorRoleFr,
    criminal_justice_stage: criminalJusticeStageFr,
    verdict: verdictFr,
    penalty_type: penaltyTypeFr,
    case_status: caseStatusFr,
    marital_status: maritalStatusFr,
    education_level: educationLevelFr,
    place_role: placeRoleFr,
    consent_purpose: consentPurposeFr,
    exchange_purpose: exchangePurposeFr,
    risk_level: riskLevelFr,
    asset_action: assetActionFr,
    organised_crime_involvement: organisedCrimeInvolvementFr,
    data_source: dataSourceFr,
    aggregate_indicator: aggregateIndicatorFr,
    aggregate_breakdown: aggregateBreakdownFr,
    aggregate_unit: aggregateUnitFr,
    helpline_channel: helplineChannelFr,
    helpline_contactor: helplineContactorFr,
    helpline_outcome: helplineOutcomeFr,
    screening_tool: screeningToolFr,
    indicator_strength: indicatorStrengthFr,
    screening_outcome: screeningOutcomeFr,
    protection_measure_kind: protectionMeasureKindFr,
    compensation_source: compensationSourceFr,
    residence_permit_type: residencePermitTypeFr,
    residence_decision: residenceDecisionFr,
    reintegration_outcome: reintegrationOutcomeFr,
    non_punishment_outcome: nonPunishmentOutcomeFr,
    gbv_incident_type: gbvIncidentTypeFr,
    sgbv_perpetrator_kind: sgbvPerpetratorKindFr,
    operation_kind: operationKindFr,
    financial_inquiry_kind: financialInquiryKindFr,
    financial_inquiry_outcome: financialInquiryOutcomeFr,
    legal_assistance_direction: legalAssistanceDirectionFr,
    legal_assistance_basis: legalAssistanceBasisFr,
    legal_assistance_type: legalAssistanceTypeFr,
    legal_assistance_status: legalAssistanceStatusFr,
    criminal_group_structure: criminalGroupStructureFr,
    prevention_kind: preventionKindFr,
    prevention_audience: preventionAudienceFr,
    prevention_channel: preventionChannelFr,
  },
  messages: messagesFr,
  asts: messageAstsFr,
};
