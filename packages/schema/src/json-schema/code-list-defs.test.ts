import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CODE_LISTS } from "../codes/code-lists.js";
import { hoistCodeLists, inlineCodeLists } from "./code-list-defs.js";

const dir = new URL("../../json-schema/", import.meta.url);
const load = (name: string) => JSON.parse(readFileSync(new URL(name, dir), "utf8"));

describe("code lists under $defs", () => {
  const field = (list: string, codes: string[]) => ({
    type: "string",
    enum: codes,
    title: "A field",
    "x-code-list": list,
  });

  it("writes a list used by two fields once and references it from both", () => {
    const schema = {
      type: "object",
      properties: {
        sex: field("sex", ["female", "male"]),
        countries: { type: "array", "x-code-list": "country", items: { type: "string", enum: ["TT", "VE"] } },
        country: field("country", ["TT", "VE"]),
      },
    };
    expect(hoistCodeLists(schema)).toEqual({
      type: "object",
      properties: {
        sex: { $ref: "#/$defs/sex", title: "A field", "x-code-list": "sex" },
        countries: { type: "array", "x-code-list": "country", items: { $ref: "#/$defs/country" } },
        country: { $ref: "#/$defs/country", title: "A field", "x-code-list": "country" },
      },
      $defs: {
        country: { type: "string", enum: ["TT", "VE"], "x-code-list": "country" },
        sex: { type: "string", enum: ["female", "male"], "x-code-list": "sex" },
      },
    });
  });

  it("keeps a different enum under the same list id inline, so no field's codes change", () => {
    const schema = { properties: { a: field("sex", ["female", "male"]), b: field("sex", ["female"]) } };
    const hoisted = hoistCodeLists(schema) as { properties: Record<string, Record<string, unknown>> };
    expect(hoisted.properties.a).toEqual({ $ref: "#/$defs/sex", title: "A field", "x-code-list": "sex" });
    expect(hoisted.properties.b).toEqual(field("sex", ["female"]));
  });

  it("leaves enums that name no code list inline", () => {
    const schema = { properties: { status: { type: "string", enum: ["a", "b"] } } };
    expect(hoistCodeLists(schema)).toEqual(schema);
  });

  it.each([
    "victim",
    "case",
    "bundle",
  ])("the committed %s schema holds each list once, equal to the model's, and inlines back", (type) => {
    const schema = load(`${type}.schema.json`);
    const defs = schema.$defs as Record<string, { enum: string[]; "x-code-list": string }>;
    for (const [name, def] of Object.entries(defs)) {
      const list = CODE_LISTS[name as keyof typeof CODE_LISTS];
      expect(def["x-code-list"]).toBe(name);
      expect([...def.enum].sort()).toEqual([...list.codes].sort());
    }
    const text = JSON.stringify(schema);
    expect(text.split('"enum":').length - 1).toBe(Object.keys(defs).length);
    const inlined = inlineCodeLists(schema);
    expect(inlined.$defs).toBeUndefined();
    expect(JSON.stringify(inlined)).not.toContain("$ref");
    expect(hoistCodeLists(inlined)).toEqual(schema);
  });
});
