import type { FieldId, RecordType } from "@tip/schema";

/**
 * A field holding the id of another record; `*` in `path` stands for each element of an array, and a segment
 * after it names the field of each element (`["events", "*", "victimId"]`).
 */
export interface RefField {
  readonly recordType: RecordType;
  /** The field named in the issue. */
  readonly field: FieldId;
  readonly path: readonly string[];
  /** The record type the id must belong to. */
  readonly target: RecordType;
}

/**
 * The references checked across records. The schema knows these fields are UUIDs but not which record type
 * they point at, so the targets are stated here.
 */
export const REF_FIELDS: readonly RefField[] = [
  { recordType: "victim", field: "victim.caseIds", path: ["caseIds", "*"], target: "case" },
  { recordType: "perpetrator", field: "perpetrator.caseIds", path: ["caseIds", "*"], target: "case" },
  { recordType: "case", field: "case.victimIds", path: ["victimIds", "*"], target: "victim" },
  { recordType: "case", field: "case.perpetratorIds", path: ["perpetratorIds", "*"], target: "perpetrator" },
  {
    recordType: "case",
    field: "case.reportingAgencyIds",
    path: ["reportingAgencyIds", "*"],
    target: "agency",
  },
  { recordType: "case", field: "case.leadAgencyId", path: ["leadAgencyId"], target: "agency" },
  {
    recordType: "case",
    field: "traffickingEvent.victimId",
    path: ["events", "*", "victimId"],
    target: "victim",
  },
  { recordType: "referral", field: "referral.victimId", path: ["victimId"], target: "victim" },
  { recordType: "referral", field: "referral.caseId", path: ["caseId"], target: "case" },
  { recordType: "referral", field: "referral.from", path: ["from", "agencyId"], target: "agency" },
  { recordType: "referral", field: "referral.to", path: ["to", "agencyId"], target: "agency" },
  // Helpline contacts, screenings, protection measures and SGBV incidents (model 1.2.0).
  { recordType: "helplineContact", field: "helplineContact.agencyId", path: ["agencyId"], target: "agency" },
  { recordType: "helplineContact", field: "helplineContact.victimId", path: ["victimId"], target: "victim" },
  { recordType: "helplineContact", field: "helplineContact.caseId", path: ["caseId"], target: "case" },
  { recordType: "screening", field: "screening.agencyId", path: ["agencyId"], target: "agency" },
  {
    recordType: "screening",
    field: "screening.helplineContactId",
    path: ["helplineContactId"],
    target: "helplineContact",
  },
  { recordType: "screening", field: "screening.victimId", path: ["victimId"], target: "victim" },
  {
    recordType: "protectionMeasure",
    field: "protectionMeasure.victimId",
    path: ["victimId"],
    target: "victim",
  },
  { recordType: "protectionMeasure", field: "protectionMeasure.caseId", path: ["caseId"], target: "case" },
  {
    recordType: "protectionMeasure",
    field: "protectionMeasure.agencyId",
    path: ["agencyId"],
    target: "agency",
  },
  { recordType: "sgbvIncident", field: "sgbvIncident.victimId", path: ["victimId"], target: "victim" },
  { recordType: "sgbvIncident", field: "sgbvIncident.caseId", path: ["caseId"], target: "case" },
  // Prosecution and prevention records.
  { recordType: "operation", field: "operation.leadAgencyId", path: ["leadAgencyId"], target: "agency" },
  { recordType: "operation", field: "operation.agencyIds", path: ["agencyIds", "*"], target: "agency" },
  { recordType: "operation", field: "operation.caseIds", path: ["caseIds", "*"], target: "case" },
  {
    recordType: "operation",
    field: "operation.perpetratorIds",
    path: ["perpetratorIds", "*"],
    target: "perpetrator",
  },
  {
    recordType: "operation",
    field: "operation.criminalGroupIds",
    path: ["criminalGroupIds", "*"],
    target: "criminalGroup",
  },
  {
    recordType: "financialInquiry",
    field: "financialInquiry.agencyId",
    path: ["agencyId"],
    target: "agency",
  },
  {
    recordType: "financialInquiry",
    field: "financialInquiry.caseIds",
    path: ["caseIds", "*"],
    target: "case",
  },
  {
    recordType: "financialInquiry",
    field: "financialInquiry.perpetratorIds",
    path: ["perpetratorIds", "*"],
    target: "perpetrator",
  },
  {
    recordType: "financialInquiry",
    field: "financialInquiry.criminalGroupIds",
    path: ["criminalGroupIds", "*"],
    target: "criminalGroup",
  },
  {
    recordType: "legalAssistanceRequest",
    field: "legalAssistanceRequest.requestingAgencyId",
    path: ["requestingAgencyId"],
    target: "agency",
  },
  {
    recordType: "legalAssistanceRequest",
    field: "legalAssistanceRequest.requestedAgencyId",
    path: ["requestedAgencyId"],
    target: "agency",
  },
  {
    recordType: "legalAssistanceRequest",
    field: "legalAssistanceRequest.caseId",
    path: ["caseId"],
    target: "case",
  },
  {
    recordType: "criminalGroup",
    field: "criminalGroup.perpetratorIds",
    path: ["perpetratorIds", "*"],
    target: "perpetrator",
  },
  { recordType: "criminalGroup", field: "criminalGroup.caseIds", path: ["caseIds", "*"], target: "case" },
  {
    recordType: "preventionActivity",
    field: "preventionActivity.organiserAgencyId",
    path: ["organiserAgencyId"],
    target: "agency",
  },
];

/** Reference fields of each record type, with their index in `REF_FIELDS`. */
export const REF_FIELDS_BY_TYPE: ReadonlyMap<RecordType, readonly [number, RefField][]> = (() => {
  const map = new Map<RecordType, [number, RefField][]>();
  REF_FIELDS.forEach((ref, index) => {
    const list = map.get(ref.recordType) ?? [];
    list.push([index, ref]);
    map.set(ref.recordType, list);
  });
  return map;
})();

/** Reads an own property, never an inherited one (records may carry `__proto__` keys). */
export function own(value: unknown, key: string): unknown {
  if (value === null || typeof value !== "object") return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}
