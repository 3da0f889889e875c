import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi.js";

/** Every `$ref` in a value. */
function refsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsOf);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === "$ref" && typeof child === "string" ? [child] : refsOf(child),
  );
}

describe("the OpenAPI document", () => {
  const document = openApiDocument() as {
    openapi: string;
    paths: Record<string, Record<string, { security?: unknown }>>;
    components: { schemas: Record<string, unknown> };
  };

  it("is OpenAPI 3.1 and every reference names a schema it holds", () => {
    expect(document.openapi).toBe("3.1.0");
    const refs = refsOf(document);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const match = /^#\/components\/schemas\/(\w+)$/.exec(ref);
      expect(match?.[1], ref).toBeDefined();
      expect(document.components.schemas[match?.[1] ?? ""], ref).toBeDefined();
    }
  });

  it("asks for a signed request on every path but the health check", () => {
    for (const [path, operations] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(operations))
        expect(operation.security !== undefined, `${method} ${path}`).toBe(path !== "/v1/health");
  });

  it("describes every error answer as problem details (application/problem+json) of the Error schema", () => {
    let errors = 0;
    for (const [path, operations] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(operations)) {
        const responses = (operation as { responses: Record<string, { content?: Record<string, unknown> }> })
          .responses;
        for (const [status, response] of Object.entries(responses)) {
          if (Number(status) < 400) continue;
          errors++;
          expect(response.content?.["application/problem+json"], `${method} ${path} ${status}`).toEqual({
            schema: { $ref: "#/components/schemas/Error" },
          });
        }
      }
    expect(errors).toBeGreaterThan(20);
    const schema = document.components.schemas.Error as { required: string[]; properties: object };
    expect(schema.required).toEqual(expect.arrayContaining(["type", "title", "status", "code"]));
    expect(Object.keys(schema.properties)).not.toContain("detail");
    expect(Object.keys(schema.properties)).not.toContain("instance");
  });

  it("is the file in the package (npm run generate writes it)", async () => {
    const file = JSON.parse(await readFile(new URL("../../openapi.json", import.meta.url), "utf8"));
    const { "x-generated": marker, ...rest } = file;
    expect(marker).toMatch(/^GENERATED/);
    expect(rest).toEqual(document);
  });
});
