import type { IssueMessages } from "./issue-messages.js";

/** Spanish issue messages. `{field}` is replaced by the field's label; no message ever shows a field's value. */
export const messagesEs = {
  not_an_object: "Se esperaba un registro (un objeto JSON).",
  invalid_record_type: "Tipo de registro desconocido o ausente.",
  required: "{field} es un dato obligatorio.",
  unknown_field: "Campo desconocido “{key}”: fuera de “extensions” solo se admiten los campos del estándar.",
  invalid_type: "{field} tiene un tipo de dato incorrecto (se esperaba {expected}).",
  invalid_code: "{field} no corresponde a ningún código de su lista.",
  invalid_format: "{field} no tiene el formato esperado ({format}).",
  too_small: "{field} no alcanza el valor o la longitud mínimos (mínimo {minimum}).",
  too_big: "{field} supera el valor o la longitud máximos (máximo {maximum}).",
  invalid_value: "{field} tiene un valor no permitido.",
  adult_victim_without_means:
    "Para identificar como víctima a una persona adulta se requiere al menos un medio (Protocolo de Palermo, art. 3): registre “{field}” o los medios de control.",
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
} as const satisfies IssueMessages;
