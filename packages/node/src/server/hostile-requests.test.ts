import { directoryOf, NOW, type TestAgency, threeAgencies } from "@tip/exchange/testing";
import { base64url } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signRequest } from "../auth/request-signature.js";
import type { Database } from "../db/database.js";
import { NodeStore } from "../db/node-store.js";
import { openDatabase } from "../db/open-database.js";
import { databaseFor } from "../testing/databases.js";
import { expectedProblem } from "../testing/problems.js";
import { createApp } from "./create-app.js";

// Requests an attacker would send, straight to the app (no socket): each gets a code, none a stack trace,
// none is stored.

let a: TestAgency;
let b: TestAgency;
let db: Database;
let app: ReturnType<typeof createApp>;
const logs: unknown[] = [];

beforeAll(async () => {
  ({ a, b } = await threeAgencies());
  db = await openDatabase(await databaseFor("pglite", "hostile"));
  app = createApp({
    keys: b.keys,
    trust: await directoryOf([a.publicKeys, b.publicKeys]),
    store: new NodeStore(db),
    clock: () => NOW,
    maxEnvelopeBytes: 64 * 1024,
    log: (line) => logs.push(line),
  });
});
afterAll(async () => {
  await db?.close();
});

/** A request signed by `who` for exactly this method, path and body: the response as it came. */
async function signedResponse(who: TestAgency, method: string, path: string, body?: string | Uint8Array) {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  const authorization = await signRequest(who.keys, {
    method,
    path,
    ...(bytes ? { body: bytes } : {}),
    now: NOW,
  });
  return app.request(path, {
    method,
    headers: { authorization },
    ...(bytes ? { body: new Blob([new Uint8Array(bytes)]) } : {}),
  });
}

/** A request signed by `who` for exactly this method, path and body: its status and parsed body. */
async function signed(who: TestAgency, method: string, path: string, body?: string | Uint8Array) {
  const response = await signedResponse(who, method, path, body);
  return { status: response.status, body: await response.json() };
}

/** A compact JWS-looking string with this header and payload, and a junk signature. */
const fakeJws = (header: unknown, payload: unknown) =>
  `${[header, payload].map((part) => base64url.encode(JSON.stringify(part))).join(".")}.c2ln`;

describe("hostile requests", () => {
  it("refuses malformed signatures, whatever their shape", async () => {
    const cases: [string, string][] = [
      ["Bearer abc", "signature_malformed"],
      ["TIP-Signature", "signature_malformed"],
      ["TIP-Signature a b", "signature_malformed"],
      [`TIP-Signature ${"x".repeat(10_000)}`, "signature_malformed"],
      [
        `TIP-Signature ${fakeJws({ alg: "none", kid: "k", typ: "tip-request+jws" }, {})}`,
        "signature_malformed",
      ],
      [
        `TIP-Signature ${fakeJws({ alg: "ES256", kid: "k", typ: "tip-receipt+jws" }, {})}`,
        "signature_malformed",
      ],
      [
        `TIP-Signature ${fakeJws({ alg: "ES256", kid: "nobody", typ: "tip-request+jws" }, {})}`,
        "unknown_key",
      ],
      [`TIP-Signature ${fakeJws({ __proto__: { alg: "ES256" }, kid: "k" }, {})}`, "signature_malformed"],
      ["TIP-Signature ..", "signature_malformed"],
      ["TIP-Signature \u00e9.\u00e9.\u00e9", "signature_malformed"],
    ];
    for (const [authorization, code] of cases) {
      const response = await app.request("/v1/inbox", { headers: { authorization } });
      expect([response.status, await response.json()], authorization.slice(0, 60)).toEqual([
        401,
        expectedProblem(401, code),
      ]);
    }
  });

  it("refuses bad queries and ids with a code, and reads nothing for them", async () => {
    for (const query of [
      "?after=-1",
      "?limit=0",
      "?limit=100000",
      "?after=1e309",
      "?after=abc",
      "?__proto__=1",
      "?pending=yes",
    ])
      expect((await signed(b, "GET", `/v1/inbox${query}`)).body, query).toEqual(
        expectedProblem(400, "bad_request"),
      );
    for (const id of ["not-a-uuid", "..%2F..%2Fetc", "%00", "00000000-0000-4000-8000-000000000000"])
      expect((await signed(b, "GET", `/v1/inbox/${id}`)).body, id).toEqual(expectedProblem(404, "not_found"));
    expect((await signed(b, "GET", "/v1/status?about=x")).body).toEqual(expectedProblem(400, "bad_request"));
  });

  it("refuses envelopes that are not JSON, too deep, too large or prototype tricks, storing none", async () => {
    const cases: [string | Uint8Array, string][] = [
      [new Uint8Array([0xff, 0xfe, 0x7b]), "not_json"],
      ["[".repeat(5000) + "]".repeat(5000), "not_an_envelope"],
      ['{"__proto__":{"protected":"x"},"ciphertext":"y"}', "not_an_envelope"],
      ["null", "not_an_envelope"],
      ['"a string"', "not_an_envelope"],
    ];
    for (const [body, code] of cases) {
      const answer = await signed(a, "POST", "/v1/envelopes", body);
      expect([answer.status, answer.body], code).toEqual([422, expectedProblem(422, code)]);
    }
    expect((await signed(a, "POST", "/v1/envelopes", "x".repeat(70 * 1024))).body).toEqual(
      expectedProblem(413, "body_too_large"),
    );
    expect((await signed(a, "POST", "/v1/status", '{"protected":1}')).body).toMatchObject({
      code: "not_a_message",
    });
    const rows = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM received_envelopes");
    expect(rows[0]?.n).toBe(0);
  });

  it("limits each agency's rate: past the burst, 429 with Retry-After, other agencies unaffected", async () => {
    const limited = createApp({
      keys: b.keys,
      trust: await directoryOf([a.publicKeys, b.publicKeys]),
      store: new NodeStore(db),
      clock: () => NOW,
      // Refills one token in 1000 s: none comes back during the test.
      rateLimit: { perSecond: 0.001, burst: 2 },
      log: () => {},
    });
    const call = async (who: TestAgency) => {
      const authorization = await signRequest(who.keys, { method: "GET", path: "/v1/inbox", now: NOW });
      return limited.request("/v1/inbox", { headers: { authorization } });
    };
    expect((await call(b)).status).toBe(200);
    expect((await call(b)).status).toBe(200);
    const third = await call(b);
    expect([third.status, await third.json()]).toEqual([429, expectedProblem(429, "rate_limited")]);
    expect(third.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(900);
    expect((await call(a)).status).toBe(403);
  });

  it("answers every error as problem details with the HTTP status, echoing nothing of the request", async () => {
    // Each request carries marked values (in a header, the path, the query or the body) that must not come back.
    const cases: [string, () => Response | Promise<Response>, number, string[]][] = [
      [
        "malformed signature",
        () => app.request("/v1/inbox", { headers: { authorization: "TIP-Signature mark-header-7301" } }),
        401,
        ["mark-header-7301"],
      ],
      [
        "unknown request key",
        () =>
          app.request("/v1/inbox", {
            headers: {
              authorization: `TIP-Signature ${fakeJws({ alg: "ES256", kid: "mark-kid-7302", typ: "tip-request+jws" }, { agency: "mark-agency-7303" })}`,
            },
          }),
        401,
        ["mark-kid-7302", "mark-agency-7303"],
      ],
      ["bad query", () => signedResponse(b, "GET", "/v1/inbox?after=mark7304"), 400, ["mark7304"]],
      [
        "unknown id",
        () => signedResponse(b, "GET", "/v1/inbox/7305aaaa-0000-4000-8000-000000007305"),
        404,
        ["7305aaaa", "000000007305"],
      ],
      [
        "unknown route",
        () => app.request("/v1/mark-route-7306?x=mark-7307"),
        404,
        ["mark-route-7306", "mark-7307"],
      ],
      ["not the node's agency", () => signedResponse(a, "GET", "/v1/inbox?after=7313"), 403, ["7313"]],
      [
        "not JSON",
        () => signedResponse(a, "POST", "/v1/envelopes", "mark-body-7308 {"),
        422,
        ["mark-body-7308"],
      ],
      [
        "not an envelope",
        () => signedResponse(a, "POST", "/v1/envelopes", '{"mark-key-7309":"mark-value-7310"}'),
        422,
        ["mark-key-7309", "mark-value-7310"],
      ],
      [
        "not a status message",
        () => signedResponse(a, "POST", "/v1/status", '{"protected":"mark-7311"}'),
        422,
        ["mark-7311"],
      ],
      [
        "body too large",
        () => signedResponse(a, "POST", "/v1/envelopes", `mark-7312${"x".repeat(70 * 1024)}`),
        413,
        ["mark-7312", "xxxx"],
      ],
    ];
    const standard = ["type", "title", "status", "code"];
    for (const [name, send, status, marks] of cases) {
      const response = await send();
      expect(response.status, name).toBe(status);
      expect(response.headers.get("content-type"), name).toBe("application/problem+json");
      const text = await response.text();
      const body = JSON.parse(text) as Record<string, unknown>;
      expect(body.status, name).toBe(status);
      expect(body.type, name).toBe(
        `https://github.com/tip-sdk/tip-sdk/blob/main/packages/node/README.md#problem-${body.code}`,
      );
      expect(body.title, name).toEqual(expect.any(String));
      expect(Object.keys(body), name).toEqual(standard);
      for (const mark of marks) expect(text, `${name}: ${mark}`).not.toContain(mark);
    }
  });

  it("logs codes and routes, never a header, a body or the path asked", () => {
    const text = JSON.stringify(logs);
    expect(text).not.toContain("TIP-Signature");
    expect(text).not.toContain("__proto__");
    expect(text).not.toContain("00000000-0000-4000-8000-000000000000");
    expect(text).toContain('"route":"/v1/inbox/:messageId"');
  });
});
