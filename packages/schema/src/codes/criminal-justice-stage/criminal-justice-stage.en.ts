import type { CodeTexts } from "../define-code-list.js";
import type { criminalJusticeStage } from "./criminal-justice-stage.codes.js";

export const criminalJusticeStageEn = {
  suspected: {
    label: "Suspected",
    definition: "Alleged to be involved, with no formal step yet taken by the authorities.",
  },
  formal_contact: {
    label: "Formal contact",
    definition:
      "Brought into formal contact with the police or justice system, e.g. arrested, cautioned or recorded as a suspect.",
  },
  investigation: {
    label: "Investigation",
    definition: "Police or prosecutors are gathering evidence on the offence.",
  },
  prosecution: { label: "Prosecution", definition: "The prosecution has brought charges before a court." },
  trial: { label: "Trial", definition: "The case is being heard by a court." },
  convicted: { label: "Convicted", definition: "Found guilty by a court." },
  acquitted: { label: "Acquitted", definition: "Found not guilty by a court." },
  case_dismissed: {
    label: "Case dismissed",
    definition: "Proceedings ended without a finding on guilt, for example because charges were dropped.",
  },
  appeal: { label: "Appeal", definition: "A decision is being challenged before a higher court." },
} as const satisfies CodeTexts<typeof criminalJusticeStage>;
