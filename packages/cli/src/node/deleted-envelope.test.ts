import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../run.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";

// A node that deleted an envelope's content answers 410; `tip inbox fetch` says so in words, and never
// prints what else the answer held. The node here is a stand-in that answers every request with `answer`.

const tmp = tempDir("tip-deleted-");
const ID = "0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e";
let answer: { status: number; body: string } = { status: 410, body: "{}" };
let server: Server;
let url = "";

async function tip(...argv: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const code = await run(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

beforeAll(async () => {
  const made = await tip(
    "keys",
    "new",
    "--agency",
    "5a1e0c3d-2b4f-4c6a-8e9d-0f1a2b3c4d5e",
    "--country",
    "TT",
    "-o",
    "b",
  );
  if (made.code !== 0) throw new Error(made.stderr);
  server = createServer((_request, response) => {
    response.writeHead(answer.status, { "content-type": "application/json" });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  if (server !== undefined) await new Promise((resolve) => server.close(resolve));
  tmp.remove();
});

const fetchAs = (lang: string) =>
  tip("inbox", "fetch", ID, "--from", url, "--key", "b/private.jwks.json", "-o", "out.json", "--lang", lang);

describe("tip inbox fetch of an envelope the node deleted", () => {
  it("says why and when, in each language, and exits 2 writing nothing", async () => {
    const expected = {
      en: [
        "the node no longer keeps this envelope: its content was deleted at 2025-01-01T00:00:00.000Z because the retention period its sender set had run out",
        "because it expired before this agency acknowledged it",
      ],
      es: [
        "su contenido se borró el 2025-01-01T00:00:00.000Z porque había vencido el plazo de conservación",
        "porque caducó antes de que esta agencia acusara su recibo",
      ],
      fr: [
        "son contenu a été supprimé le 2025-01-01T00:00:00.000Z car la durée de conservation fixée par l’expéditeur était écoulée",
        "car elle a expiré avant que cette agence n’en accuse réception",
      ],
      pt: [
        "o seu conteúdo foi apagado em 2025-01-01T00:00:00.000Z porque o prazo de conservação fixado pelo remetente tinha terminado",
        "porque expirou antes de esta agência acusar a sua receção",
      ],
    };
    for (const [lang, [retention, expired]] of Object.entries(expected)) {
      answer = {
        status: 410,
        body: JSON.stringify({
          code: "envelope_deleted",
          because: "retention",
          deletedAt: "2025-01-01T00:00:00.000Z",
        }),
      };
      const first = await fetchAs(lang);
      expect([first.code, first.stdout], lang).toEqual([2, ""]);
      expect(first.stderr, lang).toContain(retention);
      answer = {
        status: 410,
        body: JSON.stringify({
          code: "envelope_deleted",
          because: "expired",
          deletedAt: "2025-01-01T00:00:00.000Z",
        }),
      };
      expect((await fetchAs(lang)).stderr, lang).toContain(expired);
    }
    expect(existsSync(join(tmp.dir, "out.json"))).toBe(false);
  });

  it("prints none of a hostile answer's own words", async () => {
    answer = {
      status: 410,
      body: JSON.stringify({
        code: "envelope_deleted",
        because: "Maria Example\u001b[31m",
        deletedAt: "2025-01-01T00:00:00Z\nforged line",
        name: "Maria Example",
      }),
    };
    const result = await fetchAs("en");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("its content was deleted at ? because its time had run out");
    expect(result.stderr).not.toContain("Maria");
    expect(result.stderr).not.toContain("forged");
    expect(result.stderr).not.toContain("\u001b");
  });
});

describe("tip serve --purge-minutes", () => {
  it("refuses a value that is not a whole number of minutes a timer takes", async () => {
    for (const value of ["-1", "abc", "1.5", "35792", "99999999999", ""]) {
      const result = await tip(
        "serve",
        "--key",
        "b/private.jwks.json",
        "--trust",
        "directory.json",
        "--purge-minutes",
        value,
      );
      expect(result.code, value).toBe(2);
      expect(result.stderr, value).toContain(
        `--purge-minutes needs a number of minutes from 0 to 35791, not “${value}”`,
      );
    }
  });

  it("is in the help of tip serve", async () => {
    const help = await tip("serve", "--help");
    expect(help.stdout).toContain("--purge-minutes <minutes>");
  });
});
