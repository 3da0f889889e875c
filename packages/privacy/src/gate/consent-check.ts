import { isPlainObject } from "../model/record-object.js";
import type { RefusalCode } from "./refusal.js";

/** What a consent must cover: a purpose (consent_purpose code), a recipient agency and its country, a day. */
export interface ConsentQuery {
  readonly purpose: string;
  readonly recipient: string;
  readonly recipientCountry?: string;
  /** The day of the export, `YYYY-MM-DD`: consents withdrawn by then or expired before it do not count. */
  readonly on: string;
}

type Consent = Record<string, unknown>;

const sameId = (a: unknown, b: string) => typeof a === "string" && a.toLowerCase() === b.toLowerCase();

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function inactiveReason(consent: Consent, on: string): RefusalCode | undefined {
  if (consent.given !== true) return "consent_not_given";
  if (typeof consent.withdrawnOn === "string" && consent.withdrawnOn <= on) return "consent_withdrawn";
  if (typeof consent.expiresOn === "string" && consent.expiresOn < on) return "consent_expired";
  return undefined;
}

function coversRecipient(consent: Consent, query: ConsentQuery): boolean {
  if (listOf(consent.recipientAgencyIds).some((id) => sameId(id, query.recipient))) return true;
  const country = query.recipientCountry;
  return country !== undefined && listOf(consent.recipientCountries).includes(country);
}

/**
 * Why a person's consents do not allow an export, or undefined when one of them does: it must be given, not
 * withdrawn, not expired, list the purpose, and name the recipient agency (or its country). A consent that names
 * no recipient covers none: transfers to third parties need explicit consent. With `consentId`, only that
 * consent is considered (a referral made under it).
 */
export function consentRefusal(
  consents: unknown,
  query: ConsentQuery,
  consentId?: string,
): RefusalCode | undefined {
  let list = listOf(consents).filter(isPlainObject);
  if (consentId !== undefined) list = list.filter((consent) => sameId(consent.id, consentId));
  if (list.length === 0) return "consent_missing";
  const active = list.filter((consent) => inactiveReason(consent, query.on) === undefined);
  if (active.length === 0) {
    const reasons = new Set(list.map((consent) => inactiveReason(consent, query.on)));
    for (const reason of ["consent_withdrawn", "consent_expired"] as const)
      if (reasons.has(reason)) return reason;
    return "consent_not_given";
  }
  const forPurpose = active.filter((consent) => listOf(consent.purposes).includes(query.purpose));
  if (forPurpose.length === 0) return "consent_purpose_not_covered";
  if (!forPurpose.some((consent) => coversRecipient(consent, query))) return "consent_recipient_not_covered";
  return undefined;
}
