import { CODE_LISTS } from "../codes/code-lists.js";
import type { Severity } from "../issues/issue.js";
import { RECORD_TYPES, type RecordType } from "../model/entities.js";
import { type CodeSite, codeSitesOf, fieldOfPath } from "./model-paths.js";
import type { Profile } from "./profile.js";
import type { ExtensionField } from "./profile-document.js";

/** A rule's severity under a profile, or `off`. */
export type RuleSeverity = Severity | "off";

/** A code site whose list the profile changes. */
export interface ChangedSite extends CodeSite {
  /** Accepted core codes, when the profile restricts the list. */
  readonly allowed: ReadonlySet<string> | undefined;
  /** National code → the core code it folds to. */
  readonly folds: ReadonlyMap<string, string>;
}

/** A profile turned into lookups, once per profile object. */
export interface CompiledProfile {
  readonly id: string;
  readonly severities: ReadonlyMap<string, RuleSeverity>;
  /** Per record type: paths of the objects that must hold a property, and that property's name. */
  readonly required: ReadonlyMap<RecordType, readonly { parents: string[]; key: string; field: string }[]>;
  readonly sites: ReadonlyMap<RecordType, readonly ChangedSite[]>;
  readonly extensions: ReadonlyMap<string, ReadonlyMap<string, ExtensionField>>;
  /** Codes of every code list an extension field may use (national or core). */
  readonly extensionCodes: ReadonlyMap<string, ReadonlySet<string>>;
}

const cache = new WeakMap<Profile, CompiledProfile>();

/** The lookups of a loaded profile, built once per profile object. */
export function compileProfile(profile: Profile): CompiledProfile {
  let compiled = cache.get(profile);
  if (compiled === undefined) {
    compiled = build(profile);
    cache.set(profile, compiled);
  }
  return compiled;
}

function build(profile: Profile): CompiledProfile {
  const severities = new Map<string, RuleSeverity>();
  for (const [code, setting] of Object.entries(profile.rules)) severities.set(code, setting.severity);
  const required = new Map<RecordType, { parents: string[]; key: string; field: string }[]>();
  for (const entry of profile.required) {
    const [recordType, ...path] = entry.field.slice(1).split("/") as [RecordType, ...string[]];
    const list = required.get(recordType) ?? [];
    list.push({ parents: path.slice(0, -1), key: path.at(-1) as string, field: fieldIdOf(recordType, path) });
    required.set(recordType, list);
  }
  const sites = new Map<RecordType, ChangedSite[]>();
  for (const recordType of RECORD_TYPES) {
    const changed: ChangedSite[] = [];
    for (const site of codeSitesOf(recordType)) {
      if (!Object.hasOwn(profile.codeLists, site.codeList)) continue;
      const change = profile.codeLists[site.codeList] as Profile["codeLists"][string];
      const folds = new Map(Object.entries(change.national).map(([code, added]) => [code, added.foldsTo]));
      const allowed = change.allowed === undefined ? undefined : new Set(change.allowed);
      if (folds.size > 0 || allowed !== undefined) changed.push({ ...site, allowed, folds });
    }
    if (changed.length > 0) sites.set(recordType, changed);
  }
  const extensions = new Map<string, Map<string, ExtensionField>>();
  const extensionCodes = new Map<string, Set<string>>();
  for (const [namespace, declared] of Object.entries(profile.extensions)) {
    extensions.set(namespace, new Map(Object.entries(declared.fields)));
    for (const field of Object.values(declared.fields)) {
      if (field.codeList === undefined || extensionCodes.has(field.codeList)) continue;
      extensionCodes.set(field.codeList, codesOf(profile, field.codeList));
    }
  }
  return { id: profile.id, severities, required, sites, extensions, extensionCodes };
}

function codesOf(profile: Profile, listId: string): Set<string> {
  if (Object.hasOwn(profile.nationalCodeLists, listId))
    return new Set(
      Object.keys((profile.nationalCodeLists[listId] as Profile["nationalCodeLists"][string]).codes),
    );
  const core = CODE_LISTS[listId as keyof typeof CODE_LISTS].codes as readonly string[];
  const change = Object.hasOwn(profile.codeLists, listId) ? profile.codeLists[listId] : undefined;
  return new Set([...(change?.allowed ?? core), ...Object.keys(change?.national ?? {})]);
}

function fieldIdOf(recordType: RecordType, path: readonly string[]): string {
  return fieldOfPath(recordType, path) ?? `${recordType}.${path.join(".")}`;
}
