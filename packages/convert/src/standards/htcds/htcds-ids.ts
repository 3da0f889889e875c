import { uuidV5 } from "../../ids/deterministic-uuid.js";

/** RFC 9562 namespace for URLs. */
const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

/**
 * Default namespace of the record ids made from HTCDS rows: `uuidV5(URL namespace,
 * "https://tip-sdk.org/convert/htcds")`. Ids are `uuidV5(namespace, "<row key>:<record type>")`, where the row key
 * is `instance:<instanceID>` for an XLSForm submission that has one and `row:<n>` otherwise, and agencies are
 * `uuidV5(namespace, "agency:<name, trimmed, lower-case, single spaces>")` so one organisation named in many
 * rows is one record. Reading the same file twice gives the same ids; give each file its own namespace
 * (`idNamespace`) when several files are read into one data set.
 */
export const HTCDS_ID_NAMESPACE = uuidV5(URL_NAMESPACE, "https://tip-sdk.org/convert/htcds");

/** Makes the deterministic ids of one conversion. */
export class HtcdsIds {
  constructor(private readonly namespace: string = HTCDS_ID_NAMESPACE) {}

  /** The id of a record of a row (`victim`, `case`, `referral`, `perpetrator`, `consent`). */
  ofRow(row: { readonly row: number; readonly instanceId?: string }, what: string): string {
    const key = row.instanceId === undefined ? `row:${row.row}` : `instance:${row.instanceId}`;
    return uuidV5(this.namespace, `${key}:${what}`);
  }

  /** The id of an organisation named in the file. */
  ofAgency(name: string): string {
    return uuidV5(this.namespace, `agency:${agencyKey(name)}`);
  }
}

/** How organisation names are compared: trimmed, lower-case, runs of spaces as one. */
export function agencyKey(name: string): string {
  return name.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");
}
