import { z } from "zod";
import { PII_CLASSES } from "../meta/pii.js";
import { RECORD_TYPES } from "../model/entities.js";

/** A language tag (BCP 47 primary language, ISO 639-1 or 639-3, with optional subtags): `en`, `nah`, `es-MX`. */
const LanguageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
const Label = z.string().min(1).max(500);
/** Texts in any languages; the SDK shows them in its four and falls back to English. */
const Labels = z.record(LanguageTag, Label);
/** A text in each of the SDK's four languages. */
const Title = z.strictObject({ en: Label, es: Label, fr: Label, pt: Label });
/** A profile, code-list or namespace id: lower-case, like extension namespaces. */
const Id = z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/);
/** A code: national codes such as ISO 3166-2 `MX-CMX` keep their usual spelling. */
const Code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/);
/** The law or text a choice of the profile enforces, e.g. "Ley 26.364, Art. 2". */
const Clause = z.string().min(1).max(1000);

const RuleSetting = z.strictObject({ severity: z.enum(["error", "warning", "off"]), clause: Clause });

const RequiredField = z.strictObject({
  /** Record type then property names, `*` for every item of an array: `/victim/identification/date`. */
  field: z.string().regex(/^(\/[A-Za-z0-9_*]+){2,8}$/),
  clause: Clause,
});

const NationalCode = z.strictObject({ foldsTo: Code, labels: Labels });

const CodeListChange = z.strictObject({
  /** Only these codes of the base list are accepted (national codes added here always are). */
  restrictTo: z.array(Code).min(1).optional(),
  /** National codes, each folding to a code of the core list. */
  add: z.record(Code, NationalCode).optional(),
  clause: Clause.optional(),
});

const NationalCodeList = z.strictObject({
  title: Labels,
  source: Clause,
  codes: z.record(Code, z.strictObject({ labels: Labels })),
});

const ExtensionField = z.strictObject({
  type: z.enum(["string", "integer", "number", "boolean", "date", "code", "codes"]),
  /** For `code` and `codes`: a national code list of the profile or a core code list. */
  codeList: Id.optional(),
  pii: z.enum(PII_CLASSES),
  /** Record types that may carry the field; all when absent. */
  recordTypes: z
    .array(z.enum(RECORD_TYPES.filter((type) => type !== "bundle") as [string, ...string[]]))
    .min(1)
    .optional(),
  labels: Labels,
  description: Labels.optional(),
});

const ExtensionNamespace = z.strictObject({
  title: Labels,
  fields: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/), ExtensionField),
});

const LanguageLabels = z.strictObject({
  fields: z.record(z.string().regex(/^[A-Za-z]+\.[A-Za-z0-9]+$/), Label).optional(),
  codes: z.record(Id, z.record(Code, Label)).optional(),
});

const Source = z.strictObject({
  title: Clause,
  url: z.url({ protocol: /^https?$/ }).optional(),
});

/**
 * A national profile: data that tightens or extends the core model for one country's law without changing
 * what any core field means. Published as JSON and validated by `profile.schema.json`.
 */
export const ProfileDocument = z.strictObject({
  $schema: z.string().optional(),
  id: Id.refine((id) => id !== "core", { message: "core is the base model, not a profile id" }),
  title: Title,
  description: Title.optional(),
  /** ISO 3166-1 alpha-2 of the country whose law the profile states; absent for an international profile. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/),
  /** `core` or the id of another profile. */
  basedOn: Id,
  /** The legal texts the profile states. */
  sources: z.array(Source).min(1),
  rules: z.record(Id, RuleSetting).optional(),
  required: z.array(RequiredField).optional(),
  codeLists: z.record(Id, CodeListChange).optional(),
  nationalCodeLists: z.record(Id, NationalCodeList).optional(),
  extensions: z.record(Id, ExtensionNamespace).optional(),
  labels: z.record(LanguageTag, LanguageLabels).optional(),
});

/** A profile as written (JSON). */
export type ProfileDocument = z.input<typeof ProfileDocument>;
/** The settings of one rule in a profile. */
export type RuleSetting = z.output<typeof RuleSetting>;
/** A field declared in an extension namespace. */
export type ExtensionField = z.output<typeof ExtensionField>;
/** A national code added to a core code list. */
export type NationalCode = z.output<typeof NationalCode>;
/** A code list of the profile's own, for its extension fields. */
export type NationalCodeList = z.output<typeof NationalCodeList>;

/**
 * Types a profile written in TypeScript. The document is checked when it is loaded (`loadProfile`), which
 * also finds what types cannot: unknown rules, codes and fields.
 */
export function defineProfile<const P extends ProfileDocument>(profile: P): P {
  return profile;
}
