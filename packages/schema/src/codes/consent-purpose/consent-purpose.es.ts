import type { CodeTexts } from "../define-code-list.js";
import type { consentPurpose } from "./consent-purpose.codes.js";

export const consentPurposeEs = {
  assistance: {
    label: "Asistencia",
    definition: "Uso de los datos para brindar asistencia y protección a la persona.",
  },
  referral_national: {
    label: "Derivación nacional",
    definition: "Comunicación a otra institución del mismo país para derivar a la persona.",
  },
  referral_transnational: {
    label: "Derivación transnacional",
    definition: "Comunicación a una institución de otro país para derivar a la persona.",
  },
  return: {
    label: "Retorno",
    definition: "Uso y comunicación de los datos para organizar el retorno de la persona.",
  },
  criminal_proceedings: {
    label: "Proceso penal",
    definition: "Comunicación a la policía, la fiscalía o los tribunales para una investigación o un juicio.",
  },
  research_statistics: {
    label: "Investigación y estadística",
    definition: "Uso de datos anonimizados con fines estadísticos o de investigación.",
  },
  data_sharing_ngo: {
    label: "Comunicación a ONG",
    definition: "Comunicación a proveedores de servicios no gubernamentales.",
  },
  media: {
    label: "Medios de comunicación",
    definition:
      "Difusión de la historia o la imagen de la persona a periodistas o en comunicaciones públicas.",
  },
} as const satisfies CodeTexts<typeof consentPurpose>;
