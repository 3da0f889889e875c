import type { CodeTexts } from "../define-code-list.js";
import type { tlp } from "./tlp.codes.js";

export const tlpEn = {
  RED: {
    label: "TLP:RED",
    definition: "For the named individual recipients only; may not be passed on to anyone else.",
  },
  "AMBER+STRICT": {
    label: "TLP:AMBER+STRICT",
    definition: "May be shared only within the recipient's own organisation, on a need-to-know basis.",
  },
  AMBER: {
    label: "TLP:AMBER",
    definition:
      "May be shared within the recipient's organisation and with its clients, on a need-to-know basis.",
  },
  GREEN: {
    label: "TLP:GREEN",
    definition:
      "May be shared within the recipient's community, but not through publicly accessible channels.",
  },
  CLEAR: {
    label: "TLP:CLEAR",
    definition: "No limit on disclosure; may be made public, subject to any other legal rules.",
  },
} as const satisfies CodeTexts<typeof tlp>;
