import type { CodeTexts } from "../define-code-list.js";
import type { screeningTool } from "./screening-tool.codes.js";

export const screeningToolEn = {
  ilo_forced_labour_indicators: {
    label: "ILO forced-labour indicators",
    definition: "The ILO's 11 indicators of forced labour.",
  },
  ilo_ec_operational_indicators: {
    label: "ILO–EC operational indicators",
    definition:
      "The ILO and European Commission operational indicators of trafficking (2009), each strong, medium or weak.",
  },
  iom_screening_form: {
    label: "IOM screening form",
    definition: "IOM's screening form for migrants vulnerable to violence, exploitation and abuse.",
  },
  national_tool: {
    label: "National tool",
    definition: "A screening tool of the country's referral mechanism.",
  },
  other: { label: "Other", definition: "Another tool, named in the tool name." },
} as const satisfies CodeTexts<typeof screeningTool>;
