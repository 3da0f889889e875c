import type { ObjectTexts } from "../object-texts.js";

/** Brazilian Portuguese labels and descriptions of every object of the model. */
export const objectsPt = {
  case: {
    label: "Caso",
    description:
      "Evento de tráfico de pessoas, primeira unidade da IC-TIP: o que foi feito, onde e quando, como se classifica na ICCS, quem esteve envolvido e em que ponto está a justiça.",
  },
  traffickingEvent: {
    label: "Etapa do tráfico",
    description:
      "Uma etapa do processo de tráfico (aliciamento, trânsito, exploração ou identificação), com seu local e sua data.",
  },
  eventPlace: {
    label: "Local da etapa",
    description: "Onde ocorreu uma etapa do processo de tráfico, do país até as coordenadas geográficas.",
  },
  financialInvestigation: {
    label: "Investigação financeira",
    description:
      "A vertente patrimonial e de lavagem de dinheiro de um caso: se houve investigação financeira e que medidas foram tomadas sobre os bens.",
  },
  assetAction: {
    label: "Medida sobre bens",
    description:
      "Uma medida sobre bens de origem criminosa: identificação, bloqueio, apreensão, confisco ou restituição às vítimas.",
  },
  proceedings: {
    label: "Processo penal",
    description:
      "Em que ponto está a persecução penal: fase, acusações, decisão judicial e penas, base para as contagens de processados e condenados do GLOTIP.",
  },
  charge: {
    label: "Acusação",
    description: "Um crime imputado, com seu código ICCS e o dispositivo da lei nacional em que se baseia.",
  },
  penalty: {
    label: "Pena",
    description:
      "Uma das sanções de uma sentença: prisão em meses, multa com sua moeda, confisco de bens e outras.",
  },
  caseComment: {
    label: "Comentário do caso",
    description:
      "Nota datada sobre um caso; como o texto livre pode citar pessoas, é tratado como dado de identificação direta.",
  },
  technologyUse: {
    label: "Uso de tecnologia",
    description:
      "Um uso de tecnologia em um caso: em qual plataforma e para quê (aliciar, ofertar vítimas, controlar, movimentar lucros, prevenir).",
  },
  victim: {
    label: "Vítima",
    description:
      "Pessoa identificada ou presumida como vítima de tráfico de pessoas, unidade vítima da IC-TIP: dados pessoais, nacionalidade, identificação, exploração, assistência e consentimento.",
  },
  identification: {
    label: "Identificação",
    description:
      "Como, quando, onde e por quem a pessoa foi identificada como vítima presumida ou confirmada, com o país de identificação explícito.",
  },
  exploitation: {
    label: "Exploração",
    description:
      "O que aconteceu com uma vítima, nos termos do Protocolo de Palermo e no detalhe operacional usado pelo HTCDS e pelo CTDC.",
  },
  assistance: {
    label: "Assistência",
    description:
      "Um serviço que a pessoa sobrevivente recebeu ou deve receber, dentro do seu plano de atendimento.",
  },
  consent: {
    label: "Consentimento",
    description:
      "Consentimento informado de uma pessoa para um uso dos seus dados: para quais finalidades, a quais destinatários, desde quando e até quando.",
  },
  personAddress: {
    label: "Endereço para correspondência",
    description: "Endereço postal de uma pessoa; com rua e número, é dado de identificação direta.",
  },
  externalId: {
    label: "Identificador externo",
    description:
      "Identificador do mesmo registro em outro sistema, como um número de caso nacional ou um identificador HTCDS.",
  },
  perpetrator: {
    label: "Autor",
    description:
      "Pessoa suspeita, acusada ou condenada, unidade autor da IC-TIP: papel no processo de tráfico, relação com as vítimas, nacionalidade, sexo e situação na justiça penal.",
  },
  victimRelation: {
    label: "Relação com a vítima",
    description: "O vínculo entre um autor e uma das vítimas do caso.",
  },
  agency: {
    label: "Instituição",
    description:
      "Entidade informante ou prestadora de serviços (unidade entidade informante da IC-TIP), como ministérios, polícia, Ministério Público, abrigos, linhas de atendimento, ONGs e organizações internacionais.",
  },
  agencyAddress: {
    label: "Endereço da instituição",
    description: "Endereço de uma instituição; dado público de diretório, não dado pessoal.",
  },
  contactPoint: {
    label: "Ponto focal",
    description: "Pessoa de contato de uma instituição; seu nome é dado pessoal mesmo em um diretório.",
  },
  referral: {
    label: "Encaminhamento",
    description:
      "Encaminhamento de uma vítima de uma instituição a outra, no mesmo país (mecanismo nacional) ou entre países (mecanismo transnacional), com motivos, serviços, consentimento, avaliação de riscos e situação.",
  },
  referralParty: {
    label: "Parte do encaminhamento",
    description: "Um dos lados de um encaminhamento: a instituição, seu país e o técnico de referência.",
  },
  riskAssessment: {
    label: "Avaliação de riscos",
    description:
      "Avaliação dos riscos feita antes de um retorno, em conjunto pelos países de origem e de destino.",
  },
  statusChange: {
    label: "Mudança de situação",
    description:
      "Um passo na trajetória de um encaminhamento: a situação em que entrou, quando e por ação de qual instituição.",
  },
  bundle: {
    label: "Pacote de intercâmbio",
    description:
      "Envelope de uma troca de dados: versão do modelo, remetente e destinatários, data, finalidade, marcação TLP 2.0 e os próprios registros.",
  },
  bundleParty: {
    label: "Parte do intercâmbio",
    description: "O remetente ou um dos destinatários de um pacote de intercâmbio: instituição e país.",
  },
  aggregate: {
    label: "Número agregado",
    description:
      "Um número publicado de um Estado que dispõe de totais e não de registos de casos, no formato dos dados GLOTIP do UNODC: um indicador por país e ano, desagregado por categoria, sexo e grupo etário, como valor ou marca de número ocultado.",
  },
  suppressedValue: {
    label: "Número ocultado",
    description: "Um número que o editor ocultou por ser pequeno, e o limite abaixo do qual está.",
  },
  sourceLabels: {
    label: "Textos da fonte",
    description: "Os textos próprios da fonte para um número, conservados para a reescrever sem alterações.",
  },
  helplineContact: {
    label: "Contato com a linha de ajuda",
    description:
      "Um contato com uma linha de ajuda contra o tráfico: canal, hora, idioma, quem contatou, indicadores apontados, resultado e a vítima ou o caso a que levou.",
  },
  screening: {
    label: "Triagem",
    description:
      "Uma triagem de uma pessoa baseada em indicadores: ferramenta, indicadores encontrados com sua força, conclusão, e o contato e a vítima que vincula.",
  },
  screeningIndicator: {
    label: "Indicador encontrado",
    description: "Um indicador encontrado em uma triagem e sua força.",
  },
  protectionMeasure: {
    label: "Medida de proteção",
    description:
      "Uma medida de proteção para uma vítima: indenização, restituição, autorização de residência, período de reflexão, retorno e reintegração, ou não punição.",
  },
  compensationDetail: {
    label: "Detalhe da indenização",
    description: "Fonte, concessão, pagamento, valores e moeda de uma indenização ou restituição.",
  },
  residenceDetail: {
    label: "Detalhe da residência",
    description: "Tipo, decisão e datas de uma autorização de residência ou período de reflexão.",
  },
  reintegrationDetail: {
    label: "Detalhe da reintegração",
    description: "País, datas e resultado de um retorno e seu acompanhamento.",
  },
  nonPunishmentDetail: {
    label: "Detalhe da não punição",
    description:
      "Crime, resultado e data do processo contra uma vítima por um crime cometido em consequência do tráfico.",
  },
  sgbvIncident: {
    label: "Incidente de VSBG",
    description:
      "Um incidente de violência sexual ou baseada em gênero sofrido por uma mulher ou menina migrante na rota, classificado pelos tipos do GBVIMS.",
  },
  operation: {
    label: "Operação",
    description:
      "Uma operação policial ou investigação conjunta contra o tráfico: instituições e países participantes, datas, pessoas identificadas, prisões e vítimas resgatadas, e os casos, autores e grupos a que se refere.",
  },
  financialInquiry: {
    label: "Apuração financeira",
    description:
      "Uma comunicação ou relatório de inteligência financeira, ou uma investigação de lavagem de dinheiro ou financeira paralela sobre o produto do tráfico, com as medidas sobre bens e o resultado.",
  },
  legalAssistanceRequest: {
    label: "Pedido de assistência jurídica mútua",
    description:
      "Um pedido de assistência jurídica mútua em matéria de tráfico, enviado ou recebido: países e autoridades, base jurídica, assistência solicitada, situação e datas.",
  },
  criminalGroup: {
    label: "Grupo criminoso organizado",
    description:
      "Um grupo criminoso organizado: sua estrutura, países de atuação, crimes relacionados, tamanho estimado e bens, com seus integrantes e casos.",
  },
  preventionActivity: {
    label: "Atividade de prevenção",
    description:
      "Uma campanha de conscientização, uma capacitação de agentes públicos ou outra atividade de prevenção: público, alcance, canais e plataformas on-line, datas, país e organizador.",
  },
} as const satisfies ObjectTexts;
