import type { IssueMessages, ProfileMessages } from "./issue-messages.js";

/**
 * Brazilian Portuguese issue messages. `{field}` is replaced by the field's label; no message ever shows a
 * field's value. Sentences avoid gender and number agreement with the inserted label.
 */
export const messagesPt = {
  not_an_object: "Era esperado um registro (um objeto JSON).",
  invalid_record_type: "Tipo de registro desconhecido ou ausente.",
  required: "{field} é de preenchimento obrigatório.",
  unknown_field:
    "A chave n.º {position} deste objeto não é um campo do padrão: fora de “extensions”, só são permitidos campos do padrão.",
  invalid_type: "{field} tem um tipo incorreto (esperado: {expected}).",
  invalid_code: "{field} não corresponde a um código da sua lista.",
  invalid_format: "{field} não está no formato esperado ({format}).",
  too_small: "{field} tem valor ou tamanho abaixo do mínimo ({minimum}).",
  too_big: "{field} tem valor ou tamanho acima do máximo ({maximum}).",
  invalid_value: "{field} tem um valor que não é permitido.",
  former_country_code:
    "{field} contém um país extinto cujo código foi retirado sem sucessor único; é mantido como está escrito.",
  adult_victim_without_means:
    "Nenhum meio foi registrado para uma vítima adulta: o Protocolo de Palermo (art. 3 a)) o exige para adultos, algumas leis nacionais não. Preencha {field} ou os meios de controle, se houve.",
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
  empty_input: "A entrada não contém nenhum registro.",
  invalid_json: "Este texto não é um JSON válido.",
  invalid_utf8:
    "Este texto não está em UTF-8 válido: salve o arquivo em UTF-8 ou indique sua codificação (por exemplo windows-1252).",
  invalid_encoding: "Este texto não está em {encoding} válido; o restante da entrada não foi verificado.",
  nul_byte: "Este texto contém um byte NUL: o arquivo pode ser binário ou estar em UTF-16.",
  line_too_long:
    "Esta linha excede o limite de {maxBytes, plural, one {# byte} other {# bytes}}; foi ignorada.",
  record_too_large:
    "Este registro excede o limite de {maxBytes, plural, one {# byte} other {# bytes}}; foi ignorado.",
  truncated_input: "A entrada termina no meio de um registro: o arquivo pode estar truncado.",
  nesting_too_deep:
    "Há objetos ou listas aninhados em mais de {maxDepth, plural, one {# nível} other {# níveis}}; o registro não foi verificado.",
  unreadable_value:
    "Este valor não pode ser lido como dados (uma propriedade ou um proxy que falha ao ser lido, uma função); o registro não foi verificado.",
  value_too_large:
    "Este valor contém mais de {maxValues, plural, one {# valor} other {# valores}} no total; o registro não foi verificado.",
  duplicate_key:
    "A chave n.º {position} deste objeto repete uma chave anterior do objeto, ou há uma chave repetida dentro dela.",
  not_declared_format: "A entrada não está no formato declarado ({declared}); não foi verificada.",
  csv_missing_column: "{field} é de preenchimento obrigatório, mas o CSV não tem a coluna “{column}”.",
  csv_extra_column:
    "A coluna {column} não corresponde a nenhum campo deste tipo de registro; seus valores foram ignorados.",
  csv_duplicate_column: "A coluna {column} repete o nome de uma coluna anterior do cabeçalho.",
  csv_row_length:
    "Esta linha tem {count, plural, one {# célula} other {# células}}, mas o cabeçalho tem {expected, plural, one {# coluna} other {# colunas}}.",
  csv_malformed: "Não é possível ler esta linha do CSV ({reason}).",
  duplicate_id: "Outro registro da entrada já tem este identificador.",
  dangling_reference: "{field} remete a um registro que não está na entrada.",
  referral_chain_cycle:
    "{field} devolve a pessoa a uma instituição que já a havia encaminhado: os encaminhamentos formam um círculo.",
  bundle_header_mismatch: "{field} no cabeçalho do pacote não corresponde ao país da instituição indicada.",
  aggregate_value_missing: "Um número não tem valor nem marca de número ocultado.",
  aggregate_value_and_suppressed: "Um número ocultado tem também um valor.",
  aggregate_category_mismatch: "{field} não corresponde à desagregação do número.",
  anonymous_contact_with_identity: "Um contato anônimo registra {field}.",
  helpline_referral_without_link: "Um contato encaminhado não vincula nenhum registro de vítima nem de caso.",
  presumed_victim_without_indicators: "Conclui-se presumível vítima sem nenhum indicador encontrado.",
  screening_indicator_repeated: "Este indicador já consta da triagem.",
  screening_tool_name_missing: "Uma ferramenta marcada como outra não tem {field}.",
  protection_detail_missing: "O tipo da medida exige {field}.",
  protection_detail_of_other_kind: "{field} não corresponde ao tipo da medida.",
  compensation_paid_not_awarded: "A indenização consta como paga mas não concedida.",
  compensation_paid_exceeds_award: "{field} é maior que o valor concedido.",
  perpetrator_unknown_with_others: "{field} indica desconhecido junto com agressores conhecidos.",
  joint_investigation_one_country:
    "{field} indica menos de dois países, mas uma investigação conjunta reúne dois ou mais Estados.",
  legal_assistance_same_country:
    "{field} é igual ao país requerente: a assistência jurídica mútua se dá entre dois Estados.",
  criminal_group_too_small:
    "{field} é menor que três: um grupo criminoso organizado tem três ou mais pessoas (art. 2.a da UNTOC).",
  platforms_without_online_channel:
    "Plataformas on-line são indicadas, mas {field} não inclui o canal on-line.",
} as const satisfies IssueMessages;

/** Portuguese messages of the problems of a profile document (`loadProfile`). */
export const profileMessagesPt = {
  profile_invalid_json: "O perfil não é JSON válido (perto do caractere {position, number}).",
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

/** Said after a message whose key cannot be shown: which key of the object, by its place from 1. */
export const positionNotePt = "Veja a chave n.º {position} deste objeto.";

/** Said after a message about an unknown key when a field of the object is close to it: the field's name. */
export const suggestionNotePt = "Queria dizer `{suggestion}`?";
