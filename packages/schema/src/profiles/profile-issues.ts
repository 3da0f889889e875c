import { CODE_LISTS } from "../codes/code-lists.js";
import type { MessageLocale } from "../i18n/message-locale.js";
import { childOf } from "../issues/field-at.js";
import { toIssue } from "../issues/format-issue.js";
import type { Issue } from "../issues/issue.js";
import type { RawIssue } from "../issues/raw-issue.js";
import { suggestField } from "../issues/suggest-field.js";
import { isRecordType, type RecordType } from "../model/entities.js";
import type { CompiledProfile } from "./compiled-profile.js";
import { eachAt } from "./model-paths.js";
import type { ExtensionField } from "./profile-document.js";

/** A value of an extension field of type `date`: a full ISO 8601 calendar date. */
export const EXTENSION_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Longest value of an extension field of type `string`. */
export const EXTENSION_MAX_TEXT = 1000;

/**
 * What a profile adds to the core checks of one record (a bundle's records each): required fields, codes
 * outside a restricted list, and the declared fields of extension namespaces. Never throws on data.
 */
export function profileIssues(
  record: unknown,
  compiled: CompiledProfile,
  locale: MessageLocale,
  pointerPrefix: string,
): Issue[] {
  const raw: RawIssue[] = [];
  const recordType = childOf(record, "recordType");
  if (recordType === "bundle") {
    const records = childOf(record, "records");
    if (!Array.isArray(records)) return [];
    return records.flatMap((inner, index) =>
      profileIssues(inner, compiled, locale, `${pointerPrefix}/records/${index}`),
    );
  }
  if (!isRecordType(recordType)) return [];
  const params = { profile: compiled.id };
  for (const { parents, key, field } of compiled.required.get(recordType) ?? []) {
    eachAt(record, parents, (parent, path) => {
      if (childOf(parent, key) === undefined)
        raw.push({ code: "required", path: [...path, key], params: { field, ...params } });
    });
  }
  for (const site of compiled.sites.get(recordType) ?? []) {
    const allowed = site.allowed;
    if (allowed === undefined) continue;
    const parents = site.path.slice(0, -1);
    const key = site.path.at(-1) as string;
    const at = { field: site.field, codeList: site.codeList, ...params };
    eachAt(record, parents, (parent, path) => {
      const value = childOf(parent, key);
      if (typeof value === "string") {
        if (!allowed.has(value) && !site.folds.has(value) && isCore(site, value))
          raw.push({ code: "invalid_code", path: [...path, key], params: at });
      } else if (site.many && Array.isArray(value)) {
        value.forEach((code, index) => {
          if (typeof code === "string" && !allowed.has(code) && !site.folds.has(code) && isCore(site, code))
            raw.push({ code: "invalid_code", path: [...path, key, index], params: at });
        });
      }
    });
  }
  extensionIssues(record, recordType, compiled, raw, params);
  return raw.map((issue) => toIssue(issue, "error", locale, pointerPrefix));
}

/** A code of the core list (codes outside it are already reported by the core check). */
function isCore(site: { codeList: string }, code: string): boolean {
  return coreCodes(site.codeList).has(code);
}

const coreSets = new Map<string, ReadonlySet<string>>();
function coreCodes(listId: string): ReadonlySet<string> {
  let set = coreSets.get(listId);
  if (set === undefined) {
    set = new Set(
      Object.hasOwn(CODE_LISTS, listId)
        ? (CODE_LISTS[listId as keyof typeof CODE_LISTS].codes as readonly string[])
        : [],
    );
    coreSets.set(listId, set);
  }
  return set;
}

function extensionIssues(
  record: unknown,
  recordType: RecordType,
  compiled: CompiledProfile,
  raw: RawIssue[],
  params: { profile: string },
): void {
  const extensions = childOf(record, "extensions");
  if (extensions === null || typeof extensions !== "object" || Array.isArray(extensions)) return;
  for (const [namespace, fields] of compiled.extensions) {
    const data = childOf(extensions, namespace);
    if (data === null || typeof data !== "object" || Array.isArray(data)) continue;
    Object.keys(data).forEach((key, index) => {
      const path = ["extensions", namespace, key];
      const declared = fields.get(key);
      if (
        declared === undefined ||
        (declared.recordTypes !== undefined && !declared.recordTypes.includes(recordType))
      ) {
        // A key the profile does not declare is any text: the issue names the namespace and the key's place.
        const suggestion = suggestField(
          key,
          [...fields]
            .filter(
              ([name, field]) =>
                !Object.hasOwn(data, name) &&
                (field.recordTypes === undefined || field.recordTypes.includes(recordType)),
            )
            .map(([name]) => name),
        );
        raw.push({
          code: "unknown_field",
          path: ["extensions", namespace],
          params: { ...params, position: index + 1, ...(suggestion !== undefined && { suggestion }) },
        });
        return;
      }
      const field = `extensions.${namespace}.${key}`;
      checkValue((data as Record<string, unknown>)[key], declared, compiled, path, { field, ...params }, raw);
    });
  }
}

function checkValue(
  value: unknown,
  declared: ExtensionField,
  compiled: CompiledProfile,
  path: (string | number)[],
  params: Record<string, string>,
  raw: RawIssue[],
): void {
  const wrongType = (expected: string, at = path) =>
    raw.push({ code: "invalid_type", path: at, params: { ...params, expected } });
  const codes = declared.codeList === undefined ? undefined : compiled.extensionCodes.get(declared.codeList);
  const withList = { ...params, codeList: declared.codeList ?? "" };
  switch (declared.type) {
    case "string":
      if (typeof value !== "string") wrongType("string");
      else if (value.length > EXTENSION_MAX_TEXT && codePoints(value) > EXTENSION_MAX_TEXT)
        raw.push({
          code: "too_big",
          path,
          params: { ...params, maximum: EXTENSION_MAX_TEXT, origin: "string" },
        });
      return;
    case "integer":
      if (!Number.isSafeInteger(value)) wrongType("integer");
      return;
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) wrongType("number");
      return;
    case "boolean":
      if (typeof value !== "boolean") wrongType("boolean");
      return;
    case "date":
      if (typeof value !== "string") wrongType("string");
      else if (!EXTENSION_DATE.test(value))
        raw.push({ code: "invalid_format", path, params: { ...params, format: "date" } });
      return;
    case "code":
      if (typeof value !== "string") wrongType("string");
      else if (!codes?.has(value)) raw.push({ code: "invalid_code", path, params: withList });
      return;
    case "codes":
      if (!Array.isArray(value)) {
        wrongType("array");
        return;
      }
      value.forEach((code, index) => {
        if (typeof code !== "string") wrongType("string", [...path, index]);
        else if (!codes?.has(code))
          raw.push({ code: "invalid_code", path: [...path, index], params: withList });
      });
  }
}

/** Characters as JSON Schema's `maxLength` counts them: code points, so an emoji is one, not two. */
function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
