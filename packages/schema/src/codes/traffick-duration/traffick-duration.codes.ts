import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** How long the person was trafficked, in months (CTDC 2024 `traffickMonths`, printed with an en dash). */
export const traffickDuration = defineCodeList("traffick_duration", {
  "0-12": { ctdc: ["0–12"] },
  "13-24": { ctdc: ["13–24"] },
  "25+": { ctdc: ["25+"] },
});

/** A code of the `traffick_duration` list. */
export type TraffickDurationCode = CodeOf<typeof traffickDuration>;
