import { actEs } from "../codes/act/act.es.js";
import { ageBandEs } from "../codes/age-band/age-band.es.js";
import { agencyTypeEs } from "../codes/agency-type/agency-type.es.js";
import { aggregateBreakdownEs } from "../codes/aggregate-breakdown/aggregate-breakdown.es.js";
import { aggregateIndicatorEs } from "../codes/aggregate-indicator/aggregate-indicator.es.js";
import { aggregateUnitEs } from "../codes/aggregate-unit/aggregate-unit.es.js";
import { assetActionEs } from "../codes/asset-action/asset-action.es.js";
import { assistanceServiceEs } from "../codes/assistance-service/assistance-service.es.js";
import { caseStatusEs } from "../codes/case-status/case-status.es.js";
import { compensationSourceEs } from "../codes/compensation-source/compensation-source.es.js";
import { consentPurposeEs } from "../codes/consent-purpose/consent-purpose.es.js";
import { countryEs } from "../codes/country/country.es.generated.js";
import { criminalGroupStructureEs } from "../codes/criminal-group-structure/criminal-group-structure.es.js";
import { criminalJusticeStageEs } from "../codes/criminal-justice-stage/criminal-justice-stage.es.js";
import { dataSourceEs } from "../codes/data-source/data-source.es.js";
import { educationLevelEs } from "../codes/education-level/education-level.es.js";
import { exchangePurposeEs } from "../codes/exchange-purpose/exchange-purpose.es.js";
import { exploitationFormEs } from "../codes/exploitation-form/exploitation-form.es.js";
import { financialInquiryKindEs } from "../codes/financial-inquiry-kind/financial-inquiry-kind.es.js";
import { financialInquiryOutcomeEs } from "../codes/financial-inquiry-outcome/financial-inquiry-outcome.es.js";
import { gbvIncidentTypeEs } from "../codes/gbv-incident-type/gbv-incident-type.es.js";
import { genderEs } from "../codes/gender/gender.es.js";
import { helplineChannelEs } from "../codes/helpline-channel/helpline-channel.es.js";
import { helplineContactorEs } from "../codes/helpline-contactor/helpline-contactor.es.js";
import { helplineOutcomeEs } from "../codes/helpline-outcome/helpline-outcome.es.js";
import { iccsCodeEs } from "../codes/iccs-code/iccs-code.es.js";
import { identificationAuthorityEs } from "../codes/identification-authority/identification-authority.es.js";
import { identificationStatusEs } from "../codes/identification-status/identification-status.es.js";
import { iloIndicatorEs } from "../codes/ilo-indicator/ilo-indicator.es.js";
import { indicatorStrengthEs } from "../codes/indicator-strength/indicator-strength.es.js";
import { isicSectionEs } from "../codes/isic-section/isic-section.es.js";
import { labourSectorEs } from "../codes/labour-sector/labour-sector.es.js";
import { languageEs } from "../codes/language/language.es.generated.js";
import { legalAssistanceBasisEs } from "../codes/legal-assistance-basis/legal-assistance-basis.es.js";
import { legalAssistanceDirectionEs } from "../codes/legal-assistance-direction/legal-assistance-direction.es.js";
import { legalAssistanceStatusEs } from "../codes/legal-assistance-status/legal-assistance-status.es.js";
import { legalAssistanceTypeEs } from "../codes/legal-assistance-type/legal-assistance-type.es.js";
import { majorityStatusEs } from "../codes/majority-status/majority-status.es.js";
import { maritalStatusEs } from "../codes/marital-status/marital-status.es.js";
import { meansOfControlEs } from "../codes/means-of-control/means-of-control.es.js";
import { migrationStatusEs } from "../codes/migration-status/migration-status.es.js";
import { nonPunishmentOutcomeEs } from "../codes/non-punishment-outcome/non-punishment-outcome.es.js";
import { operationKindEs } from "../codes/operation-kind/operation-kind.es.js";
import { organisedCrimeInvolvementEs } from "../codes/organised-crime-involvement/organised-crime-involvement.es.js";
import { palermoMeansEs } from "../codes/palermo-means/palermo-means.es.js";
import { penaltyTypeEs } from "../codes/penalty-type/penalty-type.es.js";
import { perpetratorRoleEs } from "../codes/perpetrator-role/perpetrator-role.es.js";
import { placeRoleEs } from "../codes/place-role/place-role.es.js";
import { platformEs } from "../codes/platform/platform.es.js";
import { preventionAudienceEs } from "../codes/prevention-audience/prevention-audience.es.js";
import { preventionChannelEs } from "../codes/prevention-channel/prevention-channel.es.js";
import { preventionKindEs } from "../codes/prevention-kind/prevention-kind.es.js";
import { protectionMeasureKindEs } from "../codes/protection-measure-kind/protection-measure-kind.es.js";
import { recruiterRelationEs } from "../codes/recruiter-relation/recruiter-relation.es.js";
import { recruitmentMethodEs } from "../codes/recruitment-method/recruitment-method.es.js";
import { referralReasonEs } from "../codes/referral-reason/referral-reason.es.js";
import { referralStatusEs } from "../codes/referral-status/referral-status.es.js";
import { reintegrationOutcomeEs } from "../codes/reintegration-outcome/reintegration-outcome.es.js";
import { residenceDecisionEs } from "../codes/residence-decision/residence-decision.es.js";
import { residencePermitTypeEs } from "../codes/residence-permit-type/residence-permit-type.es.js";
import { riskLevelEs } from "../codes/risk-level/risk-level.es.js";
import { screeningOutcomeEs } from "../codes/screening-outcome/screening-outcome.es.js";
import { screeningToolEs } from "../codes/screening-tool/screening-tool.es.js";
import { sexEs } from "../codes/sex/sex.es.js";
import { sexualExploitationTypeEs } from "../codes/sexual-exploitation-type/sexual-exploitation-type.es.js";
import { sgbvPerpetratorKindEs } from "../codes/sgbv-perpetrator-kind/sgbv-perpetrator-kind.es.js";
import { technologyPurposeEs } from "../codes/technology-purpose/technology-purpose.es.js";
import { tlpEs } from "../codes/tlp/tlp.es.js";
import { traffickDurationEs } from "../codes/traffick-duration/traffick-duration.es.js";
import { trmStageEs } from "../codes/trm-stage/trm-stage.es.js";
import { verdictEs } from "../codes/verdict/verdict.es.js";
import { vulnerabilityFactorEs } from "../codes/vulnerability-factor/vulnerability-factor.es.js";
import { fieldsEs } from "../i18n/fields/fields.es.js";
import { objectsEs } from "../i18n/fields/objects.es.js";
import type { LocaleBundle } from "../i18n/locale-bundle.js";
import { messageAstsEs } from "../issues/messages/messages.es.ast.generated.js";
import { messagesEs } from "../issues/messages/messages.es.js";

/** Spanish: every field label, code label and issue message. */
export const es: LocaleBundle = {
  locale: "es",
  objects: objectsEs,
  fields: fieldsEs,
  codes: {
    sex: sexEs,
    country: countryEs,
    language: languageEs,
    act: actEs,
    palermo_means: palermoMeansEs,
    means_of_control: meansOfControlEs,
    exploitation_form: exploitationFormEs,
    isic_section: isicSectionEs,
    labour_sector: labourSectorEs,
    sexual_exploitation_type: sexualExploitationTypeEs,
    recruitment_method: recruitmentMethodEs,
    recruiter_relation: recruiterRelationEs,
    platform: platformEs,
    technology_purpose: technologyPurposeEs,
    vulnerability_factor: vulnerabilityFactorEs,
    migration_status: migrationStatusEs,
    ilo_indicator: iloIndicatorEs,
    iccs_code: iccsCodeEs,
    majority_status: majorityStatusEs,
    age_band: ageBandEs,
    traffick_duration: traffickDurationEs,
    gender: genderEs,
    identification_status: identificationStatusEs,
    identification_authority: identificationAuthorityEs,
    agency_type: agencyTypeEs,
    referral_reason: referralReasonEs,
    trm_stage: trmStageEs,
    referral_status: referralStatusEs,
    assistance_service: assistanceServiceEs,
    tlp: tlpEs,
    perpetrator_role: perpetratorRoleEs,
    criminal_justice_stage: criminalJusticeStageEs,
    verdict: verdictEs,
    penalty_type: penaltyTypeEs,
    case_status: caseStatusEs,
    marital_status: maritalStatusEs,
    education_level: educationLevelEs,
    place_role: placeRoleEs,
    consent_purpose: consentPurposeEs,
    exchange_purpose: exchangePurposeEs,
    risk_level: riskLevelEs,
    asset_action: assetActionEs,
    organised_crime_involvement: organisedCrimeInvolvementEs,
    data_source: dataSourceEs,
    aggregate_indicator: aggregateIndicatorEs,
    aggregate_breakdown: aggregateBreakdownEs,
    aggregate_unit: aggregateUnitEs,
    helpline_channel: helplineChannelEs,
    helpline_contactor: helplineContactorEs,
    helpline_outcome: helplineOutcomeEs,
    screening_tool: screeningToolEs,
    indicator_strength: indicatorStrengthEs,
    screening_outcome: screeningOutcomeEs,
    protection_measure_kind: protectionMeasureKindEs,
    compensation_source: compensationSourceEs,
    residence_permit_type: residencePermitTypeEs,
    residence_decision: residenceDecisionEs,
    reintegration_outcome: reintegrationOutcomeEs,
    non_punishment_outcome: nonPunishmentOutcomeEs,
    gbv_incident_type: gbvIncidentTypeEs,
    sgbv_perpetrator_kind: sgbvPerpetratorKindEs,
    operation_kind: operationKindEs,
    financial_inquiry_kind: financialInquiryKindEs,
    financial_inquiry_outcome: financialInquiryOutcomeEs,
    legal_assistance_direction: legalAssistanceDirectionEs,
    legal_assistance_basis: legalAssistanceBasisEs,
    legal_assistance_type: legalAssistanceTypeEs,
    legal_assistance_status: legalAssistanceStatusEs,
    criminal_group_structure: criminalGroupStructureEs,
    prevention_kind: preventionKindEs,
    prevention_audience: preventionAudienceEs,
    prevention_channel: preventionChannelEs,
  },
  messages: messagesEs,
  asts: messageAstsEs,
};
