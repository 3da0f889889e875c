import { randomUUID } from "node:crypto";
import type { ReceivedEnvelope } from "../db/node-store.js";

/** A synthetic stored body (never a real envelope's content). */
export const SYNTHETIC_BODY = '{"protected":"synthetic","ciphertext":"synthetic"}';

/** An expiry far away: a body then falls due by its retention only. */
export const FAR_EXPIRY = "2099-01-01T00:00:00.000Z";

/** An accepted envelope as the store keeps it, with these header fields; a fresh message id each time. */
export function acceptedEnvelope(fields: Partial<ReceivedEnvelope> = {}): ReceivedEnvelope {
  return {
    messageId: randomUUID(),
    sender: "tt-agency",
    purpose: "referral_transnational",
    agreement: "DSA-TEST",
    retention: "P5Y",
    tlp: "amber",
    createdAt: "2020-01-01T00:00:00.000Z",
    expiresAt: FAR_EXPIRY,
    digest: "sha256-synthetic",
    outcome: "accepted",
    envelope: SYNTHETIC_BODY,
    receipt: '{"synthetic":true}',
    ...fields,
  };
}
