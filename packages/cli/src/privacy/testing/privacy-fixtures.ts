import { generate } from "@tip/testkit";

/** A canary planted in the names and free text of synthetic victims; it must never be printed or exported. */
export const CANARY = "CANARY-Maria-Gonzalez-c4n4ry";

/**
 * Synthetic records (agencies, cases, victims, perpetrators, referrals) with the canary in every victim's and
 * perpetrator's names, in victims' identity numbers and e-mail, and in referral details.
 */
export function canaryRecords(count = 120, seed = 5): Record<string, unknown>[] {
  const { records } = generate({ seed, count, country: "TT" });
  return records.map((original, index) => {
    const record = structuredClone(original) as Record<string, unknown>;
    if (record.recordType === "victim" || record.recordType === "perpetrator") {
      record.givenName = `${CANARY}-given-${index}#`;
      record.familyName = `${CANARY}-family-${index}#`;
    }
    if (record.recordType === "victim") {
      record.identityNumber = `${CANARY}-id-${index}#`;
      record.email = `${CANARY.toLowerCase()}-${index}@example.org`;
      record.extensions = { lc: { nickname: `${CANARY}-nick-${index}#` } };
    }
    if (record.recordType === "referral")
      record.details = `${CANARY}-details-${index}# said her uncle recruited her`;
    return record;
  });
}

/** Records as NDJSON text. */
export function ndjson(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join("");
}
