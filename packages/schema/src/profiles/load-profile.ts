import type * as z from "zod";
import { CODE_LISTS } from "../codes/code-lists.js";
import { parseJson } from "../data/parse-json.js";
import type { Locale } from "../i18n/locale.js";
import { childOf } from "../issues/field-at.js";
import { toPointer } from "../issues/issue.js";
import { keyPositions, positionOf } from "../issues/shown-path.js";
import { isRecordType } from "../model/entities.js";
import { FIELD_IDS } from "../model/objects.js";
import { ALL_RULES } from "../rules/catalogue.js";
import { fieldOfPath } from "./model-paths.js";
import type { Profile } from "./profile.js";
import { ProfileDocument } from "./profile-document.js";
import { type ProfileIssueCode, profileMessage } from "./profile-messages.js";
import { FORBIDDEN_KEYS, shownProfilePath } from "./profile-path.js";
import { nullObject, safeCopy } from "./safe-copy.js";
import { SHIPPED_PROFILES } from "./shipped/shipped-profiles.js";

/** A problem of a profile document, located by a JSON Pointer into it; never a stack trace. */
export interface ProfileIssue {
  readonly code: ProfileIssueCode;
  /** The id of the document the problem is in (`basedOn` profiles are checked too), when it is known. */
  readonly profile?: string;
  readonly pointer: string;
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The outcome of `loadProfile`. */
export type LoadProfileResult =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly issues: readonly ProfileIssue[] };

/** Options of `loadProfile`. */
export interface LoadProfileOptions {
  /** Language of the messages (English by default). */
  readonly lang?: Locale;
  /** Other profile documents (parsed JSON or JSON text) by id, for `basedOn`; shipped profiles are known. */
  readonly profiles?: ReadonlyMap<string, unknown>;
}

const RULE_CODES = new Set<string>(ALL_RULES.map((rule) => rule.code));
/** Rules that are errors in core: a profile may not relax them, so profile-valid data stays core-valid. */
const CORE_ERRORS = new Set<string>(ALL_RULES.filter((rule) => rule.severity === "error").map((r) => r.code));
const CORE_FIELDS = new Set<string>(FIELD_IDS);
const MAX_DEPTH = 16;

/**
 * Loads a profile: JSON text or a parsed value, checked against the profile format and the model (every rule,
 * field, code list and code it names must exist), with the profiles it is based on merged in. Never throws
 * on the document: every problem is a located issue.
 */
export function loadProfile(input: unknown, options: LoadProfileOptions = {}): LoadProfileResult {
  const loader = new Loader(options);
  const profile = loader.load(input, undefined, []);
  return profile === undefined || loader.issues.length > 0
    ? { ok: false, issues: loader.issues }
    : { ok: true, profile };
}

/** The profile ids `loadProfile` knows without being given a file. */
export const SHIPPED_PROFILE_IDS: readonly string[] = Object.keys(SHIPPED_PROFILES);

class Loader {
  readonly issues: ProfileIssue[] = [];
  readonly #lang: Locale;
  readonly #others: ReadonlyMap<string, unknown>;
  #document: string | undefined;
  /** The document being read, as parsed: issues are located in it. */
  #value: unknown;

  constructor(options: LoadProfileOptions) {
    this.#lang = options.lang ?? "en";
    this.#others = options.profiles ?? new Map();
  }

  /**
   * Records a problem at `path` in the document. A key the profile defines (a namespace, an extension field, a
   * national code) could be any text, so the pointer stops before it and `position` gives its place.
   */
  #issue(
    code: ProfileIssueCode,
    path: readonly (string | number)[],
    params: Record<string, string | number> = {},
  ) {
    const shown = shownProfilePath(this.#value, path);
    const { position: _, ...rest } = params;
    const located = shown.path.length === path.length ? params : { ...rest, ...positionOf(shown.position) };
    const issue: ProfileIssue = {
      code,
      pointer: toPointer(shown.path),
      message: profileMessage(this.#lang, code, located),
      params: located,
      ...(this.#document === undefined ? {} : { profile: this.#document }),
    };
    this.issues.push(issue);
  }

  load(input: unknown, id: string | undefined, visiting: readonly string[]): Profile | undefined {
    this.#document = id;
    this.#value = undefined;
    const value = typeof input === "string" ? this.#parse(input) : input;
    if (value === undefined) return undefined;
    this.#value = value;
    const bad = findForbidden(value, []);
    if (bad !== undefined) {
      this.#issue(bad.deep ? "profile_too_deep" : "profile_forbidden_key", bad.path);
      return undefined;
    }
    const parsed = ProfileDocument.safeParse(safeCopy(value));
    if (!parsed.success) {
      for (const problem of parsed.error.issues) this.#zodIssue(problem, value);
      return undefined;
    }
    const document = parsed.data;
    this.#document = document.id;
    const base = this.#base(document.id, document.basedOn, visiting);
    if (base === null) return undefined;
    this.#document = document.id;
    this.#value = value;
    return this.#merge(document, base);
  }

  #parse(text: string): unknown {
    try {
      return parseJson(text);
    } catch (error) {
      const position = /position (\d+)/.exec(String((error as Error).message))?.[1];
      this.#issue("profile_invalid_json", [], { position: position === undefined ? "?" : Number(position) });
      return undefined;
    }
  }

  /** A key the format does not know (or of the wrong form) is named by its place in its object, never shown. */
  #zodIssue(problem: z.core.$ZodIssue, document: unknown): void {
    const path = problem.path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
    if (problem.code === "unrecognized_keys") {
      // The unknown key itself is never shown, even when it is a known name in the wrong place.
      const positions = keyPositions(valueAt(document, path));
      for (const key of problem.keys)
        this.#issue("profile_invalid", path, { problem: "unknown_key", ...positionOf(positions.get(key)) });
      return;
    }
    if (problem.code === "invalid_key") {
      const parent = path.slice(0, -1);
      const position = keyPositions(valueAt(document, parent)).get(String(path.at(-1)));
      this.#issue("profile_invalid", parent, { problem: "invalid_key", ...positionOf(position) });
      return;
    }
    const kind = problem.code === "invalid_type" && problem.input === undefined ? "required" : problem.code;
    this.#issue("profile_invalid", path, { problem: kind });
  }

  /** The merged profile `basedOn` names: `undefined` for core, `null` when it cannot be loaded. */
  #base(id: string, basedOn: string, visiting: readonly string[]): Profile | undefined | null {
    if (basedOn === "core") return undefined;
    if (basedOn === id || visiting.includes(basedOn)) {
      this.#issue("profile_base_cycle", ["basedOn"]);
      return null;
    }
    const source =
      this.#others.get(basedOn) ??
      (Object.hasOwn(SHIPPED_PROFILES, basedOn) ? SHIPPED_PROFILES[basedOn] : undefined);
    if (source === undefined) {
      this.#issue("profile_unknown_base", ["basedOn"]);
      return null;
    }
    const before = this.issues.length;
    const base = this.load(source, basedOn, [...visiting, id]);
    return base === undefined || this.issues.length > before ? null : base;
  }

  #merge(document: z.output<typeof ProfileDocument>, base: Profile | undefined): Profile {
    const id = document.id;
    const rules = nullObject<Profile["rules"][string]>(base?.rules);
    for (const [code, setting] of Object.entries(document.rules ?? {})) {
      if (!RULE_CODES.has(code)) this.#issue("profile_unknown_rule", ["rules", code]);
      else if (setting.severity !== "error" && CORE_ERRORS.has(code))
        this.#issue("profile_relaxes_error", ["rules", code, "severity"]);
      else rules[code] = { ...setting, profile: id };
    }
    const required = [...(base?.required ?? [])];
    for (const [index, entry] of (document.required ?? []).entries()) {
      const [recordType, ...path] = entry.field.slice(1).split("/");
      if (!isRecordType(recordType) || fieldOfPath(recordType, path) === undefined)
        this.#issue("profile_unknown_field", ["required", index, "field"]);
      else required.push({ ...entry, profile: id });
    }
    const nationalCodeLists = nullObject<Profile["nationalCodeLists"][string]>(base?.nationalCodeLists);
    for (const [listId, list] of Object.entries(document.nationalCodeLists ?? {})) {
      if (Object.hasOwn(CODE_LISTS, listId) || Object.hasOwn(nationalCodeLists, listId))
        this.#issue("profile_code_list_exists", ["nationalCodeLists", listId]);
      else nationalCodeLists[listId] = list;
    }
    const codeLists = this.#codeLists(document, base);
    const extensions = this.#extensions(document, base, nationalCodeLists);
    const labels = this.#labels(document, base, codeLists, nationalCodeLists);
    return {
      id,
      title: document.title,
      ...(document.country === undefined ? {} : { country: document.country }),
      version: document.version,
      basedOn: document.basedOn,
      chain: [id, ...(base?.chain ?? [])],
      sources: [...document.sources.map((source) => ({ profile: id, ...source })), ...(base?.sources ?? [])],
      rules,
      required,
      codeLists,
      nationalCodeLists,
      extensions,
      labels,
    };
  }

  #codeLists(document: z.output<typeof ProfileDocument>, base: Profile | undefined): Profile["codeLists"] {
    const out = nullObject<Profile["codeLists"][string]>(base?.codeLists);
    for (const [listId, change] of Object.entries(document.codeLists ?? {})) {
      if (!Object.hasOwn(CODE_LISTS, listId)) {
        this.#issue("profile_unknown_code_list", ["codeLists", listId]);
        continue;
      }
      const core = CODE_LISTS[listId as keyof typeof CODE_LISTS].codes as readonly string[];
      const before = out[listId];
      let allowed = before?.allowed ?? core;
      const national = nullObject<Profile["codeLists"][string]["national"][string]>(before?.national);
      if (change.restrictTo !== undefined) {
        const kept = new Set<string>();
        for (const [index, code] of change.restrictTo.entries()) {
          if (allowed.includes(code) || Object.hasOwn(national, code)) kept.add(code);
          else this.#issue("profile_unknown_code", ["codeLists", listId, "restrictTo", index]);
        }
        allowed = allowed.filter((code) => kept.has(code));
        for (const code of Object.keys(national)) if (!kept.has(code)) delete national[code];
      }
      for (const [code, added] of Object.entries(change.add ?? {})) {
        if (core.includes(code) || Object.hasOwn(national, code))
          this.#issue("profile_code_exists", ["codeLists", listId, "add", code]);
        else if (!core.includes(added.foldsTo))
          this.#issue("profile_unknown_code", ["codeLists", listId, "add", code, "foldsTo"]);
        else national[code] = added;
      }
      const changedBy = [
        ...(before?.changedBy ?? []),
        { profile: document.id, ...(change.clause === undefined ? {} : { clause: change.clause }) },
      ];
      out[listId] = allowed === core ? { national, changedBy } : { allowed, national, changedBy };
    }
    return out;
  }

  #extensions(
    document: z.output<typeof ProfileDocument>,
    base: Profile | undefined,
    nationalCodeLists: Profile["nationalCodeLists"],
  ): Profile["extensions"] {
    const out = nullObject<Profile["extensions"][string]>(base?.extensions);
    for (const [namespace, declared] of Object.entries(document.extensions ?? {})) {
      const fields = nullObject<Profile["extensions"][string]["fields"][string]>(out[namespace]?.fields);
      for (const [name, field] of Object.entries(declared.fields)) {
        const at = ["extensions", namespace, "fields", name];
        const coded = field.type === "code" || field.type === "codes";
        if (Object.hasOwn(fields, name)) this.#issue("profile_field_exists", at);
        else if (coded !== (field.codeList !== undefined)) this.#issue("profile_missing_code_list", at);
        else if (
          field.codeList !== undefined &&
          !Object.hasOwn(CODE_LISTS, field.codeList) &&
          !Object.hasOwn(nationalCodeLists, field.codeList)
        )
          this.#issue("profile_unknown_code_list", [...at, "codeList"]);
        else fields[name] = field;
      }
      out[namespace] = { title: declared.title, fields };
    }
    return out;
  }

  #labels(
    document: z.output<typeof ProfileDocument>,
    base: Profile | undefined,
    codeLists: Profile["codeLists"],
    nationalCodeLists: Profile["nationalCodeLists"],
  ): Profile["labels"] {
    const out = nullObject<Profile["labels"][string]>(base?.labels);
    for (const [lang, given] of Object.entries(document.labels ?? {})) {
      const fields = nullObject<string>(out[lang]?.fields);
      for (const [field, label] of Object.entries(given.fields ?? {})) {
        if (CORE_FIELDS.has(field)) fields[field] = label;
        else this.#issue("profile_unknown_field", ["labels", lang, "fields", field]);
      }
      const codes = nullObject<Readonly<Record<string, string>>>(out[lang]?.codes);
      for (const [listId, labels] of Object.entries(given.codes ?? {})) {
        const known = codesOf(listId, codeLists, nationalCodeLists);
        if (known === undefined) {
          this.#issue("profile_unknown_code_list", ["labels", lang, "codes", listId]);
          continue;
        }
        const list = nullObject<string>(codes[listId]);
        for (const [code, label] of Object.entries(labels)) {
          if (known.has(code)) list[code] = label;
          else this.#issue("profile_unknown_code", ["labels", lang, "codes", listId, code]);
        }
        codes[listId] = list;
      }
      out[lang] = { fields, codes };
    }
    return out;
  }
}

function codesOf(
  listId: string,
  codeLists: Profile["codeLists"],
  nationalCodeLists: Profile["nationalCodeLists"],
): Set<string> | undefined {
  if (Object.hasOwn(nationalCodeLists, listId))
    return new Set(Object.keys((nationalCodeLists[listId] as Profile["nationalCodeLists"][string]).codes));
  if (!Object.hasOwn(CODE_LISTS, listId)) return undefined;
  const core = CODE_LISTS[listId as keyof typeof CODE_LISTS].codes as readonly string[];
  const change = Object.hasOwn(codeLists, listId) ? codeLists[listId] : undefined;
  return new Set([...(change?.allowed ?? core), ...Object.keys(change?.national ?? {})]);
}

/** The first forbidden key (or too deep a nesting) in a parsed document, with its path. */
function findForbidden(
  value: unknown,
  path: readonly (string | number)[],
): { path: readonly (string | number)[]; deep: boolean } | undefined {
  if (value === null || typeof value !== "object") return undefined;
  if (path.length > MAX_DEPTH) return { path, deep: true };
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findForbidden(value[index], [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return { path: [...path, key], deep: false };
    const found = findForbidden((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return undefined;
}

function valueAt(document: unknown, path: readonly (string | number)[]): unknown {
  let value = document;
  for (const segment of path) value = childOf(value, segment);
  return value;
}
