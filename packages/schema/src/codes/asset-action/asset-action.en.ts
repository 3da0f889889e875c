import type { CodeTexts } from "../define-code-list.js";
import type { assetAction } from "./asset-action.codes.js";

export const assetActionEn = {
  identified: {
    label: "Identified",
    definition: "Assets were traced and linked to the offence or offender.",
  },
  frozen: {
    label: "Frozen",
    definition: "Temporarily barred from transfer or use by order of an authority.",
  },
  seized: { label: "Seized", definition: "Taken into the authorities' custody pending a final decision." },
  confiscated: { label: "Confiscated", definition: "Permanently forfeited by a final court order." },
  returned_to_victim: {
    label: "Returned to victim",
    definition: "Returned or paid out to a victim, for example as compensation.",
  },
} as const satisfies CodeTexts<typeof assetAction>;
