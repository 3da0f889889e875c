import { readdirSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { X_KEYWORDS } from "../src/json-schema/to-json-schema.js";
import { EXAMPLES, RECORD_TYPES, SCHEMA_ID_BASE } from "../src/public-api.js";

const dir = new URL("../json-schema/", import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith(".schema.json"));
const load = (name: string) => JSON.parse(readFileSync(new URL(name, dir), "utf8"));

/** An ajv instance in strict mode that knows the model's `x-` vocabulary. */
export function strictAjv() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  ajv.addVocabulary([...X_KEYWORDS, "x-schema-version"]);
  return ajv;
}

describe("committed JSON Schema", () => {
  it("has one file per record type", () => {
    expect(files.sort()).toEqual(RECORD_TYPES.map((type) => `${type}.schema.json`).sort());
  });

  it.each(files)("%s compiles under ajv 2020-12 strict mode", (name) => {
    const schema = load(name);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`${SCHEMA_ID_BASE}/${name}`);
    expect(() => strictAjv().compile(schema)).not.toThrow();
  });

  it.each(RECORD_TYPES)("accepts the %s example and rejects an unknown key", (type) => {
    const validate = strictAjv().compile(load(`${type}.schema.json`));
    expect(validate(EXAMPLES[type]), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...EXAMPLES[type], nickname: "x" })).toBe(false);
  });

  it("carries pii, mappings and four-language labels as x- keywords", () => {
    const victim = load("victim.schema.json");
    const gender = victim.properties.gender;
    expect(gender["x-pii"]).toBe("quasi");
    expect(gender["x-mappings"].htcds).toContain("prs_Gender");
    expect(Object.keys(gender["x-labels"]).sort()).toEqual(["en", "es", "fr", "pt"]);
    expect(victim.properties.givenName["x-pii"]).toBe("direct");
  });
});
