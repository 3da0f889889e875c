import type { Locale } from "../i18n/locale.js";
import { withPositionNote } from "../issues/messages/position-note.js";

/** The problems a profile document can have, each located by a JSON Pointer into the document. */
export const PROFILE_ISSUE_CODES = [
  "profile_invalid_json",
  "profile_forbidden_key",
  "profile_too_deep",
  "profile_invalid",
  "profile_unknown_base",
  "profile_base_cycle",
  "profile_unknown_rule",
  "profile_relaxes_error",
  "profile_unknown_field",
  "profile_unknown_code_list",
  "profile_unknown_code",
  "profile_code_exists",
  "profile_code_list_exists",
  "profile_field_exists",
  "profile_missing_code_list",
] as const;

/** A problem of a profile document. */
export type ProfileIssueCode = (typeof PROFILE_ISSUE_CODES)[number];

type ProfileMessages = { readonly [C in ProfileIssueCode]: string };

const en = {
  profile_invalid_json: "The profile is not valid JSON (near character {position}).",
  profile_forbidden_key: "This key is not allowed in a profile.",
  profile_too_deep: "The profile nests more deeply than a profile can.",
  profile_invalid: "This part does not follow the profile format ({problem}).",
  profile_unknown_base: "No profile with this id is known; give the file of the profile it is based on.",
  profile_base_cycle: "The profile is based on itself through basedOn.",
  profile_unknown_rule: "No rule of the model has this code.",
  profile_relaxes_error:
    "This rule is an error in core: a profile may make rules stricter, never relax an error.",
  profile_unknown_field: "No field of the model has this path.",
  profile_unknown_code_list: "No code list has this id.",
  profile_unknown_code: "This code is not in the base code list.",
  profile_code_exists: "This code is already in the code list.",
  profile_code_list_exists: "A code list with this id already exists.",
  profile_field_exists: "The base profile already declares this extension field.",
  profile_missing_code_list: "Fields of type code or codes need a code list, and only they may have one.",
} as const satisfies ProfileMessages;

const es = {
  profile_invalid_json: "El perfil no es JSON válido (cerca del carácter {position}).",
  profile_forbidden_key: "Esta clave no está permitida en un perfil.",
  profile_too_deep: "El perfil tiene más niveles de anidamiento de los que un perfil puede tener.",
  profile_invalid: "Esta parte no sigue el formato de perfil ({problem}).",
  profile_unknown_base:
    "No se conoce ningún perfil con este id; indique el archivo del perfil en que se basa.",
  profile_base_cycle: "El perfil se basa en sí mismo a través de basedOn.",
  profile_unknown_rule: "Ninguna regla del modelo tiene este código.",
  profile_relaxes_error:
    "Esta regla es un error en el modelo base (core): un perfil puede hacer las reglas más estrictas, nunca relajar un error.",
  profile_unknown_field: "Ningún campo del modelo tiene esta ruta.",
  profile_unknown_code_list: "Ninguna lista de códigos tiene este id.",
  profile_unknown_code: "Este código no está en la lista de códigos de base.",
  profile_code_exists: "Este código ya está en la lista de códigos.",
  profile_code_list_exists: "Ya existe una lista de códigos con este id.",
  profile_field_exists: "El perfil de base ya declara este campo de extensión.",
  profile_missing_code_list:
    "Los campos de tipo code o codes necesitan una lista de códigos, y solo ellos pueden tenerla.",
} as const satisfies ProfileMessages;

const fr = {
  profile_invalid_json: "Le profil n'est pas un JSON valide (près du caractère {position}).",
  profile_forbidden_key: "Cette clé n'est pas permise dans un profil.",
  profile_too_deep: "Le profil est imbriqué plus profondément qu'un profil ne peut l'être.",
  profile_invalid: "Cette partie ne suit pas le format des profils ({problem}).",
  profile_unknown_base:
    "Aucun profil connu n'a cet id ; indiquez le fichier du profil sur lequel il se fonde.",
  profile_base_cycle: "Le profil se fonde sur lui-même par basedOn.",
  profile_unknown_rule: "Aucune règle du modèle n'a ce code.",
  profile_relaxes_error:
    "Cette règle est une erreur dans le modèle de base (core) : un profil peut durcir les règles, jamais assouplir une erreur.",
  profile_unknown_field: "Aucun champ du modèle n'a ce chemin.",
  profile_unknown_code_list: "Aucune liste de codes n'a cet id.",
  profile_unknown_code: "Ce code n'est pas dans la liste de codes de base.",
  profile_code_exists: "Ce code est déjà dans la liste de codes.",
  profile_code_list_exists: "Une liste de codes a déjà cet id.",
  profile_field_exists: "Le profil de base déclare déjà ce champ d'extension.",
  profile_missing_code_list:
    "Les champs de type code ou codes ont besoin d'une liste de codes, et eux seuls peuvent en avoir une.",
} as const satisfies ProfileMessages;

const pt = {
  profile_invalid_json: "O perfil não é JSON válido (perto do caractere {position}).",
  profile_forbidden_key: "Esta chave não é permitida num perfil.",
  profile_too_deep: "O perfil tem mais níveis de aninhamento do que um perfil pode ter.",
  profile_invalid: "Esta parte não segue o formato de perfil ({problem}).",
  profile_unknown_base:
    "Nenhum perfil com este id é conhecido; indique o arquivo do perfil em que se baseia.",
  profile_base_cycle: "O perfil baseia-se em si mesmo através de basedOn.",
  profile_unknown_rule: "Nenhuma regra do modelo tem este código.",
  profile_relaxes_error:
    "Esta regra é um erro no modelo base (core): um perfil pode tornar as regras mais estritas, nunca relaxar um erro.",
  profile_unknown_field: "Nenhum campo do modelo tem este caminho.",
  profile_unknown_code_list: "Nenhuma lista de códigos tem este id.",
  profile_unknown_code: "Este código não está na lista de códigos de base.",
  profile_code_exists: "Este código já está na lista de códigos.",
  profile_code_list_exists: "Já existe uma lista de códigos com este id.",
  profile_field_exists: "O perfil de base já declara este campo de extensão.",
  profile_missing_code_list:
    "Campos do tipo code ou codes precisam de uma lista de códigos, e só eles podem tê-la.",
} as const satisfies ProfileMessages;

/** The messages of profile problems in each language of the SDK. */
export const PROFILE_MESSAGES: { readonly [L in Locale]: ProfileMessages } = { en, es, fr, pt };

/**
 * Renders the message of a profile problem; params are numbers and format words, never profile content. A
 * problem about a key the profile format does not know points at the object and gives the key's `position`.
 */
export function profileMessage(
  locale: Locale,
  code: ProfileIssueCode,
  params: Readonly<Record<string, string | number>>,
): string {
  return withPositionNote(locale, PROFILE_MESSAGES[locale][code], params).replace(
    /\{(\w+)\}/g,
    (_, name: string) => String(params[name] ?? `{${name}}`),
  );
}
