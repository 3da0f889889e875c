import type { PiiClass } from "@tip/schema";

/**
 * The pii class of extension fields, by namespace: one class for a whole namespace (`{ lc: "none" }`) or one
 * per key (`{ lc: { district: "quasi", caseRef: "direct" } }`, with `"*"` for the namespace's other keys).
 * Extension fields a profile does not name are treated as `direct` identifiers: unknown data is personal.
 */
export type ExtensionProfile = Readonly<Record<string, PiiClass | Readonly<Record<string, PiiClass>>>>;

/** The namespace this package writes into (`extensions.privacy`); it holds only processing notes. */
export const PRIVACY_NAMESPACE = "privacy";

/** The class of one extension field under a profile; the package's own namespace is always `none`. */
export function extensionClass(
  profile: ExtensionProfile | undefined,
  namespace: string,
  key: string,
): PiiClass {
  if (namespace === PRIVACY_NAMESPACE) return "none";
  const entry = profile?.[namespace];
  if (entry === undefined) return "direct";
  if (typeof entry === "string") return entry;
  return entry[key] ?? entry["*"] ?? "direct";
}

/** The name under which an extension field is listed in `keep`: `extensions.<namespace>.<key>`. */
export function extensionFieldName(namespace: string, key: string): string {
  return `extensions.${namespace}.${key}`;
}
