import * as z from "zod";
import { PII_CLASSES } from "../meta/pii.js";
import { RECORD_TYPES } from "../model/entities.js";

/**
 * What each part of a profile document is for, in English: emitted as `description` in `profile.schema.json`
 * so editors show it to the people writing a profile. Its own registry, apart from the model's metadata.
 */
export const profileDocs = z.registry<{ readonly description: string }>();

/** A copy of `schema` with its description for `profile.schema.json`. */
function doc<T extends z.ZodType>(schema: T, description: string): T {
  const copy = schema.clone() as T;
  profileDocs.add(copy as z.ZodType, { description });
  return copy;
}

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

const RuleSetting = z.strictObject({
  severity: doc(
    z.enum(["error", "warning", "off"]),
    "The rule's severity under the profile. A rule that is an error in core stays an error.",
  ),
  clause: doc(Clause, "The clause of the law the setting enforces."),
});

const RequiredField = z.strictObject({
  field: doc(
    z.string().regex(/^(\/[A-Za-z0-9_*]+){2,8}$/),
    "The record type, then property names, `*` for every item of an array: /victim/identification/date.",
  ),
  clause: Clause,
});

const NationalCode = z.strictObject({
  foldsTo: doc(
    Code,
    "The code of the core list this national code stands for when the record is folded to core.",
  ),
  labels: doc(Labels, "The code's label, by language tag (en, es, fr, pt and any other)."),
});

const CodeListChange = z.strictObject({
  restrictTo: doc(
    z.array(Code).min(1),
    "Only these codes of the base list are accepted (national codes added here always are).",
  ).optional(),
  add: doc(
    z.record(Code, NationalCode),
    "National codes, each folding to a code of the core list.",
  ).optional(),
  clause: Clause.optional(),
});

const NationalCodeList = z.strictObject({
  title: Labels,
  source: Clause,
  codes: z.record(Code, z.strictObject({ labels: Labels })),
});

const ExtensionField = z.strictObject({
  type: doc(
    z.enum(["string", "integer", "number", "boolean", "date", "code", "codes"]),
    "The field's type: text (at most 1,000 characters), whole number, number, true/false, date (YYYY-MM-DD), one code or a list of codes.",
  ),
  codeList: doc(
    Id,
    "For code and codes: a national code list of the profile or a core code list.",
  ).optional(),
  pii: doc(
    z.enum(PII_CLASSES),
    "Personal-data class: direct (identifies a person alone), quasi, sensitive or none.",
  ),
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
  $schema: doc(z.string(), "The URL of profile.schema.json, for editors.").optional(),
  $comment: doc(z.string(), "A comment; ignored.").optional(),
  id: doc(
    Id.refine((id) => id !== "core", { message: "core is the base model, not a profile id" }),
    "The profile's id: lower-case letters, digits, _ and -. Other profiles name it in basedOn; `core` is taken.",
  ),
  title: doc(Title, "The profile's title in each of the four languages of the SDK."),
  description: doc(Title, "What the profile states, in each of the four languages.").optional(),
  /** ISO 3166-1 alpha-2 of the country whose law the profile states; absent for an international profile. */
  country: doc(
    z.string().regex(/^[A-Z]{2}$/),
    "ISO 3166-1 alpha-2 code of the country whose law the profile states.",
  ).optional(),
  version: doc(
    z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/),
    "The profile's own version (semantic versioning).",
  ),
  basedOn: doc(Id, "`core`, or the id of the profile this one tightens or extends."),
  sources: doc(
    z.array(Source).min(1),
    "The legal texts the profile states, each with its title and address.",
  ),
  rules: doc(
    z.record(Id, RuleSetting),
    "Rule severities, by rule code (see the rule catalogue), each with the clause it enforces.",
  ).optional(),
  required: doc(
    z.array(RequiredField),
    "Fields core leaves optional that the profile requires, each with the clause that requires it.",
  ).optional(),
  codeLists: doc(
    z.record(Id, CodeListChange),
    "Changes to core code lists, by code-list id: a subset to accept, and national codes that fold to core codes.",
  ).optional(),
  nationalCodeLists: doc(
    z.record(Id, NationalCodeList),
    "Code lists of the profile's own, for the fields of its extension namespaces.",
  ).optional(),
  extensions: doc(
    z.record(Id, ExtensionNamespace),
    "The fields of extension namespaces (`extensions.<namespace>` of a record), declared so they are validated and documented.",
  ).optional(),
  labels: doc(
    z.record(LanguageTag, LanguageLabels),
    "Extra labels of core fields and codes, by language tag; a new language tag adds a language.",
  ).optional(),
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
