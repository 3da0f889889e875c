import type { CodeTexts } from "../define-code-list.js";
import type { dataSource } from "./data-source.codes.js";

export const dataSourceEn = {
  case_management: {
    label: "Case management",
    definition: "Records kept by an agency while assisting the person.",
  },
  hotline: { label: "Hotline", definition: "Calls or messages received by a helpline." },
  law_enforcement: { label: "Law enforcement", definition: "Police, prosecution or court records." },
  survey: { label: "Survey", definition: "Answers collected through a survey or research study." },
  other: { label: "Other", definition: "Another kind of source." },
} as const satisfies CodeTexts<typeof dataSource>;
