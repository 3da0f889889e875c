import type * as z from "zod";
import { childOf, fieldAt, nodeAt } from "./field-at.js";
import type { RawIssue } from "./raw-issue.js";
import { keyPositions, positionOf, shownPath } from "./shown-path.js";
import { suggestField } from "./suggest-field.js";

/**
 * Turns zod's issues into the model's structural issue codes. Parameters carry field ids, limits, formats and
 * key positions only: zod's messages and inputs are dropped because they may echo a personal value, and a path
 * never names a key that is not in the model (an unknown key could be a victim's name typed in the wrong
 * place): the issue points at the object and gives the key's place in it (`position`, from 1).
 */
export function fromZodIssues(
  schema: z.ZodType,
  input: unknown,
  issues: readonly z.core.$ZodIssue[],
): RawIssue[] {
  const out: RawIssue[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") unknownFields(schema, input, issue, out);
    else out.push(shownIssue(input, structuralIssue(schema, input, issue)));
  }
  return out;
}

/**
 * One `unknown_field` per unknown key, at the object holding it, with the key's place among its keys and, when
 * a field of that object the record leaves out is close to the key, that field's name (`suggestion`).
 */
function unknownFields(
  schema: z.ZodType,
  input: unknown,
  issue: z.core.$ZodIssueUnrecognizedKeys,
  out: RawIssue[],
): void {
  const parent = shownPath(input, issue.path);
  if (parent.path.length < issue.path.length) {
    // The object itself sits under a key that cannot be shown: one issue at the place that can.
    out.push({ code: "unknown_field", path: parent.path, params: positionOf(parent.position) });
    return;
  }
  let value = input;
  for (const segment of issue.path) value = childOf(value, segment);
  const positions = keyPositions(value);
  const missing = missingFields(schema, input, issue.path, value);
  for (const key of issue.keys) {
    const suggestion = suggestField(key, missing);
    const params = { ...positionOf(positions.get(key)), ...(suggestion !== undefined && { suggestion }) };
    out.push({ code: "unknown_field", path: issue.path, params });
  }
}

/** The model's field names of the object at `path` that `value` (that object) does not hold. */
function missingFields(
  schema: z.ZodType,
  input: unknown,
  path: readonly PropertyKey[],
  value: unknown,
): string[] {
  const node = nodeAt(schema, input, path);
  if (node?.type !== "object") return [];
  return [...node.children.keys()].filter((name) => childOf(value, name) === undefined);
}

/** The issue at the part of its path that can be shown, with the place of the key cut off. */
function shownIssue(input: unknown, raw: RawIssue): RawIssue {
  const shown = shownPath(input, raw.path);
  if (shown.path.length === raw.path.length) return raw;
  return { code: raw.code, path: shown.path, params: { ...raw.params, ...positionOf(shown.position) } };
}

/** The structural issue of one zod issue (other than an unknown key), at zod's path. */
function structuralIssue(schema: z.ZodType, input: unknown, issue: z.core.$ZodIssue): RawIssue {
  const path = issue.path;
  const meta = fieldAt(schema, input, path);
  const field = meta?.field;
  const codeList = meta?.codeList;
  const withField = (params: Record<string, string | number> = {}) => (field ? { field, ...params } : params);
  if (!hasPath(input, path)) {
    // Whatever zod says about an absent value (wrong type, not in the enum...), the record misses a field.
    return { code: "required", path, params: withField() };
  }
  switch (issue.code) {
    case "invalid_type":
      return { code: "invalid_type", path, params: withField({ expected: issue.expected }) };
    case "invalid_value":
      return {
        code: path.at(-1) === "recordType" ? "invalid_record_type" : "invalid_code",
        path,
        params: withField(codeList ? { codeList } : {}),
      };
    case "invalid_union":
      return {
        code: isRecordTypeUnion(issue) ? "invalid_record_type" : "invalid_value",
        path,
        params: withField(),
      };
    case "invalid_format":
      return { code: "invalid_format", path, params: withField({ format: issue.format }) };
    case "too_small":
      return {
        code: "too_small",
        path,
        params: withField({ minimum: Number(issue.minimum), origin: issue.origin }),
      };
    case "too_big":
      return {
        code: "too_big",
        path,
        params: withField({ maximum: Number(issue.maximum), origin: issue.origin }),
      };
    case "invalid_key":
      return { code: "invalid_format", path, params: withField({ format: "extension_namespace" }) };
    default:
      return { code: "invalid_value", path, params: withField() };
  }
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
