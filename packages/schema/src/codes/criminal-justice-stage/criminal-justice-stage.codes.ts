import { defineCodeList } from "../define-code-list.js";

/** Stage a person or case has reached in the criminal justice process; GLOTIP counts persons in formal contact, prosecuted and convicted. */
export const criminalJusticeStage = defineCodeList("criminal_justice_stage", {
  suspected: {},
  formal_contact: { glotip: ["formal_contact"] },
  investigation: {},
  prosecution: { glotip: ["prosecuted"] },
  trial: {},
  convicted: { glotip: ["convicted"] },
  acquitted: {},
  case_dismissed: {},
  appeal: {},
});
