import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { EXAMPLES } from "@tip/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messagesFor } from "../messages/messages.js";
import { serveCommand } from "../node/serve-command.js";
import { run } from "../run.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";

const tmp = tempDir("tip-node-");
const A = EXAMPLES.bundle.sender.agencyId;
const B = EXAMPLES.referral.to.agencyId;
const bundle = tmp.write("bundle.json", JSON.stringify(EXAMPLES.bundle));
const path = (name: string) => join(tmp.dir, name);

async function tip(...argv: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const code = await run(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

let url = "";
let stop: () => void = () => {};
let served: Promise<number> | undefined;
let serveOut: ReturnType<typeof memoryIo> | undefined;

beforeAll(async () => {
  for (const [name, id, country] of [
    ["a", A, "TT"],
    ["b", B, "VE"],
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
  serveOut = memoryIo({ cwd: tmp.dir });
  const ctx = { io: serveOut.io, lang: "en" as const, messages: await messagesFor("en"), exitCode: 0 };
  served = serveCommand(
    { key: "b/private.jwks.json", trust: ["directory.json"], port: "0", dataDir: "b-node" },
    ctx,
    new Promise<void>((done) => {
      stop = done;
    }),
  );
  for (let waited = 0; url === "" && waited < 600; waited++) {
    const match = /listening on (http:\/\/\S+) /.exec(serveOut.stdout.text());
    if (match?.[1]) url = match[1];
    else if (serveOut.stderr.text() !== "") throw new Error(serveOut.stderr.text());
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Creating the embedded database takes seconds on a busy machine.
}, 120_000);
afterAll(async () => {
  stop();
  await served;
  tmp.remove();
});

describe("tip serve, tip send and tip inbox", () => {
  it("A sends a sealed envelope to B's node and verifies the receipt; B lists, fetches and acknowledges it", async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
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
    expect(sealed.code).toBe(0);
    const id = /message ([0-9a-f-]{36})/.exec(sealed.stdout)?.[1] ?? "";
    const send = (...extra: string[]) =>
      tip("send", "envelope.json", "--to", url, "--key", "a/private.jwks.json", ...extra);
    const sent = await send("--trust", "b/public.jwks.json", "--receipt", "receipt.json");
    expect(sent).toMatchObject({ code: 0, stderr: "" });
    expect(sent.stdout).toContain(`Message ${id} accepted by agency ${B}.`);
    expect(sent.stdout).toContain("The receipt's signature was verified.");
    expect(JSON.parse(readFileSync(path("receipt.json"), "utf8"))).toHaveProperty("signature");

    const again = await send("--lang", "es");
    expect(again.code).toBe(2);
    expect(again.stdout).toContain(`El nodo ya recibió el mensaje ${id}`);

    const inbox = (...extra: string[]) =>
      tip("inbox", ...extra, "--from", url, "--key", "b/private.jwks.json");
    const listed = await inbox("list");
    expect(listed.code).toBe(0);
    const lines = listed.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([expect.objectContaining({ messageId: id, sender: A, acknowledgedAt: null })]);
    expect(listed.stderr).toContain("1 envelope listed.");

    const fetched = await inbox("fetch", id, "-o", "fetched.json");
    expect(fetched.code).toBe(0);
    expect(readFileSync(path("fetched.json"), "utf8")).toBe(readFileSync(path("envelope.json"), "utf8"));
    const opened = await tip(
      "open",
      "fetched.json",
      "--key",
      "b/private.jwks.json",
      "--trust",
      "a/public.jwks.json",
      "-o",
      "opened.json",
    );
    expect(opened.code).toBe(0);
    expect((await inbox("ack", id)).code).toBe(0);
    expect((await inbox("list", "--pending")).stdout).toBe("");

    // A may send to B's node but not read B's inbox.
    const asA = await tip("inbox", "list", "--from", url, "--key", "a/private.jwks.json");
    expect(asA.code).toBe(2);
    expect(asA.stderr).toContain("(HTTP 403, forbidden)");

    // The node's log: one JSON line per request, no content, no record id, no message id.
    const log = serveOut?.stderr.text() ?? "";
    expect(log.split("\n").filter(Boolean).length).toBeGreaterThanOrEqual(8);
    // (Agency ids are logged: they name the organisations that sign the requests.)
    const people = EXAMPLES.bundle.records.filter((record) => record.recordType !== "agency");
    for (const secret of [id, ...people.map((record) => record.id)]) expect(log).not.toContain(secret);
  });

  it("says why it cannot send: a bad URL or id is a usage error, an unreachable node exit 2", async () => {
    const badUrl = await tip(
      "send",
      "envelope.json",
      "--to",
      "ftp://x",
      "--key",
      "a/private.jwks.json",
      "--lang",
      "fr",
    );
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toContain("--to attend l’URL d’un nœud");
    const missing = await tip("send", "envelope.json", "--key", "a/private.jwks.json");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--to");
    const closed = await freePort();
    const down = await tip(
      "send",
      bundle,
      "--to",
      `http://127.0.0.1:${closed}`,
      "--key",
      "a/private.jwks.json",
    );
    expect(down.code).toBe(2);
    expect(down.stderr).toContain(`cannot reach the node at http://127.0.0.1:${closed}: ECONNREFUSED`);
    const badId = await tip(
      "inbox",
      "fetch",
      "not-an-id",
      "--from",
      url,
      "--key",
      "b/private.jwks.json",
      "--lang",
      "pt",
    );
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain("precisa de um identificador de mensagem");
    // Not an envelope: the node refuses it, with the reason in words.
    const refused = await tip("send", bundle, "--to", url, "--key", "a/private.jwks.json");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("the node refused the envelope:");
  });
});

/** A port nothing listens on (it was free a moment ago). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address !== null ? address.port : 0));
    });
  });
}
