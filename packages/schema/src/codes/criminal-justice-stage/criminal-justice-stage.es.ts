import type { CodeTexts } from "../define-code-list.js";
import type { criminalJusticeStage } from "./criminal-justice-stage.codes.js";

export const criminalJusticeStageEs = {
  suspected: {
    label: "Sospechoso",
    definition:
      "Se le atribuye participación, sin que las autoridades hayan tomado aún ninguna medida formal.",
  },
  formal_contact: {
    label: "Contacto formal",
    definition:
      "Entró en contacto formal con la policía o la justicia, por ejemplo detenido, amonestado o registrado como sospechoso.",
  },
  investigation: {
    label: "Investigación",
    definition: "La policía o la fiscalía está reuniendo pruebas sobre el delito.",
  },
  prosecution: { label: "Acusación", definition: "La fiscalía formuló cargos ante un tribunal." },
  trial: { label: "Juicio", definition: "Un tribunal está conociendo la causa." },
  convicted: { label: "Condenado", definition: "Declarado culpable por un tribunal." },
  acquitted: { label: "Absuelto", definition: "Declarado no culpable por un tribunal." },
  case_dismissed: {
    label: "Causa archivada",
    definition:
      "El proceso terminó sin pronunciamiento sobre la culpabilidad, por ejemplo porque se retiraron los cargos.",
  },
  appeal: { label: "Apelación", definition: "Una decisión está siendo impugnada ante un tribunal superior." },
} as const satisfies CodeTexts<typeof criminalJusticeStage>;
