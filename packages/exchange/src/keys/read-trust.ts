import { readJson } from "../json/read-json.js";
import { AgencyDirectory, AgencyJwks } from "./key-documents.js";
import { type KeyProblem, type KeyRead, privateKeyPointer, problemOfZod } from "./key-problem.js";
import { TrustDirectory } from "./trust-directory.js";

/** Largest directory read: room for thousands of agencies. */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

/**
 * Reads what an agency trusts: directory documents and agency JWK Sets (`tip keys new`'s public file), as
 * bytes, text or parsed values, merged into one `TrustDirectory`. Never throws on the input; a problem names
 * the document by position and the place by JSON Pointer. A document holding a private key is refused
 * (`private_key_in_public_file`): private keys are never to be handed around as trust.
 */
export async function readTrust(
  inputs: readonly (Uint8Array | string | object)[],
): Promise<KeyRead<TrustDirectory>> {
  const documents: (AgencyJwks | AgencyDirectory)[] = [];
  for (const [document, input] of inputs.entries()) {
    const read = readPublicDocument(input);
    if ("problem" in read) return { ok: false, problem: { ...read.problem, document } };
    documents.push(read.value);
  }
  return TrustDirectory.fromDocuments(documents);
}

function readPublicDocument(
  input: Uint8Array | string | object,
): { value: AgencyJwks | AgencyDirectory } | { problem: KeyProblem } {
  let value: unknown = input;
  if (typeof input === "string" || input instanceof Uint8Array) {
    const read = readJson(input, MAX_DIRECTORY_BYTES);
    if (!read.ok) return { problem: { code: read.problem, pointer: "" } };
    value = read.value;
  }
  const privateAt = privateKeyPointer(value);
  if (privateAt !== undefined) return { problem: { code: "private_key_in_public_file", pointer: privateAt } };
  try {
    const isDirectory = value !== null && typeof value === "object" && Object.hasOwn(value, "directory");
    const parsed = isDirectory ? AgencyDirectory.safeParse(value) : AgencyJwks.safeParse(value);
    return parsed.success ? { value: parsed.data } : { problem: problemOfZod(parsed.error) };
  } catch {
    // A getter or proxy that throws.
    return { problem: { code: "not_a_key_file", pointer: "" } };
  }
}
