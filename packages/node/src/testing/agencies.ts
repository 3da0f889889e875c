import {
  type AgencyJwks,
  type AgencyKeyRing,
  type AgencyPrivateJwks,
  generateAgencyKeys,
  type RevokedKey,
  readAgencyKeys,
  readTrust,
  type TrustDirectory,
} from "@tip/exchange";
import { EXAMPLES } from "@tip/schema";

/** The example bundle's sender (agency A, in TT) and recipient (agency B, in VE), and a third agency C. */
export const AGENCY_IDS = {
  a: EXAMPLES.bundle.sender.agencyId,
  b: EXAMPLES.referral.to.agencyId,
  c: "4f3e2d1c-0b9a-4876-9543-210fedcba987",
} as const;

/** A moment when the example victim's consent (given 2023-08-05) covers a transnational referral. */
export const NOW = new Date("2024-01-01T12:00:00Z");

/** A test agency: its key files and key ring. */
export interface TestAgency {
  readonly id: string;
  readonly country: string;
  readonly privateKeys: AgencyPrivateJwks;
  readonly publicKeys: AgencyJwks;
  readonly keys: AgencyKeyRing;
}

/** Generates an agency's keys and reads them back as a key ring. */
export async function testAgency(agencyId: string, country: string): Promise<TestAgency> {
  const { privateKeys, publicKeys } = await generateAgencyKeys({ agencyId, country });
  const read = await readAgencyKeys(privateKeys);
  if (!read.ok) throw new Error(`test keys unreadable: ${read.problem.code}`);
  return { id: agencyId, country, privateKeys, publicKeys, keys: read.value };
}

/** Agencies A (TT), B (VE) and C (TT), each with fresh keys. */
export async function threeAgencies(): Promise<{ a: TestAgency; b: TestAgency; c: TestAgency }> {
  const [a, b, c] = await Promise.all([
    testAgency(AGENCY_IDS.a, "TT"),
    testAgency(AGENCY_IDS.b, "VE"),
    testAgency(AGENCY_IDS.c, "TT"),
  ]);
  return { a, b, c };
}

/** The directory document of these public key sets, with the revocations given. */
export function directoryDocument(publicKeys: readonly AgencyJwks[], revoked: readonly RevokedKey[] = []) {
  return {
    directory: "tip-agency-directory",
    version: 1,
    agencies: publicKeys,
    ...(revoked.length === 0 ? {} : { revoked }),
  };
}

/** A trust directory of these public key sets, with the revocations given. */
export async function directoryOf(
  publicKeys: readonly AgencyJwks[],
  revoked: readonly RevokedKey[] = [],
): Promise<TrustDirectory> {
  const read = await readTrust([directoryDocument(publicKeys, revoked)]);
  if (!read.ok) throw new Error(`test directory unreadable: ${read.problem.code}`);
  return read.value;
}

/** The key id of an agency's key of one use. */
export function kidOf(agency: TestAgency, use: "sig" | "enc"): string {
  const key = agency.publicKeys.keys.find((jwk) => jwk.use === use);
  if (!key) throw new Error(`no ${use} key`);
  return key.kid;
}

/**
 * The example bundle addressed to these agencies (in its header, and in the victim's consent, so the export
 * gate lets it go to them).
 */
export function exampleBundleFor(agencies: readonly { id: string; country: string }[]) {
  const bundle = structuredClone(EXAMPLES.bundle) as unknown as Record<string, unknown> & {
    records: Record<string, unknown>[];
  };
  bundle.recipients = agencies.map((agency) => ({ agencyId: agency.id, country: agency.country }));
  for (const record of bundle.records)
    if (record.recordType === "victim")
      for (const consent of record.consents as { recipientAgencyIds?: string[] }[])
        consent.recipientAgencyIds = agencies.map((agency) => agency.id);
  return bundle;
}
