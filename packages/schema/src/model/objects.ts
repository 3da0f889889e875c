import { ConsentRecord } from "../common/consent.js";
import { Charge, Penalty, Proceedings } from "../common/criminal-justice.js";
import { ExternalId } from "../common/external-id.js";
import { AgencyAddress, EventPlace, PersonAddress } from "../common/place.js";
import { TechnologyUse } from "../common/technology-use.js";
import { Agency } from "../entities/agency/agency.schema.js";
import { ContactPoint } from "../entities/agency/contact-point.js";
import { Aggregate, SourceLabels, SuppressedValue } from "../entities/aggregate/aggregate.schema.js";
import { BundleParty, ExchangeBundle } from "../entities/bundle/bundle.schema.js";
import { Case } from "../entities/case/case.schema.js";
import { CaseComment } from "../entities/case/case-comment.js";
import { AssetAction, FinancialInvestigation } from "../entities/case/financial-investigation.js";
import { TraffickingEvent } from "../entities/case/trafficking-event.js";
import { CriminalGroup } from "../entities/criminal-group/criminal-group.schema.js";
import { FinancialInquiry } from "../entities/financial-inquiry/financial-inquiry.schema.js";
import { HelplineContact } from "../entities/helpline-contact/helpline-contact.schema.js";
import { LegalAssistanceRequest } from "../entities/legal-assistance-request/legal-assistance-request.schema.js";
import { Operation } from "../entities/operation/operation.schema.js";
import { Perpetrator, VictimRelation } from "../entities/perpetrator/perpetrator.schema.js";
import { PreventionActivity } from "../entities/prevention-activity/prevention-activity.schema.js";
import { ProtectionMeasure } from "../entities/protection-measure/protection-measure.schema.js";
import {
  CompensationDetail,
  NonPunishmentDetail,
  ReintegrationDetail,
  ResidenceDetail,
} from "../entities/protection-measure/protection-measure-parts.js";
import { Referral } from "../entities/referral/referral.schema.js";
import { ReferralParty, RiskAssessment, StatusChange } from "../entities/referral/referral-parts.js";
import { Screening, ScreeningIndicator } from "../entities/screening/screening.schema.js";
import { SgbvIncident } from "../entities/sgbv-incident/sgbv-incident.schema.js";
import { AssistanceRecord } from "../entities/victim/assistance.js";
import { Exploitation } from "../entities/victim/exploitation.js";
import { Identification } from "../entities/victim/identification.js";
import { Victim } from "../entities/victim/victim.schema.js";

/**
 * Every object of the model (entities and their parts) by the name used in field ids. Documentation order:
 * each entity followed by its parts. The type is written out with `typeof` so that the published declarations
 * name each schema instead of repeating its whole zod type.
 */
export const MODEL_OBJECTS: {
  readonly case: typeof Case;
  readonly traffickingEvent: typeof TraffickingEvent;
  readonly eventPlace: typeof EventPlace;
  readonly financialInvestigation: typeof FinancialInvestigation;
  readonly assetAction: typeof AssetAction;
  readonly proceedings: typeof Proceedings;
  readonly charge: typeof Charge;
  readonly penalty: typeof Penalty;
  readonly caseComment: typeof CaseComment;
  readonly technologyUse: typeof TechnologyUse;
  readonly victim: typeof Victim;
  readonly identification: typeof Identification;
  readonly exploitation: typeof Exploitation;
  readonly assistance: typeof AssistanceRecord;
  readonly consent: typeof ConsentRecord;
  readonly personAddress: typeof PersonAddress;
  readonly externalId: typeof ExternalId;
  readonly perpetrator: typeof Perpetrator;
  readonly victimRelation: typeof VictimRelation;
  readonly agency: typeof Agency;
  readonly agencyAddress: typeof AgencyAddress;
  readonly contactPoint: typeof ContactPoint;
  readonly referral: typeof Referral;
  readonly referralParty: typeof ReferralParty;
  readonly riskAssessment: typeof RiskAssessment;
  readonly statusChange: typeof StatusChange;
  readonly aggregate: typeof Aggregate;
  readonly suppressedValue: typeof SuppressedValue;
  readonly sourceLabels: typeof SourceLabels;
  readonly bundle: typeof ExchangeBundle;
  readonly bundleParty: typeof BundleParty;
  readonly helplineContact: typeof HelplineContact;
  readonly screening: typeof Screening;
  readonly screeningIndicator: typeof ScreeningIndicator;
  readonly protectionMeasure: typeof ProtectionMeasure;
  readonly compensationDetail: typeof CompensationDetail;
  readonly residenceDetail: typeof ResidenceDetail;
  readonly reintegrationDetail: typeof ReintegrationDetail;
  readonly nonPunishmentDetail: typeof NonPunishmentDetail;
  readonly sgbvIncident: typeof SgbvIncident;
  readonly operation: typeof Operation;
  readonly financialInquiry: typeof FinancialInquiry;
  readonly legalAssistanceRequest: typeof LegalAssistanceRequest;
  readonly criminalGroup: typeof CriminalGroup;
  readonly preventionActivity: typeof PreventionActivity;
} = {
  case: Case,
  traffickingEvent: TraffickingEvent,
  eventPlace: EventPlace,
  financialInvestigation: FinancialInvestigation,
  assetAction: AssetAction,
  proceedings: Proceedings,
  charge: Charge,
  penalty: Penalty,
  caseComment: CaseComment,
  technologyUse: TechnologyUse,
  victim: Victim,
  identification: Identification,
  exploitation: Exploitation,
  assistance: AssistanceRecord,
  consent: ConsentRecord,
  personAddress: PersonAddress,
  externalId: ExternalId,
  perpetrator: Perpetrator,
  victimRelation: VictimRelation,
  agency: Agency,
  agencyAddress: AgencyAddress,
  contactPoint: ContactPoint,
  referral: Referral,
  referralParty: ReferralParty,
  riskAssessment: RiskAssessment,
  statusChange: StatusChange,
  aggregate: Aggregate,
  suppressedValue: SuppressedValue,
  sourceLabels: SourceLabels,
  bundle: ExchangeBundle,
  bundleParty: BundleParty,
  helplineContact: HelplineContact,
  screening: Screening,
  screeningIndicator: ScreeningIndicator,
  protectionMeasure: ProtectionMeasure,
  compensationDetail: CompensationDetail,
  residenceDetail: ResidenceDetail,
  reintegrationDetail: ReintegrationDetail,
  nonPunishmentDetail: NonPunishmentDetail,
  sgbvIncident: SgbvIncident,
  operation: Operation,
  financialInquiry: FinancialInquiry,
  legalAssistanceRequest: LegalAssistanceRequest,
  criminalGroup: CriminalGroup,
  preventionActivity: PreventionActivity,
};

type Objects = typeof MODEL_OBJECTS;

/** A field id: `<object>.<property>`, e.g. `victim.birthDate`. */
export type FieldId = {
  [K in keyof Objects]: `${K}.${Extract<keyof Objects[K]["shape"], string>}`;
}[keyof Objects];

/** Every field id of the model, in documentation order. */
export const FIELD_IDS: readonly FieldId[] = Object.entries(MODEL_OBJECTS).flatMap(([name, object]) =>
  Object.keys(object.shape).map((key) => `${name}.${key}` as FieldId),
);
