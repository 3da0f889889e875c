import { defineCodeList } from "../define-code-list.js";

/** Sex as recorded for statistics (GLOTIP cells are built from it). */
export const sex = defineCodeList("sex", {
  female: { ctdc: ["Female", "Woman"], glotip: ["female"] },
  male: { ctdc: ["Male", "Man"], glotip: ["male"] },
  other: { ctdc: ["Trans/Transgender/NonConforming"] },
  unknown: { ctdc: ["-99"] },
});
