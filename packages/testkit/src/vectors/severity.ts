import {
  ALL_RULES,
  type IssueCode,
  type Profile,
  RULES_BY_RECORD_TYPE,
  type Severity,
  STRUCTURAL_CODES,
} from "@tip/schema";
import type { VectorRecordType } from "./vector.js";

/**
 * The severity @tip/schema gives an issue code: structural codes from `STRUCTURAL_CODES`, rule codes from the
 * profile's settings, else the record type's rules (a rule of a record inside a bundle is looked up among all
 * rules). A rule the profile turns off reports nothing, so no vector may expect it.
 */
export function severityOf(code: IssueCode, recordType: VectorRecordType, profile?: Profile): Severity {
  if (Object.hasOwn(STRUCTURAL_CODES, code))
    return STRUCTURAL_CODES[code as keyof typeof STRUCTURAL_CODES].severity;
  const set = profile !== undefined && Object.hasOwn(profile.rules, code) ? profile.rules[code] : undefined;
  if (set?.severity === "off") throw new RangeError(`Profile ${profile?.id} turns ${code} off`);
  if (set !== undefined) return set.severity;
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
