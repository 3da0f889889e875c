import type { CodeTexts } from "../define-code-list.js";
import type { helplineContactor } from "./helpline-contactor.codes.js";

export const helplineContactorEn = {
  victim: { label: "Victim or potential victim", definition: "The person who is or may be exploited." },
  family_member: {
    label: "Family member or friend",
    definition: "A relative or friend of the person concerned.",
  },
  third_party: {
    label: "Member of the public",
    definition: "Someone else who witnessed or suspects exploitation, such as a neighbour or a customer.",
  },
  professional: {
    label: "Professional",
    definition:
      "Someone contacting in a professional capacity: a service provider, business, official or NGO worker.",
  },
  anonymous: { label: "Anonymous", definition: "The person did not say who they are." },
} as const satisfies CodeTexts<typeof helplineContactor>;
