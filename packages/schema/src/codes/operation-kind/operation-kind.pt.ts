import type { CodeTexts } from "../define-code-list.js";
import type { operationKind } from "./operation-kind.codes.js";

export const operationKindPt = {
  operation: {
    label: "Operação",
    definition: "Ação policial planejada contra o tráfico, conduzida pelas autoridades de um Estado.",
  },
  joint_investigation_team: {
    label: "Equipe conjunta de investigação",
    definition:
      "Investigação criada em conjunto pelas autoridades de dois ou mais Estados, por acordo ou caso a caso (art. 19 da UNTOC).",
  },
  other: { label: "Outro", definition: "Outro tipo de ação policial." },
} as const satisfies CodeTexts<typeof operationKind>;
