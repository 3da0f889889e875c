import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createReceipt, readAgencyKeys } from "@tip/exchange";
import { EXAMPLES } from "@tip/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../run.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";

// `tip receipt verify` on input an attacker controls: whatever the file holds, a clear refusal, exit 2, no
// stack trace, nothing of the file echoed. (The verified paths run against real nodes in follow-up.test.ts.)
const tmp = tempDir("tip-receipt-");
const A = EXAMPLES.bundle.sender.agencyId;
const B = EXAMPLES.referral.to.agencyId;
const ENVELOPE = "0e1d2c3b-4a59-4687-b6a5-9c8d7e6f5a4b";

async function tip(...argv: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const code = await run(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const verify = (file: string, ...extra: string[]) =>
  tip("receipt", "verify", file, "--key", "a/private.jwks.json", "--trust", "b/public.jwks.json", ...extra);

let signed: { protected: string; payload: string; signature: string };

beforeAll(async () => {
  for (const [name, id] of [
    ["a", A],
    ["b", B],
  ] as const) {
    const result = await tip("keys", "new", "--agency", id, "-o", name);
    if (result.code !== 0) throw new Error(result.stderr);
  }
  const keys = await readAgencyKeys(readFileSync(join(tmp.dir, "b/private.jwks.json")));
  if (!keys.ok) throw new Error(keys.problem.code);
  signed = (await createReceipt({
    keys: keys.value,
    inReplyTo: ENVELOPE,
    to: A,
    outcome: "accepted",
  })) as never;
  tmp.write("receipt.json", JSON.stringify(signed));
});
afterAll(() => tmp.remove());

describe("tip receipt verify on hostile input", () => {
  it("verifies the genuine receipt (the cases below differ from it in one way each)", async () => {
    expect(await verify("receipt.json")).toMatchObject({ code: 0, stderr: "" });
  });

  const SECRET = "CANARY-Rc7";
  const payload = (body: unknown) => Buffer.from(JSON.stringify(body)).toString("base64url");
  const cases: [string, () => string | Uint8Array][] = [
    [
      "a __proto__ key at the top",
      () => `{"__proto__":{"polluted":"${SECRET}"},${JSON.stringify(signed).slice(1)}`,
    ],
    [
      "a constructor key in the payload",
      () => JSON.stringify({ ...signed, payload: payload({ constructor: { prototype: SECRET } }) }),
    ],
    [
      "a payload that is not JSON",
      () => JSON.stringify({ ...signed, payload: Buffer.from(SECRET).toString("base64url") }),
    ],
    ["nesting 100,000 levels deep", () => `${"[".repeat(100_000)}"${SECRET}"${"]".repeat(100_000)}`],
    ["a file over 1 MiB", () => JSON.stringify({ ...signed, extra: SECRET.repeat(200_000) })],
    ["bytes that are not UTF-8", () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ["a NUL byte", () => `{"a":"\u0000${SECRET}"}`],
    ["a stray quote", () => `{"protected":"${SECRET}}`],
    ["an empty file", () => ""],
    ["the public key file itself", () => readFileSync(join(tmp.dir, "b/public.jwks.json"))],
  ];
  it.each(cases)("refuses %s, exit 2", async (_, content) => {
    tmp.write("hostile.json", content());
    const result = await verify("hostile.json");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("hostile.json is not a valid receipt for this agency:");
    expect(result.stderr).not.toContain(SECRET);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a folder, and strips control characters from the file name it prints", async () => {
    mkdirSync(join(tmp.dir, "folder"));
    const folder = await verify("folder");
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain("folder");
    const named = "evil\u001b[31mname.json";
    tmp.write(named, JSON.stringify({ ...signed, signature: "AAAA" }));
    const result = await verify(named);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain("\u001b");
  });
});
