import type { CodeTexts } from "../define-code-list.js";
import type { legalAssistanceType } from "./legal-assistance-type.codes.js";

export const legalAssistanceTypeEs = {
  taking_evidence: {
    label: "Recibir testimonios o declaraciones",
    definition: "Recibir testimonios o tomar declaración a personas (art. 18.3.a).",
  },
  service_of_documents: {
    label: "Notificación de documentos judiciales",
    definition: "Presentar documentos judiciales (art. 18.3.b).",
  },
  search_seizure_freezing: {
    label: "Registro, incautación y embargo preventivo",
    definition: "Efectuar inspecciones, incautaciones y embargos preventivos (art. 18.3.c).",
  },
  examining_objects_and_sites: {
    label: "Examen de objetos y lugares",
    definition: "Examinar objetos y lugares (art. 18.3.d).",
  },
  information_and_expert_evaluations: {
    label: "Información y peritajes",
    definition: "Facilitar información, elementos de prueba y evaluaciones de peritos (art. 18.3.e).",
  },
  documents_and_records: {
    label: "Documentos y expedientes",
    definition:
      "Entregar originales o copias certificadas de documentos y expedientes, incluida la documentación bancaria, financiera, social o comercial (art. 18.3.f).",
  },
  tracing_proceeds: {
    label: "Rastreo del producto del delito",
    definition:
      "Identificar o localizar el producto del delito, los bienes, los instrumentos u otros elementos con fines probatorios (art. 18.3.g).",
  },
  voluntary_appearance: {
    label: "Comparecencia voluntaria de personas",
    definition: "Facilitar la comparecencia voluntaria de personas en el Estado requirente (art. 18.3.h).",
  },
  other: {
    label: "Otra",
    definition: "Cualquier otra asistencia que permita el derecho del Estado requerido (art. 18.3.i).",
  },
} as const satisfies CodeTexts<typeof legalAssistanceType>;
