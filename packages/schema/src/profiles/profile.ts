import type { ExtensionField, NationalCode, NationalCodeList, RuleSetting } from "./profile-document.js";

/**
 * A loaded profile with everything it is based on merged in: what `checkRecord`, `validateStream` and the
 * JSON Schema emission take. Plain JSON, so it can be sent to worker threads or saved.
 */
export interface Profile {
  readonly id: string;
  readonly title: { readonly en: string; readonly es: string; readonly fr: string; readonly pt: string };
  readonly country?: string;
  readonly version: string;
  readonly basedOn: string;
  /** This profile's id followed by those it is based on, nearest first (core not included). */
  readonly chain: readonly string[];
  readonly sources: readonly { readonly profile: string; readonly title: string; readonly url?: string }[];
  /** Rule severities the profile sets, by rule code. */
  readonly rules: Readonly<Record<string, RuleSetting & { readonly profile: string }>>;
  /** Fields core leaves optional that the profile requires. */
  readonly required: readonly { readonly field: string; readonly clause: string; readonly profile: string }[];
  /** Changes to core code lists: accepted core codes (all when absent) and national codes. */
  readonly codeLists: Readonly<
    Record<
      string,
      {
        readonly allowed?: readonly string[];
        readonly national: Readonly<Record<string, NationalCode>>;
        /** The profiles of the chain that change the list, base first, with the clause each cites. */
        readonly changedBy: readonly { readonly profile: string; readonly clause?: string }[];
      }
    >
  >;
  readonly nationalCodeLists: Readonly<Record<string, NationalCodeList>>;
  readonly extensions: Readonly<
    Record<
      string,
      {
        readonly title: Readonly<Record<string, string>>;
        readonly fields: Readonly<Record<string, ExtensionField>>;
      }
    >
  >;
  readonly labels: Readonly<
    Record<
      string,
      {
        readonly fields?: Readonly<Record<string, string>>;
        readonly codes?: Readonly<Record<string, Readonly<Record<string, string>>>>;
      }
    >
  >;
}
