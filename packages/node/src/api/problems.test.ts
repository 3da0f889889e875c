import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PROBLEM_TITLES, problemDetails } from "./problems.js";
import { ErrorBody } from "./schemas.js";

/** Every code the node can answer with: the union in `ErrorBody`. */
const CODES: readonly string[] = ErrorBody.shape.code.options;

describe("the problem details of every error code", () => {
  it("covers the codes of envelopes, request signatures and the node itself", () => {
    for (const code of ["not_json", "replayed", "signature_missing", "request_replayed", "envelope_deleted"])
      expect(CODES).toContain(code);
    expect(new Set(CODES).size).toBe(37);
  });

  it("gives each code a type of its own, the address of its row in the README, and a fixed title", () => {
    const types = new Set<string>();
    for (const code of CODES) {
      const body = problemDetails(code as never, 422);
      expect(body.type, code).toBe(
        `https://github.com/tip-sdk/tip-sdk/blob/main/packages/node/README.md#problem-${code}`,
      );
      // An absolute URI, so no base is needed to resolve it.
      expect(new URL(body.type).protocol, code).toBe("https:");
      types.add(body.type);
      // Short English, no placeholder for a value, the same text every time.
      expect(body.title, code).toMatch(/^[A-Z][A-Za-z0-9' -]{2,60}$/);
      expect(problemDetails(code as never, 401).title, code).toBe(body.title);
      expect(Object.hasOwn(PROBLEM_TITLES, code), code).toBe(true);
    }
    expect(types.size).toBe(CODES.length);
    expect(Object.keys(PROBLEM_TITLES).sort()).toEqual([...CODES].sort());
  });

  it("is an answer its own schema accepts, with the status given and the extension members kept", () => {
    for (const code of CODES) {
      const body = problemDetails(code as never, 409);
      expect(ErrorBody.parse(body), code).toEqual(body);
      expect(body.status).toBe(409);
    }
    const deleted = problemDetails("envelope_deleted", 410, {
      because: "retention",
      deletedAt: "2025-01-01T00:00:00.000Z",
    });
    expect(deleted).toEqual({
      type: "https://github.com/tip-sdk/tip-sdk/blob/main/packages/node/README.md#problem-envelope_deleted",
      title: expect.any(String),
      status: 410,
      code: "envelope_deleted",
      because: "retention",
      deletedAt: "2025-01-01T00:00:00.000Z",
    });
    expect(ErrorBody.parse(deleted)).toEqual(deleted);
    expect(problemDetails("unknown_key", 422, { kid: "k-1" })).toMatchObject({
      code: "unknown_key",
      kid: "k-1",
    });
  });

  it("lets no other member in, nor one of the standard members overridden", () => {
    const sneaky = {
      detail: "a value of the request",
      instance: "/v1/inbox/x",
      type: "https://attacker.example",
      title: "changed",
      status: 200,
      code: "forbidden",
      __proto__: { polluted: true },
      kid: undefined,
    };
    const body = problemDetails("not_found", 404, sneaky as never);
    expect(body).toEqual({
      type: "https://github.com/tip-sdk/tip-sdk/blob/main/packages/node/README.md#problem-not_found",
      title: expect.any(String),
      status: 404,
      code: "not_found",
    });
    expect(Object.keys(body)).toEqual(["type", "title", "status", "code"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("the README a problem type points at", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

  it("has the row of every code, under the anchor its type ends with, with its title", () => {
    for (const code of CODES) {
      const type = problemDetails(code as never, 400).type;
      expect(type.endsWith(`README.md#problem-${code}`), code).toBe(true);
      const row = readme.split("\n").find((line) => line.includes(`<a id="problem-${code}"></a>`));
      expect(row, code).toBeDefined();
      const cells = (row ?? "").split("|").map((cell) => cell.trim());
      expect(cells[2], code).toBe(PROBLEM_TITLES[code as keyof typeof PROBLEM_TITLES]);
    }
  });
});
