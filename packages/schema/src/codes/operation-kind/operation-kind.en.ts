import type { CodeTexts } from "../define-code-list.js";
import type { operationKind } from "./operation-kind.codes.js";

export const operationKindEn = {
  operation: {
    label: "Operation",
    definition: "A planned law-enforcement action against trafficking, led by the authorities of one State.",
  },
  joint_investigation_team: {
    label: "Joint investigation team",
    definition:
      "An investigation set up jointly by the authorities of two or more States under an agreement or case by case (UNTOC Art. 19).",
  },
  other: { label: "Other", definition: "Another kind of law-enforcement action." },
} as const satisfies CodeTexts<typeof operationKind>;
