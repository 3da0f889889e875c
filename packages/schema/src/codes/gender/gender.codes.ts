import { defineCodeList } from "../define-code-list.js";

/** Gender identity or expression as recorded in case management (HTCDS prs_Gender); distinct from sex. */
export const gender = defineCodeList("gender", {
  feminine: { htcds: ["Feminine"], ctdc: ["Woman"] },
  masculine: { htcds: ["Masculine"], ctdc: ["Man"] },
  transgender_feminine: {
    htcds: ["TransgenderFeminine"],
    ctdc: ["Transgender/NonConforming", "Trans/Transgender/NonConforming"],
  },
  transgender_masculine: {
    htcds: ["TransgenderMasculine"],
    ctdc: ["Transgender/NonConforming", "Trans/Transgender/NonConforming"],
  },
  non_conforming: {
    htcds: ["NonConforming"],
    ctdc: ["Transgender/NonConforming", "Trans/Transgender/NonConforming"],
  },
  not_specified: { htcds: ["NonSpecifiedUnknown"], ctdc: ["-99"] },
});
