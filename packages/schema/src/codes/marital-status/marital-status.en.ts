import type { CodeTexts } from "../define-code-list.js";
import type { maritalStatus } from "./marital-status.codes.js";

export const maritalStatusEn = {
  single: { label: "Single", definition: "Has never been married or in a registered partnership." },
  married: { label: "Married", definition: "Currently married." },
  widowed: {
    label: "Widowed",
    definition: "The spouse or registered partner has died and the person has not remarried.",
  },
  divorced: { label: "Divorced", definition: "The marriage has been legally dissolved." },
  separated: { label: "Separated", definition: "Still married but living apart from the spouse." },
  registered_partnership: {
    label: "Registered partnership",
    definition: "In a civil union or partnership registered under the law.",
  },
} as const satisfies CodeTexts<typeof maritalStatus>;
