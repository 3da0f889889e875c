import type { ObjectTexts } from "../object-texts.js";

/** Spanish labels and descriptions of every object of the model. */
export const objectsEs = {
  case: {
    label: "Caso",
    description:
      "Hecho de trata de personas: qué se hizo (acciones, medios y fines), dónde y cuándo, cómo se clasifica en la ICCS, quiénes intervinieron y en qué punto está la justicia.",
  },
  traffickingEvent: {
    label: "Etapa de la trata",
    description:
      "Un momento del proceso de trata (captación, tránsito, explotación o identificación), con su lugar y su fecha.",
  },
  eventPlace: {
    label: "Lugar de la etapa",
    description: "Ubicación donde ocurrió una etapa del proceso de trata, del país hasta las coordenadas.",
  },
  financialInvestigation: {
    label: "Investigación financiera",
    description:
      "Vertiente patrimonial del caso: si se abrió una investigación financiera, si hubo cargos por lavado de activos y qué se hizo con los bienes.",
  },
  assetAction: {
    label: "Medida sobre bienes",
    description:
      "Una acción sobre bienes de origen delictivo: identificación, congelamiento, incautación, decomiso o restitución a las víctimas.",
  },
  proceedings: {
    label: "Proceso penal",
    description: "Situación de la justicia penal: etapa procesal, cargos, fallo y penas impuestas.",
  },
  charge: {
    label: "Cargo",
    description: "Un delito imputado, con su código ICCS y la disposición legal nacional en que se funda.",
  },
  penalty: {
    label: "Pena",
    description: "Una pena de la sentencia, como meses de prisión, una multa con su moneda o un decomiso.",
  },
  caseComment: {
    label: "Comentario del caso",
    description:
      "Nota fechada sobre el caso; como el texto puede nombrar a personas, se trata como dato identificativo.",
  },
  technologyUse: {
    label: "Uso de tecnología",
    description:
      "Un uso de la tecnología en el caso: qué plataforma y con qué fin (captar, publicitar, controlar, pagar, prevenir...).",
  },
  victim: {
    label: "Víctima",
    description:
      "Persona identificada como víctima, o presunta víctima, de trata: datos demográficos, nacionalidad, identificación, explotación, asistencia y consentimientos.",
  },
  identification: {
    label: "Identificación",
    description:
      "Cómo, cuándo, dónde y por quién se identificó a la persona como víctima o presunta víctima de trata.",
  },
  exploitation: {
    label: "Explotación",
    description:
      "Lo que le ocurrió a una víctima, según los elementos del Protocolo de Palermo y el detalle operativo: sectores, medios de control, captación y tecnología.",
  },
  assistance: {
    label: "Asistencia",
    description:
      "Un servicio que una sobreviviente recibió o tiene previsto recibir, con sus objetivos, su plan y sus fechas.",
  },
  consent: {
    label: "Consentimiento",
    description:
      "Consentimiento informado de una persona para un uso de sus datos: finalidades, destinatarios autorizados y vigencia.",
  },
  personAddress: {
    label: "Domicilio de la persona",
    description:
      "Dirección postal de una persona; hasta el nivel de la calle permite identificarla directamente.",
  },
  externalId: {
    label: "Identificador externo",
    description: "Identificador del mismo registro en otro sistema, como un número de expediente nacional.",
  },
  perpetrator: {
    label: "Autor",
    description:
      "Persona física o jurídica sospechosa, procesada o condenada por trata: su función en el proceso, su relación con las víctimas y su situación penal.",
  },
  victimRelation: {
    label: "Relación con la víctima",
    description: "Vínculo de un autor con una de las víctimas del caso.",
  },
  agency: {
    label: "Institución",
    description:
      "Entidad que informa o presta servicios: ministerio, policía, fiscalía, albergue, línea de ayuda, ONG u organización internacional.",
  },
  agencyAddress: {
    label: "Dirección de la institución",
    description:
      "Dirección de la sede de una institución; es información pública de directorio, no un dato personal.",
  },
  contactPoint: {
    label: "Punto focal",
    description:
      "Persona de contacto designada por una institución; su nombre es un dato personal aun en un directorio.",
  },
  referral: {
    label: "Derivación",
    description:
      "Derivación de una víctima de una institución a otra, dentro de un país o entre países: motivos, servicios solicitados, consentimiento, evaluación de riesgos y estado.",
  },
  referralParty: {
    label: "Parte de la derivación",
    description:
      "La institución remitente o receptora de una derivación, con su país y la o el profesional a cargo.",
  },
  riskAssessment: {
    label: "Evaluación de riesgos",
    description:
      "Evaluación de los riesgos que corre la persona antes de un retorno, hecha en lo posible por los países de origen y de destino.",
  },
  statusChange: {
    label: "Cambio de estado",
    description:
      "Un paso en la vida de una derivación: el estado al que pasó, cuándo y qué institución lo hizo.",
  },
  bundle: {
    label: "Paquete de intercambio",
    description:
      "Envoltorio de un intercambio de datos: versión del modelo, remitente, destinatarios, fecha, finalidad, clasificación TLP y los registros enviados.",
  },
  bundleParty: {
    label: "Remitente o destinatario",
    description: "Institución y país que envían o reciben un paquete de intercambio.",
  },
  aggregate: {
    label: "Cifra agregada",
    description:
      "Una cifra publicada de un Estado que dispone de totales y no de registros de casos, con la forma de los datos GLOTIP de la UNODC: un indicador por país y año, desglosado por categoría, sexo y grupo de edad, como valor o como marca de cifra ocultada.",
  },
  suppressedValue: {
    label: "Cifra ocultada",
    description: "Una cifra que el editor ocultó por ser pequeña, y el límite por debajo del cual está.",
  },
  sourceLabels: {
    label: "Textos de la fuente",
    description:
      "Los textos propios de la fuente para una cifra, conservados para poder reescribirla sin cambios.",
  },
  helplineContact: {
    label: "Contacto con la línea de ayuda",
    description:
      "Un contacto con una línea de ayuda contra la trata: canal, hora, idioma, quién contactó, indicadores señalados, resultado y la víctima o el caso al que condujo.",
  },
  screening: {
    label: "Evaluación",
    description:
      "Una evaluación de una persona basada en indicadores: herramienta, indicadores hallados con su peso, conclusión, y el contacto y la víctima que vincula.",
  },
  screeningIndicator: {
    label: "Indicador hallado",
    description: "Un indicador hallado en una evaluación y su peso.",
  },
  protectionMeasure: {
    label: "Medida de protección",
    description:
      "Una medida de protección para una víctima: indemnización, restitución, permiso de residencia, período de reflexión, retorno y reintegración, o no punibilidad.",
  },
  compensationDetail: {
    label: "Detalle de la indemnización",
    description: "Fuente, concesión, pago, montos y moneda de una indemnización o restitución.",
  },
  residenceDetail: {
    label: "Detalle de la residencia",
    description: "Tipo, decisión y fechas de un permiso de residencia o período de reflexión.",
  },
  reintegrationDetail: {
    label: "Detalle de la reintegración",
    description: "País, fechas y resultado de un retorno y su seguimiento.",
  },
  nonPunishmentDetail: {
    label: "Detalle de la no punibilidad",
    description:
      "Delito, resultado y fecha del procesamiento de una víctima por un delito cometido como consecuencia de la trata.",
  },
  sgbvIncident: {
    label: "Incidente de VSG",
    description:
      "Un incidente de violencia sexual o de género sufrido por una mujer o niña migrante en la ruta, clasificado según los tipos del GBVIMS.",
  },
  operation: {
    label: "Operativo",
    description:
      "Un operativo policial o una investigación conjunta contra la trata: instituciones y países participantes, fechas, personas identificadas, detenciones y víctimas rescatadas, y los casos, autores y grupos a los que se refiere.",
  },
  financialInquiry: {
    label: "Indagación financiera",
    description:
      "Un reporte de inteligencia financiera o una investigación de lavado de activos o financiera paralela sobre el producto de la trata, con las medidas sobre bienes y el resultado.",
  },
  legalAssistanceRequest: {
    label: "Solicitud de asistencia judicial recíproca",
    description:
      "Una solicitud de asistencia judicial recíproca en un asunto de trata, enviada o recibida: países y autoridades, base jurídica, asistencia solicitada, estado y fechas.",
  },
  criminalGroup: {
    label: "Grupo delictivo organizado",
    description:
      "Un grupo delictivo organizado: su estructura, países de actuación, delitos relacionados, tamaño estimado y bienes, con sus integrantes y casos.",
  },
  preventionActivity: {
    label: "Actividad de prevención",
    description:
      "Una campaña de sensibilización, una capacitación de funcionarios u otra actividad de prevención: público, alcance, canales y plataformas en línea, fechas, país y organizador.",
  },
} as const satisfies ObjectTexts;
