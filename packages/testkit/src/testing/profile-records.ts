import { compileProfile, type ExtensionField, type Profile, type RecordType } from "@tip/schema";
import type { Random } from "../random/random.js";

type Json = Record<string, unknown>;

/**
 * A copy of a generated record written as a user of the profile would write it: core codes replaced by
 * national codes that fold to them, now and then a national code put in instead of a core code (a change of
 * meaning the checks must judge), declared extension fields filled with values of their type, and, where the
 * profile turns the rule off, an adult victim's means left out. The input is not changed.
 */
export function underProfile<T>(record: T, profile: Profile, random: Random): T {
  const copy = structuredClone(record) as Json;
  const recordType = copy.recordType as RecordType;
  const compiled = compileProfile(profile);
  for (const site of compiled.sites.get(recordType) ?? []) {
    if (site.folds.size === 0) continue;
    const national = [...site.folds.keys()];
    const standingFor = (code: unknown) => national.filter((n) => site.folds.get(n) === code);
    const swap = (code: unknown): unknown => {
      const same = standingFor(code);
      if (same.length > 0 && random.chance(0.6)) return random.pick(same);
      return random.chance(0.15) ? random.pick(national) : code;
    };
    valuesAt(copy, site.path, (parent, key) => {
      const value = parent[key];
      if (typeof value === "string") parent[key] = swap(value);
      else if (Array.isArray(value)) parent[key] = value.map(swap);
    });
  }
  const extensions: Record<string, Json> = {};
  for (const [namespace, fields] of compiled.extensions) {
    const values: Json = {};
    for (const [name, field] of fields) {
      if (field.recordTypes !== undefined && !field.recordTypes.includes(recordType)) continue;
      if (random.chance(0.6))
        values[name] = valueFor(field, compiled.extensionCodes.get(field.codeList ?? ""), random);
    }
    if (Object.keys(values).length > 0) extensions[namespace] = values;
  }
  if (Object.keys(extensions).length > 0)
    copy.extensions = { ...(copy.extensions as Json | undefined), ...extensions };
  if (
    recordType === "victim" &&
    profile.rules.adult_victim_without_means?.severity === "off" &&
    random.chance(0.5)
  ) {
    const exploitation = copy.exploitation as Json | undefined;
    if (exploitation !== undefined) {
      delete exploitation.palermoMeans;
      delete exploitation.meansOfControl;
    }
  }
  return copy as T;
}

/** A value of a declared extension field's type. */
function valueFor(field: ExtensionField, codes: ReadonlySet<string> | undefined, random: Random): unknown {
  const list = [...(codes ?? [])];
  switch (field.type) {
    case "string":
      return random.pick(["A-17/2023", "Expediente 45", "n/a"]);
    case "integer":
      return random.int(-5, 5000);
    case "number":
      return random.int(0, 10_000) / 100;
    case "boolean":
      return random.chance(0.5);
    case "date":
      return `20${random.int(10, 25)}-0${random.int(1, 9)}-${random.int(10, 28)}`;
    case "code":
      return random.pick(list);
    case "codes":
      return random.sample(list, random.int(1, Math.min(3, list.length)));
  }
}

/** Calls `visit` with the parent and key of each value at a model path (`*`: every item of an array). */
function valuesAt(node: unknown, path: readonly string[], visit: (parent: Json, key: string) => void): void {
  if (node === null || typeof node !== "object") return;
  const [segment, ...rest] = path;
  if (segment === undefined) return;
  if (segment === "*") {
    if (Array.isArray(node)) for (const item of node) valuesAt(item, rest, visit);
    return;
  }
  if (Array.isArray(node) || !Object.hasOwn(node, segment)) return;
  if (rest.length === 0) visit(node as Json, segment);
  else valuesAt((node as Json)[segment], rest, visit);
}
