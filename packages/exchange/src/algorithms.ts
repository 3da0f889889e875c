/**
 * The algorithms of the exchange, fixed rather than negotiated: a receiver accepts these and nothing else, so an
 * attacker cannot pick a weaker one. P-256 everywhere because every Web Crypto implementation has it.
 */
export const ALGORITHMS = {
  /** Signatures of the sending agency: ECDSA on P-256 with SHA-256. */
  sign: "ES256",
  /** How the content key reaches each recipient: ECDH-ES key agreement on P-256, then AES key wrap. */
  keyWrap: "ECDH-ES+A256KW",
  /** Encryption of the signed bundle itself: AES-256 in GCM mode. */
  content: "A256GCM",
  curve: "P-256",
} as const;

/** The `typ` header of each kind of message, so one kind can never be taken for another. */
export const MEDIA_TYPES = {
  envelope: "tip-envelope+jwe",
  signedBundle: "tip-bundle+jws",
  receipt: "tip-receipt+jws",
  status: "tip-status+jws",
} as const;

/** Version of the envelope and message formats; a receiver refuses others. */
export const FORMAT_VERSION = 1;
