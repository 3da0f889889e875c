import type { PrivacyTexts } from "../i18n/privacy-texts.js";

/** Textos em português de @tip/privacy. */
export const pt = {
  locale: "pt",
  refusals: {
    consent_missing: "Registro {id} ({type}) retido: não consta consentimento da pessoa.",
    consent_not_given: "Registro {id} ({type}) retido: a pessoa não deu consentimento.",
    consent_withdrawn: "Registro {id} ({type}) retido: a pessoa retirou o consentimento.",
    consent_expired: "Registro {id} ({type}) retido: o consentimento da pessoa expirou.",
    consent_purpose_not_covered:
      "Registro {id} ({type}) retido: o consentimento da pessoa não cobre a finalidade “{purpose}”.",
    consent_recipient_not_covered:
      "Registro {id} ({type}) retido: o consentimento da pessoa não cobre o compartilhamento com a instituição {recipient}.",
    victim_not_in_export:
      "Registro {id} ({type}) retido: refere-se a uma vítima cujo registro e consentimento não estão na entrada.",
    linked_victim_refused:
      "Registro {id} ({type}) retido: refere-se a uma vítima cujo consentimento não permite esta exportação.",
    tlp_red_not_addressed:
      "Registro {id} ({type}) retido: os dados estão marcados TLP:RED e a instituição {recipient} não está entre os destinatários nomeados.",
    not_a_record: "Item {id} retido: não é um registro do modelo.",
    unreadable_record:
      "Item {id} retido: não pode ser lido como dados (um valor que falha ao ser lido, grande demais ou aninhado profundamente demais).",
    envelope_unreadable:
      "Item {id} retido: o envelope do pacote (sua marcação TLP e seus destinatários) não pode ser lido como dados.",
  },
  recordTypes: {
    case: "caso",
    victim: "vítima",
    perpetrator: "autor",
    agency: "instituição",
    referral: "encaminhamento",
    bundle: "pacote",
    helplineContact: "contato com a linha de ajuda",
    screening: "triagem",
    protectionMeasure: "medida de proteção",
    sgbvIncident: "incidente de VSBG",
    operation: "operação",
    financialInquiry: "apuração financeira",
    legalAssistanceRequest: "pedido de assistência jurídica",
    criminalGroup: "grupo criminoso",
    preventionActivity: "atividade de prevenção",
  },
  dimensions: {
    sex: "Sexo",
    age_group: "Faixa etária",
    glotip_group: "Grupo",
    exploitation: "Forma de exploração",
    glotip_form: "Forma de exploração (GLOTIP)",
    citizenship: "Nacionalidade",
    country: "País de identificação",
    year: "Ano",
    stage: "Fase do processo penal",
    channel: "Canal",
    outcome: "Resultado",
    compensation_source: "Fonte da indenização",
  },
  values: {
    total: "Total",
    unknown: "Desconhecido",
    stateless: "Apátrida",
    noStage: "Sem medida formal",
    multipleForms: "Várias formas",
    glotipGroups: { women: "Mulheres", girls: "Meninas", men: "Homens", boys: "Meninos" },
    glotipForms: {
      sexual_exploitation: "Exploração sexual",
      forced_labour: "Trabalho forçado",
      forced_criminal_activity: "Atividade criminosa forçada",
      begging: "Mendicância",
      forced_marriage: "Casamento forçado",
      organ_removal: "Remoção de órgãos",
      child_soldiers: "Crianças-soldado",
      illegal_adoption: "Adoção ilegal",
      benefit_fraud: "Fraude de benefícios",
      mixed_other: "Formas mistas ou outras",
    },
    stages: { formal_contact: "Em contato formal", prosecuted: "Denunciados", convicted: "Condenados" },
  },
  table: {
    suppressedMark: "x",
    suppressedLegend:
      "x: não publicado, para proteger as pessoas contadas (menos de {minCell, number}, ou célula que revelaria outra).",
    multiCountNote:
      "Uma pessoa com várias formas de exploração ou fases é contada em cada uma, e uma só vez nos totais.",
    count: "{count, number}",
    rateNote: "{count, number} ({rate, number})",
    rateLegend: "(…): por 100 000 habitantes.",
    units: {
      victims: "Vítimas",
      perpetrators: "Pessoas (autores)",
      contacts: "Contatos com a linha de ajuda",
      compensated: "Vítimas indenizadas (pagamento efetuado)",
    },
    multipleFormsNote:
      "Uma vítima com várias formas de exploração é contada uma vez, em «Várias formas» (formas GLOTIP: em «Formas mistas ou outras»).",
  },
  classification: {
    unclassifiedHeading: "Não classificados (contados como Desconhecido):",
    derivedHeading: "Valores derivados:",
    outsideHeading: "Fora da tabela:",
    line: "  {dimension}: {items}",
    item: "{count} {what}",
    outside: "sem nenhum dos valores mostrados",
    reasons: {
      not_recorded: "não registado",
      recorded_unknown: "registado como desconhecido",
      not_a_code: "não é um código da lista",
      birth_date_without_reference_date:
        "data ou ano de nascimento sem data de identificação para calcular a idade",
      no_form_recorded: "nenhuma forma de exploração registada",
      sex_unknown: "sexo desconhecido",
      sex_other: "sexo diferente de feminino ou masculino",
      age_unknown: "grupo etário desconhecido",
      sex_and_age_unknown: "sexo e grupo etário desconhecidos",
    },
    derivations: {
      from_gender: "sexo a partir do género",
      from_age_at_identification: "da idade na identificação",
      from_birth_date: "da data de nascimento na identificação",
      from_birth_year: "do ano de nascimento",
      from_age_band: "da faixa etária",
      from_majority_status: "da maioridade registada",
      from_case_proceedings: "etapa a partir do processo do caso",
    },
  },
  prosecution: {
    operationsTitle: "Operações por país e ano",
    assetsTitle: "Medidas sobre bens por origem, medida e moeda",
    columns: {
      country: "País",
      year: "Ano",
      operations: "Operações",
      arrests: "Prisões",
      victimsRescued: "Vítimas resgatadas",
      source: "Registrada em",
      action: "Medida",
      currency: "Moeda",
      actions: "Medidas",
      totalValue: "Valor total",
    },
    sources: {
      case: "Caso (investigação financeira)",
      financialInquiry: "Apuração financeira",
      criminalGroup: "Grupo criminoso",
    },
    total: "Total",
    unknown: "Desconhecido",
  },
} as const satisfies PrivacyTexts;
