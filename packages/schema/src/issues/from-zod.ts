import type { z } from "zod";
import { childOf, fieldAt } from "./field-at.js";
import type { RawIssue } from "./raw-issue.js";

/**
 * Turns zod's issues into the model's structural issue codes. Parameters carry field ids, limits and
 * formats only: zod's messages and inputs are dropped because they may echo a personal value.
 */
export function fromZodIssues(
  schema: z.ZodType,
  input: unknown,
  issues: readonly z.core.$ZodIssue[],
): RawIssue[] {
  const out: RawIssue[] = [];
  for (const issue of issues) {
    const path = issue.path;
    const meta = fieldAt(schema, input, path);
    const field = meta?.field;
    const codeList = meta?.codeList;
    const withField = (params: Record<string, string | number> = {}) =>
      field ? { field, ...params } : params;
    if (!hasPath(input, path) && issue.code !== "unrecognized_keys") {
      // Whatever zod says about an absent value (wrong type, not in the enum...), the record misses a field.
      out.push({ code: "required", path, params: withField() });
      continue;
    }
    switch (issue.code) {
      case "invalid_type":
        out.push({ code: "invalid_type", path, params: withField({ expected: issue.expected }) });
        break;
      case "unrecognized_keys":
        for (const key of issue.keys)
          out.push({ code: "unknown_field", path: [...path, key], params: { key: safeKey(key) } });
        break;
      case "invalid_value":
        out.push({
          code: path.at(-1) === "recordType" ? "invalid_record_type" : "invalid_code",
          path,
          params: withField(codeList ? { codeList } : {}),
        });
        break;
      case "invalid_union":
        out.push({
          code: isRecordTypeUnion(issue) ? "invalid_record_type" : "invalid_value",
          path,
          params: withField(),
        });
        break;
      case "invalid_format":
        out.push({ code: "invalid_format", path, params: withField({ format: issue.format }) });
        break;
      case "too_small":
        out.push({
          code: "too_small",
          path,
          params: withField({ minimum: Number(issue.minimum), origin: issue.origin }),
        });
        break;
      case "too_big":
        out.push({
          code: "too_big",
          path,
          params: withField({ maximum: Number(issue.maximum), origin: issue.origin }),
        });
        break;
      case "invalid_key":
        out.push({ code: "invalid_format", path, params: withField({ format: "extension_namespace" }) });
        break;
      default:
        out.push({ code: "invalid_value", path, params: withField() });
    }
  }
  return out;
}

function isRecordTypeUnion(issue: z.core.$ZodIssueInvalidUnion): boolean {
  return (issue as { note?: string }).note === "No matching discriminator" || issue.errors.length === 0;
}

function hasPath(input: unknown, path: readonly PropertyKey[]): boolean {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) return false;
    value = childOf(value, segment);
  }
  return value !== undefined;
}

/** An unknown key is named in the issue (it is a key, not a value) but cut short and stripped of controls. */
function safeKey(key: string): string {
  const clean = key.replace(/[\p{C}]/gu, "?");
  return clean.length > 64 ? `${clean.slice(0, 64)}…` : clean;
}
