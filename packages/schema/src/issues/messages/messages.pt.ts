import type { IssueMessages } from "./issue-messages.js";

/**
 * Brazilian Portuguese issue messages. `{field}` is replaced by the field's label; no message ever shows a
 * field's value. Sentences avoid gender and number agreement with the inserted label.
 */
export const messagesPt = {
  not_an_object: "Era esperado um registro (um objeto JSON).",
  invalid_record_type: "Tipo de registro desconhecido ou ausente.",
  required: "{field} é de preenchimento obrigatório.",
  unknown_field: "Campo desconhecido “{key}”: fora de “extensions”, só são permitidos campos do padrão.",
  invalid_type: "{field} tem um tipo incorreto (esperado: {expected}).",
  invalid_code: "{field} não corresponde a um código da sua lista.",
  invalid_format: "{field} não está no formato esperado ({format}).",
  too_small: "{field} tem valor ou tamanho abaixo do mínimo ({minimum}).",
  too_big: "{field} tem valor ou tamanho acima do máximo ({maximum}).",
  invalid_value: "{field} tem um valor que não é permitido.",
  adult_victim_without_means:
    "Uma pessoa adulta identificada como vítima precisa de pelo menos um meio (Protocolo de Palermo, art. 3): preencha {field} ou os meios de controle.",
  dates_out_of_order: "{field} é anterior a {earlierField}.",
  age_inconsistent_with_birth_date: "{field} não condiz com a data de nascimento.",
  majority_status_inconsistent: "{field} não condiz com a idade.",
  labour_detail_without_forced_labour:
    "Há dados em {field}, mas nenhuma forma de exploração laboral está registrada.",
  sexual_exploitation_type_without_sexual_exploitation:
    "Há dados em {field}, mas a exploração sexual não consta entre as formas de exploração.",
  implausible_age_for_labour: "{field} é de {max} anos ou menos em um caso de exploração laboral: verifique.",
  sentence_without_conviction: "Há registros em {field} sem que haja condenação.",
  amount_without_currency: "Um valor monetário foi informado sem {field}.",
  iccs_code_missing_for_purpose: "Falta o código ICCS {code} em {field} para esta finalidade de exploração.",
  cross_border_referral_same_country:
    "Um encaminhamento transfronteiriço tem o mesmo país de envio e de recebimento ({field}).",
  domestic_referral_different_countries:
    "Os países de envio e de recebimento são diferentes, mas {field} indica que o encaminhamento não é transfronteiriço.",
  referral_status_transition_invalid: "Um encaminhamento não pode passar de “{from}” para “{to}”.",
  referral_status_not_latest: "{field} não corresponde à última situação do histórico de situações.",
  return_without_risk_assessment: "Um encaminhamento para retorno foi enviado sem {field}.",
  referral_without_consent: "O encaminhamento foi enviado sem {field}.",
  contact_point_unreachable: "Um ponto focal não tem endereço de e-mail nem número de telefone.",
  schema_version_unsupported: "{field} não é compatível com este SDK (versões compatíveis: {supported}).",
} as const satisfies IssueMessages;
