import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import {
  compileProfile,
  loadProfile,
  PROFILE_SCHEMA_FILE,
  type Profile,
  type RecordType,
  SHIPPED_PROFILE_IDS,
  SHIPPED_PROFILES,
} from "@tip/schema";

/** A profile the site documents, with the published document it was loaded from when there is one. */
export interface SiteProfile {
  readonly profile: Profile;
  /** File name of the profile document shipped with @tip/schema (`mx.profile.json`), if shipped. */
  readonly file?: string;
}

/** A file of the `profiles/` folder of @tip/schema, copied into the site. */
export interface ProfileFile {
  readonly name: string;
  readonly text: string;
}

const require = createRequire(import.meta.url);

/**
 * The profiles the site documents: those shipped with @tip/schema, and `extra` (the profile the site is built
 * for), which replaces a shipped profile of the same id.
 */
export function siteProfiles(extra?: Profile): readonly SiteProfile[] {
  const shipped = SHIPPED_PROFILE_IDS.flatMap((id): SiteProfile[] => {
    const result = loadProfile(SHIPPED_PROFILES[id]);
    return result.ok ? [{ profile: result.profile, file: `${id}.profile.json` }] : [];
  });
  if (extra === undefined) return shipped;
  const same = shipped.find((entry) => entry.profile.id === extra.id);
  const mine: SiteProfile = same && sameProfile(same.profile, extra) ? same : { profile: extra };
  return [...shipped.filter((entry) => entry.profile.id !== extra.id), mine];
}

function sameProfile(a: Profile, b: Profile): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The published files of profiles: the JSON Schema of profile documents and each shipped profile. */
export function profileFiles(): readonly ProfileFile[] {
  return [PROFILE_SCHEMA_FILE, ...SHIPPED_PROFILE_IDS.map((id) => `${id}.profile.json`)].map((name) => ({
    name,
    text: readFileSync(require.resolve(`@tip/schema/profiles/${name}`), "utf8"),
  }));
}

/** A field the profile requires, by field id, with the clause and the profile of the chain that requires it. */
export interface RequiredByProfile {
  readonly field: string;
  readonly path: string;
  readonly clause: string;
  readonly profile: string;
}

/** The fields the profile requires, with their field ids. */
export function requiredFields(profile: Profile): readonly RequiredByProfile[] {
  const compiled = compileProfile(profile);
  const out: RequiredByProfile[] = [];
  for (const [recordType, entries] of compiled.required) {
    for (const entry of entries) {
      const path = `/${recordType as RecordType}/${[...entry.parents, entry.key].join("/")}`;
      const declared = profile.required.find((required) => required.field === path);
      if (declared)
        out.push({ field: entry.field, path, clause: declared.clause, profile: declared.profile });
    }
  }
  return out;
}

/** A label of a profile (texts by language tag) in the page's language, else English, else any. */
export function labelIn(labels: Readonly<Record<string, string>>, lang: string): string {
  return labels[lang] ?? labels.en ?? Object.values(labels)[0] ?? "";
}
