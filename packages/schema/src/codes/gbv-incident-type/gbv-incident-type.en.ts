import type { CodeTexts } from "../define-code-list.js";
import type { gbvIncidentType } from "./gbv-incident-type.codes.js";

export const gbvIncidentTypeEn = {
  rape: {
    label: "Rape",
    definition:
      "Non-consensual penetration, however slight, of the vagina, anus or mouth with a penis or other body part, or of the vagina or anus with an object.",
  },
  sexual_assault: {
    label: "Sexual assault",
    definition:
      "Non-consensual sexual contact without penetration, such as attempted rape or unwanted touching.",
  },
  physical_assault: {
    label: "Physical assault",
    definition: "Physical violence that is not sexual, such as hitting, choking, burning or use of a weapon.",
  },
  forced_marriage: { label: "Forced marriage", definition: "Marriage of a person against their will." },
  denial_of_resources: {
    label: "Denial of resources, opportunities or services",
    definition: "Denial of rightful access to money, livelihood, education, health or other services.",
  },
  psychological_abuse: {
    label: "Psychological or emotional abuse",
    definition:
      "Infliction of mental or emotional pain or injury, such as threats, humiliation, forced isolation or harassment.",
  },
} as const satisfies CodeTexts<typeof gbvIncidentType>;
