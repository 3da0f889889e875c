import type { CodeTexts } from "../define-code-list.js";
import type { gbvIncidentType } from "./gbv-incident-type.codes.js";

export const gbvIncidentTypeEs = {
  rape: {
    label: "Violación",
    definition:
      "Penetración no consentida, por leve que sea, de la vagina, el ano o la boca con el pene u otra parte del cuerpo, o de la vagina o el ano con un objeto.",
  },
  sexual_assault: {
    label: "Agresión sexual",
    definition:
      "Contacto sexual no consentido sin penetración, como la tentativa de violación o los tocamientos no deseados.",
  },
  physical_assault: {
    label: "Agresión física",
    definition: "Violencia física no sexual, como golpes, estrangulamiento, quemaduras o uso de armas.",
  },
  forced_marriage: {
    label: "Matrimonio forzado",
    definition: "Matrimonio de una persona contra su voluntad.",
  },
  denial_of_resources: {
    label: "Negación de recursos, oportunidades o servicios",
    definition:
      "Negación del acceso legítimo a recursos económicos, medios de vida, educación, salud u otros servicios.",
  },
  psychological_abuse: {
    label: "Abuso psicológico o emocional",
    definition:
      "Infligir dolor o daño mental o emocional, como amenazas, humillación, aislamiento forzado o acoso.",
  },
} as const satisfies CodeTexts<typeof gbvIncidentType>;
