import type { CodeTexts } from "../define-code-list.js";
import type { operationKind } from "./operation-kind.codes.js";

export const operationKindEs = {
  operation: {
    label: "Operativo",
    definition: "Acción policial planificada contra la trata, dirigida por las autoridades de un Estado.",
  },
  joint_investigation_team: {
    label: "Equipo conjunto de investigación",
    definition:
      "Investigación creada conjuntamente por las autoridades de dos o más Estados, por acuerdo o caso por caso (art. 19 de la UNTOC).",
  },
  other: { label: "Otro", definition: "Otro tipo de acción policial." },
} as const satisfies CodeTexts<typeof operationKind>;
