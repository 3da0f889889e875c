import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { checkRecord, ENTITIES, RECORD_TYPES, STRUCTURAL_CODES, schemaFileName } from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { vectorProfile } from "../vectors/build-vectors.js";
import type { ConformanceVector } from "../vectors/vector.js";

const require = createRequire(import.meta.url);

/** The committed JSON Schema files of @tip/schema, by file name. */
export function loadCoreSchemas(): Record<string, object> {
  const schemaDir = join(dirname(require.resolve("@tip/schema/package.json")), "json-schema");
  return Object.fromEntries(
    RECORD_TYPES.map((type) => [
      schemaFileName(type),
      JSON.parse(readFileSync(join(schemaDir, schemaFileName(type)), "utf8")) as object,
    ]),
  );
}

/** Whether zod (and, under a profile, the profile's checks) finds the input's structure sound. */
export function structurallyValid(vector: ConformanceVector): boolean {
  const type = vector.recordType as keyof typeof ENTITIES;
  if (vector.profile === undefined) return ENTITIES[type].safeParse(vector.input).success;
  const profile = vectorProfile(vector.profile);
  return !checkRecord(vector.input, { locale: en, profile }).issues.some((issue) =>
    Object.hasOwn(STRUCTURAL_CODES, issue.code),
  );
}
