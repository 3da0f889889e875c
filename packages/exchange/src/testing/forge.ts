import { CompactSign, GeneralEncrypt, importJWK } from "jose";
import { ALGORITHMS, MEDIA_TYPES } from "../algorithms.js";
import type { Envelope } from "../envelope/envelope-header.js";
import type { TestAgency } from "./agencies.js";

// An attacker's tools, built on jose directly (not on the code under test): they make envelopes that are well
// formed but lie in one way, to check the opener catches each lie.

async function privateKeyOf(agency: TestAgency, use: "sig" | "enc"): Promise<CryptoKey> {
  const jwk = agency.privateKeys.keys.find((key) => key.use === use);
  if (!jwk) throw new Error(`no ${use} key`);
  const { kty, crv, x, y, d } = jwk;
  return (await importJWK(
    { kty, crv, x, y, d },
    use === "sig" ? ALGORITHMS.sign : ALGORITHMS.keyWrap,
  )) as CryptoKey;
}

async function publicEncKeyOf(agency: TestAgency): Promise<{ kid: string; key: CryptoKey }> {
  const jwk = agency.publicKeys.keys.find((key) => key.use === "enc");
  if (!jwk) throw new Error("no enc key");
  const { kty, crv, x, y } = jwk;
  return { kid: jwk.kid, key: (await importJWK({ kty, crv, x, y }, ALGORITHMS.keyWrap)) as CryptoKey };
}

/** A compact JWS of `payload` signed by `signer`'s key, with any header (`kid` defaults to the signer's). */
export async function forgeSigned(
  payload: Uint8Array,
  tip: unknown,
  signer: TestAgency,
  header: Record<string, unknown> = {},
): Promise<string> {
  const kid = signer.publicKeys.keys.find((key) => key.use === "sig")?.kid;
  return new CompactSign(payload)
    .setProtectedHeader({ alg: ALGORITHMS.sign, kid, typ: MEDIA_TYPES.signedBundle, tip, ...header })
    .sign(await privateKeyOf(signer, "sig"));
}

/** An envelope of `plaintext` encrypted for `recipients`, with `tip` as its outer header. */
export async function forgeEnvelope(
  plaintext: string | Uint8Array,
  tip: unknown,
  recipients: readonly TestAgency[],
): Promise<Envelope> {
  const bytes = typeof plaintext === "string" ? new TextEncoder().encode(plaintext) : plaintext;
  const encrypt = new GeneralEncrypt(bytes).setProtectedHeader({
    alg: ALGORITHMS.keyWrap,
    enc: ALGORITHMS.content,
    typ: MEDIA_TYPES.envelope,
    cty: "JOSE",
    tip,
  });
  for (const agency of recipients) {
    const { kid, key } = await publicEncKeyOf(agency);
    encrypt.addRecipient(key).setUnprotectedHeader({ kid });
  }
  return (await encrypt.encrypt()) as Envelope;
}

/** The plaintext of an envelope for `agency` (a co-recipient reading what it received). */
export async function decryptAs(envelope: Envelope, agency: TestAgency): Promise<string> {
  const { generalDecrypt } = await import("jose");
  const { plaintext } = await generalDecrypt(envelope, await privateKeyOf(agency, "enc"));
  return new TextDecoder().decode(plaintext);
}
