import type { IssueCode, RecordType, Severity } from "@tip/schema";
import type { PatchOperation } from "./json-patch.js";

/** The folder of a vector: a record type, or `any` for inputs that are no record of a known type. */
export type VectorRecordType = RecordType | "any";

/** An issue a conforming implementation must report for a vector's input. */
export interface ExpectedIssue {
  readonly code: IssueCode;
  /** JSON Pointer (RFC 6901) into the input; `""` is the input itself. */
  readonly path: string;
  /**
   * For an issue about a key that is not in the model (never shown, since it could be a name typed as a key):
   * the key's place, from 1, among the keys of the object at `path`.
   */
  readonly position?: number;
  /** Severity of the code in @tip/schema, under the vector's profile if it names one: only `error` makes the input invalid. */
  readonly severity: Severity;
}

/**
 * One conformance vector, as written to `vectors/<recordType>/<name>.json`, or under a national profile to
 * `vectors/profiles/<profile>/<recordType>/<name>.json`.
 */
export interface ConformanceVector {
  readonly name: string;
  readonly description: string;
  readonly recordType: VectorRecordType;
  /**
   * The id of a shipped national profile (`palermo`, `mx`, `ar`: `@tip/schema/profiles/<id>.profile.json`)
   * the input is validated under; absent for the core model.
   */
  readonly profile?: string;
  readonly input: unknown;
  readonly expected: {
    /** Whether the input is valid: no expected issue has severity `error`. */
    readonly valid: boolean;
    readonly issues: readonly ExpectedIssue[];
  };
}

/**
 * How a vector is made: a starting input and a JSON Patch (RFC 6902) applied to it, with the issues it must
 * produce. The patch is the whole mutation, so each vector says exactly what changed.
 */
export interface VectorSpec {
  readonly recordType: VectorRecordType;
  /** File name without `.json`: a structural code, a rule code or a short kebab-case name. */
  readonly name: string;
  /** The id of the shipped profile the input is validated under; the core model when absent. */
  readonly profile?: string;
  readonly description: string;
  /** The record type's full example (`EXAMPLES`), its minimal form (required fields only), or a literal input. */
  readonly from: "example" | "minimal" | { readonly value: unknown };
  readonly patch?: readonly PatchOperation[];
  readonly expected: readonly {
    readonly code: IssueCode;
    readonly path: string;
    readonly position?: number;
  }[];
}
