import type { CodeTexts } from "../define-code-list.js";
import type { criminalGroupStructure } from "./criminal-group-structure.codes.js";

export const criminalGroupStructureEn = {
  standard_hierarchy: {
    label: "Standard hierarchy",
    definition: "One group with a single leader, clear lines of authority and strong internal discipline.",
  },
  regional_hierarchy: {
    label: "Regional hierarchy",
    definition: "A hierarchy with a central command and regional units that keep a degree of autonomy.",
  },
  clustered_hierarchy: {
    label: "Clustered hierarchy",
    definition: "Several criminal groups under a common coordinating body.",
  },
  core_group: {
    label: "Core group",
    definition:
      "A small, tightly organised core of people, with few layers and a looser circle of associates.",
  },
  criminal_network: {
    label: "Criminal network",
    definition: "A loose, shifting network of individuals linked by the criminal projects they take part in.",
  },
} as const satisfies CodeTexts<typeof criminalGroupStructure>;
