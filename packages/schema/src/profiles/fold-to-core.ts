import { childOf } from "../issues/field-at.js";
import { isRecordType, type RecordType } from "../model/entities.js";
import { type CompiledProfile, compileProfile } from "./compiled-profile.js";
import type { Profile } from "./profile.js";

/**
 * A record as core sees it: each national code of the profile replaced by the core code it folds to.
 * Extension fields stay in `extensions`. The input is not changed; objects are copied only along the paths
 * that change. A bundle's records are folded one by one.
 */
export function foldToCore(record: unknown, profile: Profile): unknown {
  return foldWith(record, compileProfile(profile));
}

/** `foldToCore` with a compiled profile; returns the input itself when nothing folds. */
export function foldWith(record: unknown, compiled: CompiledProfile): unknown {
  const recordType = childOf(record, "recordType");
  if (!isRecordType(recordType)) return record;
  if (recordType === "bundle") {
    const records = childOf(record, "records");
    if (!Array.isArray(records)) return record;
    let changed = false;
    const folded = records.map((inner) => {
      const out = foldWith(inner, compiled);
      if (out !== inner) changed = true;
      return out;
    });
    return changed ? { ...(record as object), records: folded } : record;
  }
  let out = record;
  for (const site of compiled.sites.get(recordType as RecordType) ?? []) {
    if (site.folds.size === 0) continue;
    out = foldAt(out, site.path, 0, (value) => {
      if (typeof value === "string") return site.folds.get(value) ?? value;
      if (!site.many || !Array.isArray(value)) return value;
      let changed = false;
      const mapped = value.map((code) => {
        const core = typeof code === "string" ? site.folds.get(code) : undefined;
        if (core === undefined) return code;
        changed = true;
        return core;
      });
      return changed ? mapped : value;
    });
  }
  return out;
}

/** Replaces the value at `path` (through `*` in arrays) with `fold(value)`, copying what changes. */
function foldAt(
  value: unknown,
  path: readonly string[],
  from: number,
  fold: (value: unknown) => unknown,
): unknown {
  if (from === path.length) return fold(value);
  if (value === null || typeof value !== "object") return value;
  const segment = path[from] as string;
  if (segment === "*") {
    if (!Array.isArray(value)) return value;
    let changed = false;
    const mapped = value.map((item) => {
      const out = foldAt(item, path, from + 1, fold);
      if (out !== item) changed = true;
      return out;
    });
    return changed ? mapped : value;
  }
  if (Array.isArray(value) || !Object.hasOwn(value, segment)) return value;
  const child = (value as Record<string, unknown>)[segment];
  const out = foldAt(child, path, from + 1, fold);
  if (out === child) return value;
  // Own properties only, copied with defineProperty semantics so a `__proto__` key stays a plain key.
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    Object.defineProperty(copy, key, {
      value: (value as Record<string, unknown>)[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  copy[segment] = out;
  return copy;
}
