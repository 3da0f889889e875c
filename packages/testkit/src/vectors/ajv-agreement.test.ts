import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ENTITIES, isRecordType } from "@tip/schema";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { buildVectors } from "./build-vectors.js";

const require = createRequire(import.meta.url);
const schemaDir = join(dirname(require.resolve("@tip/schema/package.json")), "json-schema");
const X_KEYWORDS = [
  "x-field",
  "x-pii",
  "x-mappings",
  "x-code-list",
  "x-labels",
  "x-descriptions",
  "x-schema-version",
];

function compiledValidators() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  ajv.addVocabulary(X_KEYWORDS);
  return Object.fromEntries(
    Object.keys(ENTITIES).map((type) => {
      const schema = JSON.parse(readFileSync(join(schemaDir, `${type}.schema.json`), "utf8"));
      return [type, ajv.compile(schema)];
    }),
  );
}

describe("ajv (from the committed JSON Schema) and zod agree on the structure of every vector", () => {
  const validators = compiledValidators();
  const vectors = buildVectors().filter((vector) => isRecordType(vector.recordType));

  it("covers vectors of every record type", () => {
    expect(new Set(vectors.map((vector) => vector.recordType)).size).toBe(Object.keys(ENTITIES).length);
  });

  it.each(vectors.map((vector) => [`${vector.recordType}/${vector.name}`, vector] as const))(
    "%s",
    (_, vector) => {
      const type = vector.recordType as keyof typeof ENTITIES;
      const zodValid = ENTITIES[type].safeParse(vector.input).success;
      const validate = validators[type];
      expect(validate?.(vector.input), JSON.stringify(validate?.errors?.slice(0, 3))).toBe(zodValid);
    },
  );
});
