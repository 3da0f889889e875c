import type { CodeTexts } from "../define-code-list.js";
import type { assetAction } from "./asset-action.codes.js";

export const assetActionFr = {
  identified: {
    label: "Identifiés",
    definition: "Des avoirs ont été retracés et rattachés à l'infraction ou à son auteur.",
  },
  frozen: {
    label: "Gelés",
    definition: "Transfert ou utilisation temporairement interdits sur ordre d'une autorité.",
  },
  seized: {
    label: "Saisis",
    definition: "Placés sous la garde des autorités dans l'attente d'une décision définitive.",
  },
  confiscated: {
    label: "Confisqués",
    definition: "Définitivement perdus par décision judiciaire définitive.",
  },
  returned_to_victim: {
    label: "Restitués à la victime",
    definition: "Restitués ou versés à une victime, par exemple à titre de réparation.",
  },
} as const satisfies CodeTexts<typeof assetAction>;
