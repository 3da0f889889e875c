import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { NOW, type TestAgency, threeAgencies } from "@tip/exchange/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NodeClient } from "./node-client.js";

// A stand-in node that answers whatever the test sets: the client must read an error's code from a problem
// details answer (application/problem+json, what the node sends now) and from a plain JSON one (older nodes).

let a: TestAgency;
let server: Server;
let url: string;
let answer = { status: 500, type: "application/json", body: "{}" };

beforeAll(async () => {
  ({ a } = await threeAgencies());
  server = createServer((_request, response) => {
    response.writeHead(answer.status, { "content-type": answer.type });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  if (server !== undefined) await new Promise((resolve) => server.close(resolve));
});

const client = () => new NodeClient({ url, keys: a.keys, clock: () => NOW });

describe("the client reading error answers", () => {
  const problem = {
    type: "https://github.com/tip-sdk/tip-sdk/blob/main/packages/node/README.md#problem-envelope_deleted",
    title: "Envelope content deleted",
    status: 410,
    code: "envelope_deleted",
    because: "retention",
    deletedAt: "2025-01-01T00:00:00.000Z",
  };

  it("reads a problem details answer, with or without a charset", async () => {
    for (const type of ["application/problem+json", "application/problem+json; charset=utf-8"]) {
      answer = { status: 410, type, body: JSON.stringify(problem) };
      const got = await client().fetchEnvelope("7b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3");
      expect(got, type).toEqual({ status: 410, body: problem });
      expect(got.body.code).toBe("envelope_deleted");
    }
  });

  it("reads an older node's plain JSON error answer the same way", async () => {
    answer = { status: 403, type: "application/json", body: '{"code":"forbidden"}' };
    expect(await client().inbox()).toEqual({ status: 403, body: { code: "forbidden" } });
  });

  it("gives an empty body for an answer that is not a JSON object, never throwing", async () => {
    for (const body of ["not json", "[1,2]", "null", '"text"', ""]) {
      answer = { status: 502, type: "application/problem+json", body };
      expect(await client().inbox(), body).toEqual({ status: 502, body: {} });
    }
  });
});
