import type { CodeTexts } from "../define-code-list.js";
import type { operationKind } from "./operation-kind.codes.js";

export const operationKindFr = {
  operation: {
    label: "Opération",
    definition:
      "Action planifiée des services répressifs contre la traite, menée par les autorités d'un État.",
  },
  joint_investigation_team: {
    label: "Équipe commune d'enquête",
    definition:
      "Enquête menée conjointement par les autorités de deux États ou plus, par accord ou au cas par cas (art. 19 de la CTO).",
  },
  other: { label: "Autre", definition: "Un autre type d'action des services répressifs." },
} as const satisfies CodeTexts<typeof operationKind>;
