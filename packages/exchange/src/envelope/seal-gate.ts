import { exportGate, type Refusal as GateRefusal } from "@tip/privacy";
import { sameJson } from "../json/canonical.js";
import { isObject } from "../json/is-object.js";
import type { TrustedAgency } from "../keys/trust-directory.js";
import type { RecordMarking } from "./envelope-header.js";

type Raw = Record<string, unknown>;

/** What the gate needs to know of one sealing. */
export interface GateQuery {
  readonly purpose: string;
  /** The day of the export, `YYYY-MM-DD`. */
  readonly on: string;
  readonly markings: readonly RecordMarking[];
}

/**
 * Every record `@tip/privacy`'s export gate refuses for any of the recipients, plus what the gate would quietly
 * change: a perpetrator's link to a victim whose record (and so consent) is not in the bundle is refused as
 * `victim_not_in_export` rather than cut, since a sealed envelope carries the bundle exactly as given. A
 * record marked TLP:RED on its own goes only to agencies the bundle names as recipients.
 */
export function gateRefusals(
  bundle: Raw & { records: readonly unknown[] },
  recipients: readonly TrustedAgency[],
  query: GateQuery,
): GateRefusal[] {
  const refused: GateRefusal[] = [];
  const named = namedRecipients(bundle.recipients);
  const recordsById = new Map<string, Raw>();
  for (const record of bundle.records)
    if (isObject(record) && typeof record.id === "string") recordsById.set(record.id.toLowerCase(), record);
  for (const agency of recipients) {
    const params = { purpose: query.purpose, recipient: agency.agencyId };
    const result = exportGate(bundle, {
      recipient: agency.agencyId,
      purpose: query.purpose,
      on: query.on,
      ...(agency.country === undefined ? {} : { recipientCountry: agency.country }),
    });
    refused.push(...result.refused);
    if (result.refused.length === 0) {
      bundle.records.forEach((record, index) => {
        if (!sameJson(record, result.bundle.records[index]))
          refused.push(refusalOf(record, index, "victim_not_in_export", params));
      });
    }
    if (bundle.tlp !== "RED" && !named.has(agency.agencyId))
      for (const marking of query.markings)
        if (marking.tlp === "RED") {
          const record = recordsById.get(marking.record.toLowerCase());
          refused.push(refusalOf(record, -1, "tlp_red_not_addressed", params, marking.record));
        }
  }
  return refused;
}

function refusalOf(
  record: unknown,
  index: number,
  code: GateRefusal["code"],
  params: GateRefusal["params"],
  id?: string,
): GateRefusal {
  const raw = isObject(record) ? record : {};
  return {
    id: id ?? (typeof raw.id === "string" ? raw.id : `#${index + 1}`),
    recordType: typeof raw.recordType === "string" ? raw.recordType : "unknown",
    code,
    params,
  };
}

/** The agency ids (lower case) a bundle names as recipients. */
export function namedRecipients(recipients: unknown): Set<string> {
  const list = Array.isArray(recipients) ? recipients : [];
  return new Set(
    list
      .filter(isObject)
      .flatMap((party) => (typeof party.agencyId === "string" ? [party.agencyId.toLowerCase()] : [])),
  );
}
