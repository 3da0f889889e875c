import type * as z from "zod";
import type { RecordType } from "../model/entities.js";
import type { Rule } from "../rules/define-rule.js";

/**
 * What checks records of one type: the schema of the type and its cross-field rules. `@tip/schema/check` exports
 * one per record type (`victimChecks`, `caseChecks`…): a page names those it accepts, and its bundle carries no
 * other type's rules, schemas or code lists.
 */
export interface RecordChecks<R extends RecordType = RecordType, C extends string = string> {
  readonly recordType: R;
  readonly schema: z.ZodType;
  /** The cross-field rules of the type; `C`, their issue codes. */
  readonly rules: readonly Rule<never, C>[];
  /** A bundle's: the checks of each record type it may hold. */
  readonly records?: { readonly [T in Exclude<RecordType, "bundle">]: RecordChecks<T> };
}
