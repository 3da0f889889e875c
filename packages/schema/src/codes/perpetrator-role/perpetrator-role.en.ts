import type { CodeTexts } from "../define-code-list.js";
import type { perpetratorRole } from "./perpetrator-role.codes.js";

export const perpetratorRoleEn = {
  travelling_partner: {
    label: "Travelling partner",
    definition: "Travelled with the victim, for example as a companion or escort.",
  },
  transporter: { label: "Transporter", definition: "Drove or otherwise conveyed the victim." },
  recruiter_or_intermediary: {
    label: "Recruiter or intermediary",
    definition: "Recruited the victim or acted as a go-between.",
  },
  broker_travel_agent: {
    label: "Broker or travel agent",
    definition: "Arranged travel, documents or jobs as a broker or agent.",
  },
  transferred_individual: {
    label: "Transferred the victim",
    definition: "Handed the victim over from one place or controller to another.",
  },
  harboured_individual: { label: "Harboured the victim", definition: "Housed or hid the victim." },
  sold_individual: { label: "Sold the victim", definition: "Sold the victim to another person." },
  bought_individual: { label: "Bought the victim", definition: "Paid to obtain the victim." },
  received_individual: {
    label: "Received the victim",
    definition: "Took delivery of the victim at a place of transit or destination.",
  },
  controlled_individual: {
    label: "Controlled the victim",
    definition: "Exercised control over the victim's movements, work or earnings.",
  },
  smuggler: { label: "Smuggler", definition: "Helped the victim cross a border irregularly." },
  abuser: { label: "Abuser", definition: "Abused the victim physically, sexually or psychologically." },
  kidnapper: { label: "Kidnapper", definition: "Abducted the victim by force or deception." },
  exploiter: { label: "Exploiter", definition: "Profited directly from the victim's exploitation." },
  organiser: { label: "Organiser", definition: "Planned, directed or led the trafficking operation." },
  financier: { label: "Financier", definition: "Provided money to fund the trafficking operation." },
  money_launderer: {
    label: "Money launderer",
    definition: "Concealed or moved the proceeds of the trafficking.",
  },
  other: { label: "Other", definition: "Another role, described in the record." },
} as const satisfies CodeTexts<typeof perpetratorRole>;
