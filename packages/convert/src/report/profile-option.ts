import type { Profile } from "@tip/schema";

/** The option of the readers and writers that validate records: a national profile to validate them under. */
export interface ProfileOption {
  /**
   * A national profile (from `loadProfile` of `@tip/schema`): records are validated under its rules, code
   * lists and extension fields instead of the core model's alone.
   */
  readonly profile?: Profile;
}
