import { defineProfile } from "../profile-document.js";
import { MX_STATES } from "./mx-states.js";

const LAW =
  "Ley General para Prevenir, Sancionar y Erradicar los Delitos en Materia de Trata de Personas y para la Protección y Asistencia a las Víctimas de estos Delitos (DOF 14/06/2012)";

/**
 * Mexico: the General Law of 2012 defines trafficking without means (Art. 10) and lists forms of exploitation
 * beyond the Protocol's. Federal entities are recorded as ISO 3166-2:MX codes in the `mx` extension: the
 * model's place `region` is free text for any country, so a national list cannot bind it.
 */
export const mx = defineProfile({
  id: "mx",
  title: {
    en: "Mexico: General Law on trafficking in persons (2012)",
    es: "México: Ley General en Materia de Trata de Personas (2012)",
    fr: "Mexique : loi générale sur la traite des personnes (2012)",
    pt: "México: Lei Geral sobre tráfico de pessoas (2012)",
  },
  country: "MX",
  version: "1.0.0",
  basedOn: "core",
  sources: [
    { title: `${LAW}, artículo 10`, url: "https://www.diputados.gob.mx/LeyesBiblio/pdf/LGPSEDMTP.pdf" },
  ],
  rules: {
    adult_victim_without_means: {
      severity: "off",
      clause:
        "Art. 10: trata es toda acción u omisión dolosa para captar, enganchar, transportar, transferir, retener, entregar, recibir o alojar a una persona con fines de explotación; los medios no son un elemento del delito",
    },
  },
  codeLists: {
    exploitation_form: {
      clause: "Art. 10, fracciones I a XI",
      add: {
        mx_illicit_biomedical_experimentation: {
          foldsTo: "other",
          labels: {
            en: "Illicit biomedical experimentation on human beings",
            es: "Experimentación biomédica ilícita en seres humanos",
            fr: "Expérimentation biomédicale illicite sur des êtres humains",
            pt: "Experimentação biomédica ilícita em seres humanos",
          },
        },
      },
    },
  },
  nationalCodeLists: {
    mx_federal_entity: {
      title: {
        en: "Federal entities of Mexico",
        es: "Entidades federativas de México",
        fr: "Entités fédératives du Mexique",
        pt: "Entidades federativas do México",
      },
      source: "ISO 3166-2:MX",
      codes: MX_STATES,
    },
  },
  extensions: {
    mx: {
      title: { en: "Mexico", es: "México", fr: "Mexique", pt: "México" },
      fields: {
        identificationEntity: {
          type: "code",
          codeList: "mx_federal_entity",
          pii: "quasi",
          recordTypes: ["victim"],
          labels: {
            en: "Federal entity of identification",
            es: "Entidad federativa de identificación",
            fr: "Entité fédérative de l'identification",
            pt: "Entidade federativa da identificação",
          },
        },
        eventEntities: {
          type: "codes",
          codeList: "mx_federal_entity",
          pii: "quasi",
          recordTypes: ["case"],
          labels: {
            en: "Federal entities where the acts took place",
            es: "Entidades federativas donde ocurrieron los hechos",
            fr: "Entités fédératives où les faits ont eu lieu",
            pt: "Entidades federativas onde os factos ocorreram",
          },
        },
        investigationFolder: {
          type: "string",
          pii: "direct",
          recordTypes: ["case"],
          labels: {
            en: "Investigation folder number",
            es: "Número de carpeta de investigación",
            fr: "Numéro du dossier d'enquête",
            pt: "Número do processo de investigação",
          },
        },
      },
    },
  },
});
