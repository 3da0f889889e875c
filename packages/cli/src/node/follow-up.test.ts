import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createReceipt, readAgencyKeys, readTrust, verifyMessage } from "@tip/exchange";
import { NodeClient } from "@tip/exchange-node/client";
import { EXAMPLES } from "@tip/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messagesFor } from "../messages/messages.js";
import { run } from "../run.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";
import { serveCommand } from "./serve-command.js";

const tmp = tempDir("tip-follow-up-");
const A = EXAMPLES.bundle.sender.agencyId;
const B = EXAMPLES.referral.to.agencyId;
const REFERRAL = EXAMPLES.referral.id;
const bundle = tmp.write("bundle.json", JSON.stringify(EXAMPLES.bundle));
const path = (name: string) => join(tmp.dir, name);

async function tip(...argv: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const code = await run(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A node of one agency, served by `tip serve` on PGlite in the temporary folder. */
interface Served {
  url: string;
  stop: () => void;
  done: Promise<number>;
}

async function serve(agency: "a" | "b"): Promise<Served> {
  const out = memoryIo({ cwd: tmp.dir });
  const ctx = { io: out.io, lang: "en" as const, messages: await messagesFor("en"), exitCode: 0 };
  let stop: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  const options = {
    key: `${agency}/private.jwks.json`,
    trust: ["directory.json"],
    port: "0",
    dataDir: `${agency}-node`,
  };
  const done = serveCommand(options, ctx, stopped);
  for (let waited = 0; waited < 600; waited++) {
    const match = /listening on (http:\/\/\S+) /.exec(out.stdout.text());
    if (match?.[1]) return { url: match[1], stop, done };
    if (out.stderr.text() !== "") throw new Error(out.stderr.text());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the node did not start");
}

let nodeA: Served;
let nodeB: Served;
let envelopeId = "";

beforeAll(async () => {
  for (const [name, id, country] of [
    ["a", A, "TT"],
    ["b", B, "VE"],
    ["c", "4f3e2d1c-0b9a-4876-9543-210fedcba987", "TT"],
  ] as const) {
    const result = await tip("keys", "new", "--agency", id, "--country", country, "-o", name);
    if (result.code !== 0) throw new Error(result.stderr);
  }
  const publicOf = (name: string) => JSON.parse(readFileSync(path(`${name}/public.jwks.json`), "utf8"));
  tmp.write(
    "directory.json",
    JSON.stringify({
      directory: "tip-agency-directory",
      version: 1,
      agencies: [publicOf("a"), publicOf("b")],
    }),
  );
  [nodeA, nodeB] = await Promise.all([serve("a"), serve("b")]);
  const sealed = await tip(
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
    "-o",
    "envelope.json",
  );
  if (sealed.code !== 0) throw new Error(sealed.stderr);
  envelopeId = /message ([0-9a-f-]{36})/.exec(sealed.stdout)?.[1] ?? "";
  const sent = await tip(
    "send",
    "envelope.json",
    "--to",
    nodeB.url,
    "--key",
    "a/private.jwks.json",
    "--receipt",
    "receipt.json",
  );
  if (sent.code !== 0) throw new Error(sent.stderr);
  // Creating the embedded databases takes seconds on a busy machine.
}, 180_000);
afterAll(async () => {
  nodeA?.stop();
  nodeB?.stop();
  await Promise.all([nodeA?.done, nodeB?.done]);
  tmp.remove();
});

const verify = (receipt: string, ...extra: string[]) =>
  tip(
    "receipt",
    "verify",
    receipt,
    "--key",
    "a/private.jwks.json",
    "--trust",
    "b/public.jwks.json",
    ...extra,
  );

describe("tip receipt verify", () => {
  it("verifies the receipt kept by tip send: B accepted A's envelope", async () => {
    const verified = await verify("receipt.json", "--envelope", envelopeId);
    expect(verified).toMatchObject({ code: 0, stderr: "" });
    expect(verified.stdout).toMatch(
      new RegExp(
        `^Receipt verified: agency ${B} accepted message ${envelopeId} \\(\\d{4}-\\d{2}-\\d{2}T[^)]+\\)\\.\\n$`,
      ),
    );
    const inFrench = await verify("receipt.json", "--lang", "fr");
    expect(inFrench.stdout).toContain(`Accusé vérifié : l’organisme ${B} a accepté le message ${envelopeId}`);
  });

  it("exits 1 on a verified rejection, listing its issue codes", async () => {
    const keys = await readAgencyKeys(readFileSync(path("b/private.jwks.json")));
    if (!keys.ok) throw new Error(keys.problem.code);
    const rejected = await createReceipt({
      keys: keys.value,
      inReplyTo: envelopeId,
      to: A,
      outcome: "rejected",
      issues: { required_field_missing: 2, child_needs_no_means: 1 },
    });
    writeFileSync(path("rejected.json"), JSON.stringify(rejected));
    const result = await verify("rejected.json", "--lang", "es");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`el organismo ${B} rechazó el mensaje ${envelopeId}`);
    expect(result.stdout).toContain("(2 códigos de incidencia)");
    expect(result.stdout).toContain("  child_needs_no_means: 1\n  required_field_missing: 2");
  });

  it("refuses, exit 2, a receipt tampered with, signed by a key not trusted, for another agency or envelope", async () => {
    const receipt = JSON.parse(readFileSync(path("receipt.json"), "utf8")) as { payload: string };
    const body = JSON.parse(Buffer.from(receipt.payload, "base64url").toString("utf8"));
    const forged = {
      ...receipt,
      payload: Buffer.from(
        JSON.stringify({
          ...body,
          outcome: "accepted",
          issues: [],
          digest: undefined,
          createdAt: "2020-01-01T00:00:00Z",
        }),
      ).toString("base64url"),
    };
    writeFileSync(path("forged.json"), JSON.stringify(forged));
    const cases = [
      await verify("forged.json"),
      await tip(
        "receipt",
        "verify",
        "receipt.json",
        "--key",
        "a/private.jwks.json",
        "--trust",
        "a/public.jwks.json",
      ),
      await tip(
        "receipt",
        "verify",
        "receipt.json",
        "--key",
        "c/private.jwks.json",
        "--trust",
        "b/public.jwks.json",
      ),
      await verify("receipt.json", "--envelope", "0e1d2c3b-4a59-4687-b6a5-9c8d7e6f5a4b"),
      await verify("bundle.json"),
    ];
    for (const result of cases) {
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("is not a valid receipt for this agency:");
    }
  });

  it("says what is missing or unreadable, exit 2", async () => {
    const noTrust = await tip("receipt", "verify", "receipt.json", "--key", "a/private.jwks.json");
    expect(noTrust.code).toBe(2);
    expect(noTrust.stderr).toContain("--trust");
    const missing = await verify("nowhere.json");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nowhere.json");
    const badId = await verify("receipt.json", "--envelope", "x");
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain("needs a message id written as a UUID");
  });
});

const status = (...args: string[]) =>
  tip(
    "inbox",
    "status",
    ...args,
    "--referral",
    REFERRAL,
    "--sender",
    A,
    "--to",
    nodeA.url,
    "--key",
    "b/private.jwks.json",
  );

describe("tip inbox status", () => {
  it("posts B's signed status update to A's node, which A reads and verifies", async () => {
    const posted = await status(envelopeId, "declined");
    expect(posted).toMatchObject({ code: 0, stderr: "" });
    expect(posted.stdout).toBe(
      `Status declined of referral ${REFERRAL} (message ${envelopeId}) stored by ${nodeA.url}.\n`,
    );
    const keys = await readAgencyKeys(readFileSync(path("a/private.jwks.json")));
    const trust = await readTrust([readFileSync(path("b/public.jwks.json"))]);
    if (!keys.ok || !trust.ok) throw new Error("test keys unreadable");
    const answer = await new NodeClient({ url: nodeA.url, keys: keys.value }).statuses({ about: envelopeId });
    const items = answer.body.items as {
      sender: string;
      referralId: string;
      status: string;
      message: unknown;
    }[];
    expect(items).toEqual([expect.objectContaining({ sender: B, referralId: REFERRAL, status: "declined" })]);
    const checked = await verifyMessage(items[0]?.message, { trust: trust.value, agencyId: A });
    expect(checked).toMatchObject({ ok: true, message: { type: "status", from: B, status: "declined" } });
    const later = await status(envelopeId, "completed", "--lang", "pt");
    expect(later.stdout).toContain(`Estado completed do encaminhamento ${REFERRAL}`);
  });

  it("refuses bad arguments before signing anything, exit 2", async () => {
    const badStatus = await status(envelopeId, "draft");
    expect(badStatus.code).toBe(2);
    expect(badStatus.stderr).toContain("<status>");
    expect(badStatus.stderr).toContain("declined");
    const badReferral = await tip(
      "inbox",
      "status",
      envelopeId,
      "declined",
      "--referral",
      "nope",
      "--sender",
      A,
      "--to",
      nodeA.url,
      "--key",
      "b/private.jwks.json",
      "--lang",
      "fr",
    );
    expect(badReferral.code).toBe(2);
    expect(badReferral.stderr).toContain("--referral demande un UUID");
    const missing = await tip("inbox", "status", envelopeId, "declined", "--key", "b/private.jwks.json");
    expect(missing.code).toBe(2);
    for (const option of ["--referral", "--sender", "--to"]) expect(missing.stderr).toContain(option);
  });

  it("exits 2 when the node refuses: a caller not trusted, or a node that is not the sender's", async () => {
    const fromC = await tip(
      "inbox",
      "status",
      envelopeId,
      "declined",
      "--referral",
      REFERRAL,
      "--sender",
      A,
      "--to",
      nodeA.url,
      "--key",
      "c/private.jwks.json",
    );
    expect(fromC.code).toBe(2);
    expect(fromC.stderr).toContain("the node refused the status update:");
    // B's own node is not the addressee (A is): it refuses the update.
    const wrongNode = await tip(
      "inbox",
      "status",
      envelopeId,
      "declined",
      "--referral",
      REFERRAL,
      "--sender",
      A,
      "--to",
      nodeB.url,
      "--key",
      "b/private.jwks.json",
    );
    expect(wrongNode.code).toBe(2);
    expect(wrongNode.stdout).toBe("");
    expect(wrongNode.stderr).toContain("the node refused the status update:");
  });
});
