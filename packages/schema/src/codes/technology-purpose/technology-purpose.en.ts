import type { CodeTexts } from "../define-code-list.js";
import type { technologyPurpose } from "./technology-purpose.codes.js";

export const technologyPurposeEn = {
  recruitment: { label: "Recruitment", definition: "Finding, contacting or luring victims." },
  advertising_victims: {
    label: "Advertising victims",
    definition: "Offering victims or their services to buyers or clients.",
  },
  communication_with_victim: {
    label: "Communication with the victim",
    definition: "Keeping in touch with, instructing or manipulating the victim.",
  },
  control_and_surveillance: {
    label: "Control and surveillance",
    definition:
      "Tracking, monitoring or threatening the victim, for example through location sharing or images.",
  },
  moving_proceeds: {
    label: "Moving proceeds",
    definition:
      "Receiving, transferring or laundering money from the exploitation, including mobile money and cryptocurrency.",
  },
  livestreaming_exploitation: {
    label: "Livestreamed exploitation",
    definition: "Broadcasting abuse or sexual exploitation live to remote viewers.",
  },
  exploitation: {
    label: "Exploitation (unspecified)",
    definition: "Used during the exploitation, with no more specific purpose recorded.",
  },
  prevention_and_identification: {
    label: "Prevention and identification",
    definition:
      "Used by authorities or organisations to prevent trafficking, or to identify and reach victims.",
  },
  other: { label: "Other", definition: "Another purpose not listed here." },
} as const satisfies CodeTexts<typeof technologyPurpose>;
