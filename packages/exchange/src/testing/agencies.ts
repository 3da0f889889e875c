// Shared with the packages that test against exchange (the node) as `@tip/exchange/testing`; never part of the
// main entry.
import { EXAMPLES } from "@tip/schema";
import { type AgencyKeyRing, readAgencyKeys } from "../keys/agency-key-ring.js";
import { type GenerateKeysOptions, generateAgencyKeys } from "../keys/generate-agency-keys.js";
import type { AgencyJwks, AgencyPrivateJwks, RevokedKey } from "../keys/key-documents.js";
import { readTrust } from "../keys/read-trust.js";
import type { TrustDirectory } from "../keys/trust-directory.js";

/** The example bundle's sender (agency A, in TT) and recipient (agency B, in VE), and a third agency C. */
export const AGENCY_IDS = {
  a: EXAMPLES.bundle.sender.agencyId,
  b: EXAMPLES.referral.to.agencyId,
  c: "4f3e2d1c-0b9a-4876-9543-210fedcba987",
} as const;

/** A moment when the example victim's consent (given 2023-08-05) covers a transnational referral. */
export const NOW = new Date("2024-01-01T12:00:00Z");

/** One test agency: its private file, public file and key ring. */
export interface TestAgency {
  readonly id: string;
  /** Its country, as published with its keys (empty when none was given). */
  readonly country: string;
  readonly privateKeys: AgencyPrivateJwks;
  readonly publicKeys: AgencyJwks;
  readonly keys: AgencyKeyRing;
}

/** Generates an agency's keys and reads them back as a key ring (a test fails loudly when that does not work). */
export async function testAgency(options: GenerateKeysOptions): Promise<TestAgency> {
  const { privateKeys, publicKeys } = await generateAgencyKeys(options);
  const read = await readAgencyKeys(privateKeys);
  if (!read.ok) throw new Error(`test keys unreadable: ${read.problem.code}`);
  const { agencyId: id, country = "" } = options;
  return { id, country, privateKeys, publicKeys, keys: read.value };
}

/** Agencies A (TT), B (VE) and C (TT), each with fresh keys. */
export async function threeAgencies(): Promise<{ a: TestAgency; b: TestAgency; c: TestAgency }> {
  const [a, b, c] = await Promise.all([
    testAgency({ agencyId: AGENCY_IDS.a, country: "TT" }),
    testAgency({ agencyId: AGENCY_IDS.b, country: "VE" }),
    testAgency({ agencyId: AGENCY_IDS.c, country: "TT" }),
  ]);
  return { a, b, c };
}

/** The public key set of a test agency, or a key set as it is. */
function publicKeysOf(agency: TestAgency | AgencyJwks): AgencyJwks {
  return "publicKeys" in agency ? agency.publicKeys : agency;
}

/** The directory document (as a file holds it) of these agencies' public keys, with the revocations given. */
export function directoryDocument(
  agencies: readonly (TestAgency | AgencyJwks)[],
  revoked: readonly RevokedKey[] = [],
) {
  return {
    directory: "tip-agency-directory",
    version: 1,
    agencies: agencies.map(publicKeysOf),
    ...(revoked.length === 0 ? {} : { revoked }),
  };
}

/**
 * A trust directory of these agencies' public keys (test agencies, or key sets such as one holding an agency's
 * old and new keys), with the revocations given.
 */
export async function directoryOf(
  agencies: readonly (TestAgency | AgencyJwks)[],
  revoked: readonly RevokedKey[] = [],
): Promise<TrustDirectory> {
  const read = await readTrust([directoryDocument(agencies, revoked)]);
  if (!read.ok) throw new Error(`test directory unreadable: ${read.problem.code}`);
  return read.value;
}

/** The key id of an agency's key of one use. */
export function kidOf(agency: TestAgency, use: "sig" | "enc"): string {
  const key = agency.publicKeys.keys.find((jwk) => jwk.use === use);
  if (!key) throw new Error(`no ${use} key`);
  return key.kid;
}

/** A deep copy of the example bundle (sender A, recipient B), free to change. */
export function exampleBundle(): Record<string, unknown> & { records: Record<string, unknown>[] } {
  return structuredClone(EXAMPLES.bundle) as unknown as Record<string, unknown> & {
    records: Record<string, unknown>[];
  };
}

/**
 * The example bundle addressed to these agencies (in its header, and in the victim's consent, so the export
 * gate lets it go to them).
 */
export function exampleBundleFor(agencies: readonly Pick<TestAgency, "id" | "country">[]) {
  const bundle = exampleBundle();
  bundle.recipients = agencies.map((agency) => ({ agencyId: agency.id, country: agency.country }));
  for (const record of bundle.records)
    if (record.recordType === "victim")
      for (const consent of record.consents as { recipientAgencyIds?: string[] }[])
        consent.recipientAgencyIds = agencies.map((agency) => agency.id);
  return bundle;
}
