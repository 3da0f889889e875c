import {
  ENTITIES,
  isRecordType,
  PROFILE_X_KEYWORDS,
  type Profile,
  RECORD_TYPES,
  schemaFileName,
  toProfileJsonSchemas,
  X_KEYWORDS,
} from "@tip/schema";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { loadCoreSchemas, structurallyValid } from "../testing/structural-verdict.js";
import { buildVectors, vectorProfile } from "./build-vectors.js";

const coreSchemas = loadCoreSchemas();

function compile(schemas: Record<string, object>): Record<string, ValidateFunction> {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  ajv.addVocabulary([...X_KEYWORDS, ...PROFILE_X_KEYWORDS, "x-schema-version"]);
  return Object.fromEntries(
    RECORD_TYPES.map((type) => [type, ajv.compile(schemas[schemaFileName(type)] as object)]),
  );
}

const core = compile(coreSchemas);
const underProfile = new Map<string, Record<string, ValidateFunction>>();
/** The validators of the JSON Schemas `tip schema --profile` writes, built once per profile. */
function validatorsOf(profile: Profile): Record<string, ValidateFunction> {
  let validators = underProfile.get(profile.id);
  if (validators === undefined) {
    validators = compile(toProfileJsonSchemas(coreSchemas, profile) as Record<string, object>);
    underProfile.set(profile.id, validators);
  }
  return validators;
}

describe("ajv (from the committed JSON Schema, or a profile's) and zod agree on the structure of every vector", () => {
  const vectors = buildVectors().filter((vector) => isRecordType(vector.recordType));

  it("covers vectors of every record type", () => {
    expect(new Set(vectors.map((vector) => vector.recordType)).size).toBe(Object.keys(ENTITIES).length);
  });

  it.each(
    vectors.map(
      (vector) => [`${vector.profile ?? "core"}: ${vector.recordType}/${vector.name}`, vector] as const,
    ),
  )("%s", (_, vector) => {
    const validators = vector.profile === undefined ? core : validatorsOf(vectorProfile(vector.profile));
    const validate = validators[vector.recordType];
    expect(validate?.(vector.input), JSON.stringify(validate?.errors?.slice(0, 3))).toBe(
      structurallyValid(vector),
    );
  });
});
