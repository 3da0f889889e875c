import {
  ALL_RULES,
  type IssueCode,
  RULES_BY_RECORD_TYPE,
  type Severity,
  STRUCTURAL_CODES,
} from "@tip/schema";
import type { VectorRecordType } from "./vector.js";

/**
 * The severity @tip/schema gives an issue code: structural codes from `STRUCTURAL_CODES`, rule codes from the
 * record type's rules (a rule of a record inside a bundle is looked up among all rules).
 */
export function severityOf(code: IssueCode, recordType: VectorRecordType): Severity {
  if (Object.hasOwn(STRUCTURAL_CODES, code))
    return STRUCTURAL_CODES[code as keyof typeof STRUCTURAL_CODES].severity;
  const own =
    recordType === "any"
      ? []
      : (RULES_BY_RECORD_TYPE[recordType] as readonly { code: string; severity: Severity }[]);
  const rule =
    own.find((candidate) => candidate.code === code) ??
    ALL_RULES.find((candidate) => candidate.code === code);
  if (rule === undefined) throw new RangeError(`Unknown issue code: ${code}`);
  return rule.severity;
}
