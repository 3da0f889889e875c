import {
  DEFAULT_MAX_ENVELOPE_BYTES,
  generateAgencyKeys,
  readAgencyKeys,
  readTrust,
  sealEnvelope,
} from "@tip/exchange";
import { EXAMPLES } from "@tip/schema";
import { CANARY } from "../testing/hostile-inputs.js";
import type { ExpectedExit, HostileCase, HostileCommand, HostileRun } from "./hostile-case.js";

// `tip keys new`, `tip seal` and `tip open` against hostile inputs and outputs: outputs that point at an input
// or at each other, a missing folder, a named pipe, `__proto__` keys and 10,000 levels of nesting in the
// bundle, the key files and the envelope, a truncated or tampered envelope, and an input over the size cap.

const A = EXAMPLES.bundle.sender.agencyId;
const B = EXAMPLES.referral.to.agencyId;

// One pair of agencies and one envelope from A to B, made once for every case.
const aKeys = await generateAgencyKeys({ agencyId: A, country: "TT" });
const bKeys = await generateAgencyKeys({ agencyId: B, country: "VE" });
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const ring = await readAgencyKeys(json(aKeys.privateKeys));
const trust = await readTrust([json(bKeys.publicKeys)]);
if (!ring.ok || !trust.ok) throw new Error("the case keys do not read back");
const sealed = await sealEnvelope(EXAMPLES.bundle, {
  keys: ring.value,
  to: trust.value.agencies,
  purpose: "referral_transnational",
  agreement: "DSA-TT-VE-2023-07",
  retention: "P5Y",
  expiresAt: new Date(Date.now() + 300 * 24 * 3600 * 1000),
});
if (!sealed.ok) throw new Error(sealed.problem.code);
const ENVELOPE = json(sealed.envelope);

/** The key files of A and B, the bundle and the envelope, as every case's folder starts. */
const BASE: Readonly<Record<string, string>> = {
  "a.private.json": json(aKeys.privateKeys),
  "a.public.json": json(aKeys.publicKeys),
  "b.private.json": json(bKeys.privateKeys),
  "b.public.json": json(bKeys.publicKeys),
  "bundle.json": json(EXAMPLES.bundle),
  "envelope.json": ENVELOPE,
};

/** `text` with `__proto__`, `constructor` and `prototype` keys planted in its top object. */
function withPrototypeKeys(text: string): string {
  const poison = `"__proto__":{"polluted":"${CANARY}"},"constructor":{"prototype":{"polluted":1}},"prototype":1`;
  return `{${poison},${text.trim().slice(1)}`;
}

/** `text` with a member nested `depth` levels deep in its top object. */
function deep(text: string, depth: number): string {
  return `{"deep":${'{"a":'.repeat(depth)}1${"}".repeat(depth)},${text.trim().slice(1)}`;
}

/** More bytes than the envelope cap: valid JSON, all white space after the object. */
function huge(text: string): string {
  return text + " ".repeat(DEFAULT_MAX_ENVELOPE_BYTES);
}

interface Spec {
  readonly family: "JSON" | "outputs";
  readonly hazard: string;
  readonly files?: Readonly<Record<string, string>>;
  readonly args: readonly string[];
  readonly exit: ExpectedExit;
  readonly outcome: string;
  readonly reason?: string;
  readonly keeps?: { readonly file: string; readonly text: string };
  readonly outputDir?: string;
  readonly run?: HostileRun;
}

function exchangeCase(command: HostileCommand, input: string, spec: Spec): HostileCase {
  const { files, ...rest } = spec;
  return {
    command,
    input,
    ...rest,
    files: () => ({ ...BASE, ...files }),
    // Opened bundles hold records (the canary may be there); nothing else may.
    dataOutputs: ["out.json"],
  };
}

const SEAL = [
  "seal",
  "bundle.json",
  "--key",
  "a.private.json",
  "--to",
  "b.public.json",
  "--purpose",
  "referral_transnational",
  "--agreement",
  "DSA-TT-VE-2023-07",
  "--retention",
  "P5Y",
];
const OPEN = ["open", "envelope.json", "--key", "b.private.json", "--trust", "a.public.json"];
const KEYS = ["keys", "new", "--agency", A, "--country", "TT"];

const keys = (spec: Spec) => exchangeCase("keys", "key folder", spec);
const seal = (spec: Spec) => exchangeCase("seal", "JSON bundle", spec);
const open = (spec: Spec) => exchangeCase("open", "envelope", spec);

/** The cases of the exchange commands. */
export const EXCHANGE_CASES: readonly HostileCase[] = [
  keys({
    family: "outputs",
    hazard: "-o a folder that does not exist yet",
    args: [...KEYS, "-o", "new/keys"],
    exit: 0,
    outcome: "the folder is made (owner only) and both key files written",
    outputDir: "new",
    keeps: { file: "new/keys/public.jwks.json", text: A },
  }),
  keys({
    family: "outputs",
    hazard: "-o a regular file",
    files: { "keys.txt": "not a folder\n" },
    args: [...KEYS, "-o", "keys.txt"],
    exit: 2,
    outcome: "refused as not writable; the file is untouched",
  }),
  keys({
    family: "outputs",
    hazard: "key files already in the folder",
    files: { "k/private.jwks.json": json(aKeys.privateKeys), "k/public.jwks.json": json(aKeys.publicKeys) },
    args: [...KEYS, "-o", "k"],
    exit: 2,
    outcome: "refused, never overwritten",
  }),
  keys({
    family: "outputs",
    hazard: "-o a device",
    args: [...KEYS, "-o", "/dev/null"],
    exit: 2,
    outcome: "refused as not a folder",
  }),
  seal({
    family: "outputs",
    hazard: "-o the bundle",
    args: [...SEAL, "-o", "bundle.json"],
    exit: 2,
    outcome: "refused before anything is read; the bundle is untouched",
  }),
  seal({
    family: "outputs",
    hazard: "-o the private key file",
    args: [...SEAL, "-o", "a.private.json"],
    exit: 2,
    outcome: "refused; the key file is untouched",
  }),
  seal({
    family: "outputs",
    hazard: "-o the recipient's key file",
    args: [...SEAL, "-o", "b.public.json"],
    exit: 2,
    outcome: "refused; the key file is untouched",
  }),
  seal({
    family: "outputs",
    hazard: "-o in a missing folder",
    args: [...SEAL, "-o", "missing/sealed.json"],
    exit: 2,
    outcome: "refused as not writable; no partial file left",
  }),
  seal({
    family: "outputs",
    hazard: "-o a named pipe",
    args: [...SEAL, "-o", "pipe"],
    exit: 0,
    outcome: "the envelope is written into the pipe, which stays a pipe",
    keeps: { file: "pipe", text: '"ciphertext"' },
    run: { kind: "fifo-output", fifo: "pipe" },
  }),
  seal({
    family: "JSON",
    hazard: "__proto__ keys in the bundle",
    files: { "bundle.json": withPrototypeKeys(json(EXAMPLES.bundle)) },
    args: [...SEAL, "-o", "sealed.json"],
    exit: 2,
    outcome: "refused (such keys are never sent); nothing sealed, no prototype reached",
    reason: "constructor or prototype key",
  }),
  seal({
    family: "JSON",
    hazard: "bundle nested 10,000 deep",
    files: { "bundle.json": deep(json(EXAMPLES.bundle), 10_000) },
    args: [...SEAL, "-o", "sealed.json"],
    exit: 2,
    outcome: "refused; no stack overflow, nothing sealed",
  }),
  seal({
    family: "JSON",
    hazard: "__proto__ keys in the private key file",
    files: { "a.private.json": withPrototypeKeys(json(aKeys.privateKeys)) },
    args: [...SEAL, "-o", "sealed.json"],
    exit: 2,
    outcome: "the key file is refused; nothing sealed",
  }),
  seal({
    family: "JSON",
    hazard: "recipient JWKS nested 10,000 deep",
    files: { "b.public.json": deep(json(bKeys.publicKeys), 10_000) },
    args: [...SEAL, "-o", "sealed.json"],
    exit: 2,
    outcome: "the key file is refused; no stack overflow, nothing sealed",
  }),
  seal({
    family: "JSON",
    hazard: "bundle over the size cap",
    files: { "bundle.json": huge(json(EXAMPLES.bundle)) },
    args: [...SEAL, "-o", "sealed.json"],
    exit: 2,
    outcome: "refused by its size before it is parsed",
  }),
  open({
    family: "outputs",
    hazard: "-o the envelope",
    args: [...OPEN, "-o", "envelope.json"],
    exit: 2,
    outcome: "refused; the envelope is untouched",
  }),
  open({
    family: "outputs",
    hazard: "--receipt the same file as -o",
    args: [...OPEN, "-o", "out.json", "--receipt", "out.json"],
    exit: 2,
    outcome: "refused before anything is written",
  }),
  open({
    family: "outputs",
    hazard: "-o the private key file",
    args: [...OPEN, "-o", "b.private.json"],
    exit: 2,
    outcome: "refused; the key file is untouched",
  }),
  open({
    family: "outputs",
    hazard: "-o in a missing folder",
    args: [...OPEN, "-o", "missing/out.json"],
    exit: 2,
    outcome: "refused as not writable; no partial file of the bundle left",
  }),
  open({
    family: "outputs",
    hazard: "-o a named pipe",
    args: [...OPEN, "-o", "pipe"],
    exit: 0,
    outcome: "the bundle is written into the pipe, which stays a pipe",
    keeps: { file: "pipe", text: EXAMPLES.bundle.sender.agencyId },
    run: { kind: "fifo-output", fifo: "pipe" },
  }),
  open({
    family: "JSON",
    hazard: "truncated envelope",
    files: { "envelope.json": ENVELOPE.slice(0, Math.floor(ENVELOPE.length / 2)) },
    args: [...OPEN, "-o", "out.json"],
    exit: 2,
    outcome: "refused as not an envelope; nothing written",
  }),
  open({
    family: "JSON",
    hazard: "tampered ciphertext",
    files: {
      "envelope.json": json({
        ...sealed.envelope,
        ciphertext: `${sealed.envelope.ciphertext.startsWith("A") ? "B" : "A"}${sealed.envelope.ciphertext.slice(1)}`,
      }),
    },
    args: [...OPEN, "-o", "out.json"],
    exit: 2,
    outcome: "refused: cannot be decrypted; nothing written",
  }),
  open({
    family: "JSON",
    hazard: "__proto__ keys in the envelope",
    files: { "envelope.json": withPrototypeKeys(ENVELOPE) },
    args: [...OPEN, "-o", "out.json"],
    exit: 2,
    outcome: "refused; nothing written, no prototype reached",
  }),
  open({
    family: "JSON",
    hazard: "envelope nested 10,000 deep",
    files: { "envelope.json": deep(ENVELOPE, 10_000) },
    args: [...OPEN, "-o", "out.json"],
    exit: 2,
    outcome: "refused; no stack overflow, nothing written",
  }),
  open({
    family: "JSON",
    hazard: "__proto__ keys in the trusted JWKS",
    files: { "a.public.json": withPrototypeKeys(json(aKeys.publicKeys)) },
    args: [...OPEN, "-o", "out.json"],
    exit: 2,
    outcome: "the key file is refused; nothing written",
  }),
  open({
    family: "JSON",
    hazard: "envelope over the size cap",
    files: { "envelope.json": huge(ENVELOPE) },
    args: [...OPEN, "-o", "out.json"],
    exit: 2,
    outcome: "refused by its size before it is parsed",
  }),
];
