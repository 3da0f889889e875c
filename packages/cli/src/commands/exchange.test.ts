import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { readAgencyKeys, readTrust, verifyReceipt } from "@tip/exchange";
import { EXAMPLES } from "@tip/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../run.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";

const tmp = tempDir("tip-exchange-");
afterAll(() => tmp.remove());

const A = EXAMPLES.bundle.sender.agencyId;
const B = EXAMPLES.referral.to.agencyId;
const C = "4f3e2d1c-0b9a-4876-9543-210fedcba987";
const bundle = tmp.write("bundle.json", JSON.stringify(EXAMPLES.bundle));
const path = (name: string) => join(tmp.dir, name);

async function tip(...argv: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const code = await run(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Every private scalar written so far: none may ever be printed. */
const secrets = () =>
  ["a", "b", "c"].flatMap((agency) => {
    const file = path(`${agency}/private.jwks.json`);
    if (!existsSync(file)) return [];
    return (JSON.parse(readFileSync(file, "utf8")) as { keys: { d: string }[] }).keys.map((key) => key.d);
  });

function expectNoSecret(...texts: string[]) {
  for (const text of texts) for (const secret of secrets()) expect(text).not.toContain(secret);
}

const seal = (...extra: string[]) =>
  tip(
    "seal",
    bundle,
    "--key",
    "a/private.jwks.json",
    "--to",
    "b/public.jwks.json",
    "--purpose",
    "referral_transnational",
    "--agreement",
    "DSA-TT-VE-2023-07",
    "--retention",
    "P5Y",
    ...extra,
  );

beforeAll(async () => {
  for (const [name, id, country] of [
    ["a", A, "TT"],
    ["b", B, "VE"],
    ["c", C, "TT"],
  ] as const) {
    const result = await tip("keys", "new", "--agency", id, "--country", country, "-o", name);
    if (result.code !== 0) throw new Error(result.stderr);
  }
});

describe("tip keys new", () => {
  it("writes a private file readable by its owner only and a public JWK Set without private members", () => {
    expect(statSync(path("a/private.jwks.json")).mode & 0o777).toBe(0o600);
    const published = readFileSync(path("a/public.jwks.json"), "utf8");
    expect(published).not.toMatch(/"d"\s*:/);
    expect(JSON.parse(published)).toMatchObject({
      agencyId: A,
      country: "TT",
      keys: [{ use: "sig" }, { use: "enc" }],
    });
  });

  it("never overwrites keys, and refuses an agency id that is not a UUID, in the chosen language", async () => {
    const before = readFileSync(path("a/private.jwks.json"), "utf8");
    const again = await tip("keys", "new", "--agency", A, "-o", "a", "--lang", "es");
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("las claves nunca se sobrescriben");
    expect(readFileSync(path("a/private.jwks.json"), "utf8")).toBe(before);
    const bad = await tip("keys", "new", "--agency", "ministry-1", "-o", "x");
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain("--agency needs an agency id written as a UUID");
    expect(existsSync(path("x"))).toBe(false);
  });
});

describe("tip seal and tip open", () => {
  it("A seals for B, B opens it (exit 0) and writes a receipt A can verify", async () => {
    const sealed = await seal("-o", "envelope.json");
    expect(sealed).toMatchObject({ code: 0, stderr: "" });
    expect(sealed.stdout).toMatch(/^Sealed message [0-9a-f-]{36} for 1 agency: /);
    const opened = await tip(
      "open",
      "envelope.json",
      "--key",
      "b/private.jwks.json",
      "--trust",
      "a/public.jwks.json",
      "-o",
      "opened.json",
      "--receipt",
      "receipt.json",
    );
    expect(opened).toMatchObject({ code: 0, stderr: "" });
    expect(opened.stdout).toContain("The bundle is valid: 6 records.");
    expect(JSON.parse(readFileSync(path("opened.json"), "utf8"))).toEqual(EXAMPLES.bundle);
    const trust = await readTrust([readFileSync(path("b/public.jwks.json"))]);
    if (!trust.ok) throw new Error(trust.problem.code);
    const receipt = await verifyReceipt(readFileSync(path("receipt.json")), {
      trust: trust.value,
      agencyId: A,
    });
    expect(receipt.ok && receipt.message).toMatchObject({ from: B, to: A, outcome: "accepted" });
    expectNoSecret(sealed.stdout, sealed.stderr, opened.stdout, opened.stderr);
  });

  it("seals nothing without consent for the purpose: exit 1, records named by place, never by id", async () => {
    const result = await seal("--purpose", "criminal_proceedings", "-o", "refused.json", "--lang", "fr");
    expect(result.code).toBe(1);
    expect(existsSync(path("refused.json"))).toBe(false);
    expect(result.stderr).toContain("Non scellé : 3 enregistrements ne peuvent pas être envoyés");
    expect(result.stderr).toContain("/records/1");
    for (const record of EXAMPLES.bundle.records) expect(result.stderr).not.toContain(record.id);
  });

  it("refuses C, a replay, a tampered envelope and a private key given as trust: exit 2, nothing written", async () => {
    await seal("-o", "again.json");
    const open = (key: string, trust: string, output: string, ...extra: string[]) =>
      tip("open", "again.json", "--key", key, "--trust", trust, "-o", output, ...extra);
    const byC = await open("c/private.jwks.json", "a/public.jwks.json", "c.json");
    expect(byC.code).toBe(2);
    expect(byC.stderr).toContain("not addressed to this agency");
    const first = await open(
      "b/private.jwks.json",
      "a/public.jwks.json",
      "first.json",
      "--seen",
      "seen.ndjson",
    );
    expect(first.code).toBe(0);
    const replay = await open(
      "b/private.jwks.json",
      "a/public.jwks.json",
      "replay.json",
      "--seen",
      "seen.ndjson",
      "--lang",
      "pt",
    );
    expect(replay.code).toBe(2);
    expect(replay.stderr).toContain("já foi aberta antes");
    const envelope = JSON.parse(readFileSync(path("again.json"), "utf8")) as { ciphertext: string };
    const flipped = envelope.ciphertext.startsWith("A")
      ? `B${envelope.ciphertext.slice(1)}`
      : `A${envelope.ciphertext.slice(1)}`;
    tmp.write("tampered.json", JSON.stringify({ ...envelope, ciphertext: flipped }));
    const tampered = await tip(
      "open",
      "tampered.json",
      "--key",
      "b/private.jwks.json",
      "--trust",
      "a/public.jwks.json",
      "-o",
      "t.json",
    );
    expect(tampered.code).toBe(2);
    expect(tampered.stderr).toContain("cannot be decrypted");
    const leaked = await open("b/private.jwks.json", "a/private.jwks.json", "leak.json");
    expect(leaked.code).toBe(2);
    expect(leaked.stderr).toContain("holds a private key (/keys/0/d)");
    for (const output of ["c.json", "replay.json", "t.json", "leak.json"])
      expect(existsSync(path(output))).toBe(false);
    expectNoSecret(byC.stderr, replay.stderr, tampered.stderr, leaked.stderr);
  });

  it("opens a bundle with invalid records with exit 1: written, reported, answered with a rejection", async () => {
    const invalid = structuredClone(EXAMPLES.bundle) as unknown as { records: Record<string, unknown>[] };
    const perpetrator = invalid.records.find((record) => record.recordType === "perpetrator");
    // A value no id, digest or date of the receipt could hold by chance (a random digest once held "XX").
    if (perpetrator) perpetrator.sex = "§planted§";
    tmp.write("invalid.json", JSON.stringify(invalid));
    const sealed = await tip(
      "seal",
      "invalid.json",
      "--key",
      "a/private.jwks.json",
      "--to",
      "b/public.jwks.json",
      "--purpose",
      "referral_transnational",
      "--agreement",
      "DSA-1",
      "--retention",
      "P1Y",
      "-o",
      "invalid-envelope.json",
    );
    expect(sealed.code).toBe(0);
    const opened = await tip(
      "open",
      "invalid-envelope.json",
      "--key",
      "b/private.jwks.json",
      "--trust",
      "a/public.jwks.json",
      "-o",
      "invalid-opened.json",
      "--receipt",
      "rejection.json",
    );
    expect(opened.code).toBe(1);
    expect(opened.stdout).toContain("not valid: 1 error; 1 of 6 records invalid");
    expect(opened.stderr).toContain("invalid_code");
    expect(existsSync(path("invalid-opened.json"))).toBe(true);
    const receipt = JSON.parse(readFileSync(path("rejection.json"), "utf8")) as { payload: string };
    const body = JSON.parse(Buffer.from(receipt.payload, "base64url").toString("utf8"));
    expect(body).toMatchObject({ outcome: "rejected", issues: [{ code: "invalid_code", count: 1 }] });
    expect(JSON.stringify(body)).not.toContain("planted");
  });

  it("needs its key options, and never writes the envelope over an input", async () => {
    const missing = await tip("seal", bundle, "--purpose", "referral_transnational");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("option --key is required");
    expect(missing.stderr).toContain("option --to is required");
    const over = await seal("-o", "b/public.jwks.json");
    expect(over.code).toBe(2);
    const keys = await readAgencyKeys(readFileSync(path("b/private.jwks.json")));
    expect(keys.ok).toBe(true);
    expect(JSON.parse(readFileSync(path("b/public.jwks.json"), "utf8"))).toMatchObject({ agencyId: B });
  });
});
