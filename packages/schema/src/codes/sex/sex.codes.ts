import { defineCodeList } from "../define-code-list.js";

/** Sex as recorded for statistics (GLOTIP cells are built from it). */
export const sex = defineCodeList("sex", {
  female: { ctdc: ["Female", "Woman"], glotip: ["female"] },
  male: { ctdc: ["Male", "Man"], glotip: ["male"] },
  // The 2021 data dictionary writes `Transgender/NonConforming`; the 2024 data set (written: last) `Trans/...`.
  other: { ctdc: ["Transgender/NonConforming", "Trans/Transgender/NonConforming"] },
  unknown: { ctdc: ["-99"] },
});
