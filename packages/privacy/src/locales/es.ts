import type { PrivacyTexts } from "../i18n/privacy-texts.js";

/** Textos en español de @tip/privacy. */
export const es = {
  locale: "es",
  refusals: {
    consent_missing: "Registro {id} ({type}) retenido: no consta el consentimiento de la persona.",
    consent_not_given: "Registro {id} ({type}) retenido: la persona no dio su consentimiento.",
    consent_withdrawn: "Registro {id} ({type}) retenido: la persona retiró su consentimiento.",
    consent_expired: "Registro {id} ({type}) retenido: el consentimiento de la persona ha vencido.",
    consent_purpose_not_covered:
      "Registro {id} ({type}) retenido: el consentimiento de la persona no cubre la finalidad «{purpose}».",
    consent_recipient_not_covered:
      "Registro {id} ({type}) retenido: el consentimiento de la persona no cubre la comunicación a la institución {recipient}.",
    victim_not_in_export:
      "Registro {id} ({type}) retenido: se refiere a una víctima cuyo registro y consentimiento no están en la entrada.",
    linked_victim_refused:
      "Registro {id} ({type}) retenido: se refiere a una víctima cuyo consentimiento no permite esta exportación.",
    tlp_red_not_addressed:
      "Registro {id} ({type}) retenido: los datos están marcados TLP:RED y la institución {recipient} no figura entre los destinatarios nombrados.",
    not_a_record: "Elemento {id} retenido: no es un registro del modelo.",
    unreadable_record:
      "Elemento {id} retenido: no se puede leer como datos (un valor que falla al leerlo, demasiado grande o anidado a demasiada profundidad).",
    envelope_unreadable:
      "Elemento {id} retenido: el sobre del paquete (su marca TLP y sus destinatarios) no se puede leer como datos.",
  },
  recordTypes: {
    case: "caso",
    victim: "víctima",
    perpetrator: "autor",
    agency: "institución",
    referral: "derivación",
    bundle: "paquete",
    helplineContact: "contacto con la línea de ayuda",
    screening: "evaluación",
    protectionMeasure: "medida de protección",
    sgbvIncident: "incidente de VSG",
    operation: "operativo",
    financialInquiry: "indagación financiera",
    legalAssistanceRequest: "solicitud de asistencia judicial",
    criminalGroup: "grupo delictivo",
    preventionActivity: "actividad de prevención",
  },
  dimensions: {
    sex: "Sexo",
    age_group: "Grupo de edad",
    glotip_group: "Grupo",
    exploitation: "Forma de explotación",
    glotip_form: "Forma de explotación (GLOTIP)",
    citizenship: "Nacionalidad",
    country: "País de identificación",
    year: "Año",
    stage: "Etapa del proceso penal",
    channel: "Canal",
    outcome: "Resultado",
    compensation_source: "Fuente de la indemnización",
  },
  values: {
    total: "Total",
    unknown: "Desconocido",
    stateless: "Apátrida",
    noStage: "Sin actuación formal",
    multipleForms: "Varias formas",
    glotipGroups: { women: "Mujeres", girls: "Niñas", men: "Hombres", boys: "Niños" },
    glotipForms: {
      sexual_exploitation: "Explotación sexual",
      forced_labour: "Trabajo forzoso",
      forced_criminal_activity: "Actividad delictiva forzada",
      begging: "Mendicidad",
      forced_marriage: "Matrimonio forzado",
      organ_removal: "Extracción de órganos",
      child_soldiers: "Niños soldados",
      illegal_adoption: "Adopción ilegal",
      benefit_fraud: "Fraude de prestaciones",
      mixed_other: "Formas mixtas u otras",
    },
    stages: { formal_contact: "En contacto formal", prosecuted: "Acusados", convicted: "Condenados" },
  },
  table: {
    suppressedMark: "x",
    suppressedLegend:
      "x: no se publica, para proteger a las personas contadas (menos de {minCell, number}, o una celda que revelaría otra).",
    multiCountNote:
      "Una persona con varias formas de explotación o etapas se cuenta en cada una, y una sola vez en los totales.",
    count: "{count, number}",
    rateNote: "{count, number} ({rate, number})",
    rateLegend: "(…): por 100 000 habitantes.",
    units: {
      victims: "Víctimas",
      perpetrators: "Personas (autores)",
      contacts: "Contactos con la línea de ayuda",
      compensated: "Víctimas indemnizadas (pago efectuado)",
    },
    multipleFormsNote:
      "Una víctima con varias formas de explotación se cuenta una vez, en «Varias formas» (formas GLOTIP: en «Formas mixtas u otras»).",
  },
  classification: {
    unclassifiedHeading: "Sin clasificar (contados como Desconocido):",
    derivedHeading: "Valores derivados:",
    outsideHeading: "Fuera de la tabla:",
    line: "  {dimension}: {items}",
    item: "{count} {what}",
    outside: "sin ninguno de los valores mostrados",
    reasons: {
      not_recorded: "no registrado",
      recorded_unknown: "registrado como desconocido",
      not_a_code: "no es un código de la lista",
      birth_date_without_reference_date:
        "fecha o año de nacimiento sin fecha de identificación para calcular la edad",
      no_form_recorded: "ninguna forma de explotación registrada",
      sex_unknown: "sexo desconocido",
      sex_other: "sexo distinto de mujer u hombre",
      age_unknown: "grupo de edad desconocido",
      sex_and_age_unknown: "sexo y grupo de edad desconocidos",
    },
    derivations: {
      from_gender: "sexo a partir del género",
      from_age_at_identification: "de la edad en la identificación",
      from_birth_date: "de la fecha de nacimiento en la identificación",
      from_birth_year: "del año de nacimiento",
      from_age_band: "del tramo de edad",
      from_majority_status: "de la mayoría de edad registrada",
      from_case_proceedings: "etapa a partir del proceso del caso",
    },
  },
  prosecution: {
    operationsTitle: "Operativos por país y año",
    assetsTitle: "Medidas sobre bienes por origen, medida y moneda",
    columns: {
      country: "País",
      year: "Año",
      operations: "Operativos",
      arrests: "Detenciones",
      victimsRescued: "Víctimas rescatadas",
      source: "Registrada en",
      action: "Medida",
      currency: "Moneda",
      actions: "Medidas",
      totalValue: "Valor total",
    },
    sources: {
      case: "Caso (investigación financiera)",
      financialInquiry: "Indagación financiera",
      criminalGroup: "Grupo delictivo",
    },
    total: "Total",
    unknown: "Desconocido",
  },
} as const satisfies PrivacyTexts;
