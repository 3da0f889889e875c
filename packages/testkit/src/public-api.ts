// The public surface of @tip/testkit. Everything not exported here is internal.

export {
  type BreakableRecordType,
  ERROR_KINDS,
  type ErrorKind,
  type InjectedError,
} from "./generate/errors.js";
export {
  type GeneratedEntry,
  type GeneratedSet,
  generate,
  generateEntries,
  generateRecords,
} from "./generate/generate.js";
export type { GenerateOptions } from "./generate/options.js";
export { deepObject, HOSTILE_CASES, type HostileCase } from "./hostile/hostile-values.js";
export { Random, type Seed, type Weighted } from "./random/random.js";
export { buildVector, buildVectors, GENERATED_COMMENT, vectorFiles } from "./vectors/build-vectors.js";
export { applyPatch, type PatchOperation } from "./vectors/json-patch.js";
export { minimalExample } from "./vectors/minimal.js";
export type { ConformanceVector, ExpectedIssue, VectorRecordType, VectorSpec } from "./vectors/vector.js";
export { VECTOR_SPECS } from "./vectors/vector-specs.js";
