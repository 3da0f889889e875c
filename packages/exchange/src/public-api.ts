// The public surface of @tip/exchange. Everything not exported here is internal.

export { ALGORITHMS, FORMAT_VERSION, MEDIA_TYPES } from "./algorithms.js";
export {
  AGREEMENT_PATTERN,
  type Envelope,
  EnvelopeHeader,
  RETENTION_PATTERN,
  RecordMarking,
} from "./envelope/envelope-header.js";
export {
  DEFAULT_CLOCK_SKEW_MS,
  DEFAULT_MAX_ENVELOPE_BYTES,
  type OpenOptions,
  type OpenResult,
  openEnvelope,
} from "./envelope/open-envelope.js";
export { REFUSAL_CODES, type Refusal, type RefusalCode } from "./envelope/open-refusal.js";
export {
  DEFAULT_LIFETIME_MS,
  MAX_LIFETIME_MS,
  type SealOptions,
  type SealResult,
  sealEnvelope,
} from "./envelope/seal.js";
export {
  SEAL_PROBLEM_CODES,
  type SealOption,
  type SealProblem,
  type SealProblemCode,
} from "./envelope/seal-problem.js";
export { describeKeyProblem, describeRefusal, describeSealProblem } from "./i18n/describe.js";
export type { ExchangeTexts } from "./i18n/exchange-texts.js";
export { AgencyKeyRing, readAgencyKeys } from "./keys/agency-key-ring.js";
export {
  type GeneratedKeys,
  type GenerateKeysOptions,
  generateAgencyKeys,
} from "./keys/generate-agency-keys.js";
export {
  AgencyDirectory,
  AgencyJwks,
  AgencyPrivateJwks,
  PrivateKeyJwk,
  PublicKeyJwk,
  RevokedKey,
} from "./keys/key-documents.js";
export { KEY_PROBLEM_CODES, type KeyProblem, type KeyProblemCode, type KeyRead } from "./keys/key-problem.js";
export { readTrust } from "./keys/read-trust.js";
export {
  type KeyStatus,
  keyStatus,
  TrustDirectory,
  type TrustedAgency,
  type TrustedKey,
} from "./keys/trust-directory.js";
export { en } from "./locales/en.js";
export {
  createReceipt,
  createStatusUpdate,
  type ReceiptOptions,
  type StatusUpdateOptions,
} from "./messages/create-messages.js";
export { REPORTED_STATUSES, Receipt, StatusUpdate } from "./messages/message-bodies.js";
export type { SignedMessage } from "./messages/sign-message.js";
export {
  type VerifyMessageOptions,
  type VerifyResult,
  verifyMessage,
  verifyReceipt,
} from "./messages/verify-message.js";
export { MemoryReplayStore, type ReplayStore } from "./replay/replay-store.js";
