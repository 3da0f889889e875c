import type { CodeTexts } from "../define-code-list.js";
import type { act } from "./act.codes.js";

export const actEn = {
  recruitment: {
    label: "Recruitment",
    definition: "Enlisting or engaging a person, by any method, with a view to their exploitation.",
  },
  transportation: {
    label: "Transportation",
    definition: "Moving a person from one place to another, within a country or across borders.",
  },
  transfer: {
    label: "Transfer",
    definition: "Handing over control of a person from one individual or group to another.",
  },
  harbouring: {
    label: "Harbouring",
    definition:
      "Accommodating or hiding a person at any stage, such as in transit or at the place of exploitation.",
  },
  receipt: {
    label: "Receipt",
    definition: "Taking in a person on arrival, for example at the destination or at a meeting point.",
  },
} as const satisfies CodeTexts<typeof act>;
