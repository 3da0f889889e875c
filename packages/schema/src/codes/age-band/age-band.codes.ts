import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** CTDC age bands (`ageBroad`), in completed years; CTDC writes them `0--8` (older files) or `0–8` (2024 codebook). */
export const ageBand = defineCodeList("age_band", {
  "0-8": { ctdc: ["0--8", "0–8"] },
  "9-17": { ctdc: ["9--17", "9–17"] },
  "18-20": { ctdc: ["18--20", "18–20"] },
  "21-23": { ctdc: ["21--23", "21–23"] },
  "24-26": { ctdc: ["24--26", "24–26"] },
  "27-29": { ctdc: ["27--29", "27–29"] },
  "30-38": { ctdc: ["30--38", "30–38"] },
  "39-47": { ctdc: ["39--47", "39–47"] },
  "48+": { ctdc: ["48+"] },
});

/** A code of the `age_band` list. */
export type AgeBandCode = CodeOf<typeof ageBand>;
