import { defineCodeList } from "../define-code-list.js";

/** Kind of source a record comes from (CTDC Datasource). */
export const dataSource = defineCodeList("data_source", {
  case_management: { ctdc: ["Case Management"] },
  hotline: { ctdc: ["Hotline"] },
  law_enforcement: {},
  survey: {},
  other: {},
});
