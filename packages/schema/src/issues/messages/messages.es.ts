import type { IssueMessages, ProfileMessages } from "./issue-messages.js";

/** Spanish issue messages. `{field}` is replaced by the field's label; no message ever shows a field's value. */
export const messagesEs = {
  not_an_object: "Se esperaba un registro (un objeto JSON).",
  invalid_record_type: "Tipo de registro desconocido o ausente.",
  required: "{field} es un dato obligatorio.",
  unknown_field:
    "La clave n.º {position} de este objeto no es un campo del estándar: fuera de “extensions” solo se admiten los campos del estándar.",
  invalid_type: "{field} tiene un tipo de dato incorrecto (se esperaba {expected}).",
  invalid_code: "{field} no corresponde a ningún código de su lista.",
  invalid_format: "{field} no tiene el formato esperado ({format}).",
  too_small: "{field} no alcanza el valor o la longitud mínimos (mínimo {minimum}).",
  too_big: "{field} supera el valor o la longitud máximos (máximo {maximum}).",
  invalid_value: "{field} tiene un valor no permitido.",
  former_country_code:
    "{field} contiene un país desaparecido cuyo código se retiró sin un único sucesor; se conserva tal como está escrito.",
  adult_victim_without_means:
    "No se registró ningún medio para una víctima adulta: el Protocolo de Palermo (art. 3 a)) lo exige para las personas adultas, algunas leyes nacionales no. Registre “{field}” o los medios de control si los hubo.",
  dates_out_of_order: "{field} es anterior a “{earlierField}”.",
  age_inconsistent_with_birth_date: "{field} no concuerda con la fecha de nacimiento.",
  majority_status_inconsistent: "{field} no concuerda con la edad.",
  labour_detail_without_forced_labour:
    "{field} tiene datos, pero no se registró ninguna forma de explotación laboral.",
  sexual_exploitation_type_without_sexual_exploitation:
    "{field} tiene datos, pero la explotación sexual no figura entre las formas de explotación.",
  implausible_age_for_labour:
    "{field} es de {max} o menos en un caso de explotación laboral: verifique el dato.",
  sentence_without_conviction: "{field} tiene datos registrados sin que conste una condena.",
  amount_without_currency: "Se indicó un monto sin completar “{field}”.",
  iccs_code_missing_for_purpose:
    "{field} no incluye el código ICCS {code}, que corresponde a este fin de explotación.",
  cross_border_referral_same_country:
    "Una derivación transnacional tiene el mismo país remitente y receptor ({field}).",
  domestic_referral_different_countries:
    "Los países remitente y receptor son distintos, pero “{field}” indica que la derivación no es transnacional.",
  referral_status_transition_invalid: "Una derivación no puede pasar del estado “{from}” al estado “{to}”.",
  referral_status_not_latest: "{field} no coincide con el último estado del historial de estados.",
  return_without_risk_assessment: "Se envió una derivación para retorno sin completar “{field}”.",
  referral_without_consent: "Se envió la derivación sin completar “{field}”.",
  contact_point_unreachable: "Un punto focal no tiene dirección de correo electrónico ni número de teléfono.",
  schema_version_unsupported: "{field} no es compatible con este SDK (versión compatible: {supported}).",
  empty_input: "La entrada no contiene ningún registro.",
  invalid_json: "Este texto no es JSON válido.",
  invalid_utf8:
    "Este texto no está en UTF-8 válido: guarde el archivo en UTF-8 o indique su codificación (por ejemplo windows-1252).",
  invalid_encoding: "Este texto no está en {encoding} válido; el resto de la entrada no se verificó.",
  nul_byte: "Este texto contiene un byte NUL: el archivo puede ser binario o estar en UTF-16.",
  line_too_long:
    "Esta línea supera el límite de {maxBytes, plural, one {# byte} other {# bytes}}; se omitió.",
  record_too_large:
    "Este registro supera el límite de {maxBytes, plural, one {# byte} other {# bytes}}; se omitió.",
  truncated_input: "La entrada termina en medio de un registro: es posible que el archivo esté truncado.",
  nesting_too_deep:
    "Hay objetos o listas anidados en más de {maxDepth, plural, one {# nivel} other {# niveles}}; el registro no se verificó.",
  unreadable_value:
    "Este valor no se puede leer como datos (una propiedad o un proxy que falla al leerlo, una función); el registro no se verificó.",
  value_too_large:
    "Este valor contiene más de {maxValues, plural, one {# valor} other {# valores}} en total; el registro no se verificó.",
  duplicate_key:
    "La clave n.º {position} de este objeto repite una clave anterior del objeto, o hay una clave repetida dentro de ella.",
  not_declared_format: "La entrada no está en el formato declarado ({declared}); no se verificó.",
  csv_missing_column: "{field} es un dato obligatorio, pero el CSV no tiene la columna “{column}”.",
  csv_extra_column:
    "La columna {column} no corresponde a ningún campo de este tipo de registro; sus valores se ignoraron.",
  csv_duplicate_column: "La columna {column} repite el nombre de una columna anterior del encabezado.",
  csv_row_length:
    "Esta fila tiene {count, plural, one {# celda} other {# celdas}}, pero el encabezado tiene {expected, plural, one {# columna} other {# columnas}}.",
  csv_malformed: "No se puede leer esta fila del CSV ({reason}).",
  duplicate_id: "Otro registro de la entrada ya tiene este identificador.",
  dangling_reference: "{field} remite a un registro que no figura en la entrada.",
  referral_chain_cycle:
    "{field} devuelve a la persona a una institución que ya la había derivado: las derivaciones forman un círculo.",
  bundle_header_mismatch:
    "{field} en el encabezado del paquete no coincide con el país de la institución indicada.",
  aggregate_value_missing: "Una cifra no tiene ni valor ni marca de cifra ocultada.",
  aggregate_value_and_suppressed: "Una cifra ocultada tiene también un valor.",
  aggregate_category_mismatch: "{field} no corresponde al desglose de la cifra.",
  anonymous_contact_with_identity: "Un contacto anónimo registra {field}.",
  helpline_referral_without_link: "Un contacto derivado no vincula ningún registro de víctima ni de caso.",
  presumed_victim_without_indicators: "Se concluye presunta víctima sin ningún indicador hallado.",
  screening_indicator_repeated: "Este indicador ya figura en la evaluación.",
  screening_tool_name_missing: "Una herramienta marcada como otra no tiene {field}.",
  protection_detail_missing: "El tipo de la medida requiere {field}.",
  protection_detail_of_other_kind: "{field} no corresponde al tipo de la medida.",
  compensation_paid_not_awarded: "La indemnización figura como pagada pero no concedida.",
  compensation_paid_exceeds_award: "{field} es mayor que el monto concedido.",
  perpetrator_unknown_with_others: "{field} indica desconocido junto con agresores conocidos.",
  joint_investigation_one_country:
    "{field} indica menos de dos países, pero una investigación conjunta reúne a dos o más Estados.",
  legal_assistance_same_country:
    "{field} coincide con el país requirente: la asistencia judicial recíproca se da entre dos Estados.",
  criminal_group_too_small:
    "{field} es menor que tres: un grupo delictivo organizado tiene tres o más personas (art. 2.a de la UNTOC).",
  platforms_without_online_channel:
    "Se indican plataformas en línea pero {field} no incluye el canal en línea.",
} as const satisfies IssueMessages;

/** Spanish messages of the problems of a profile document (`loadProfile`). */
export const profileMessagesEs = {
  profile_invalid_json: "El perfil no es JSON válido (cerca del carácter {position, number}).",
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

/** Said after a message whose key cannot be shown: which key of the object, by its place from 1. */
export const positionNoteEs = "Véase la clave n.º {position} de este objeto.";

/** Said after a message about an unknown key when a field of the object is close to it: the field's name. */
export const suggestionNoteEs = "¿Quería decir `{suggestion}`?";
