import { defineCodeList } from "../define-code-list.js";

/** Marital or civil status of a person (HTCDS prs_MaritalStatus). */
export const maritalStatus = defineCodeList("marital_status", {
  single: { htcds: ["Single"] },
  married: { htcds: ["Married"] },
  widowed: { htcds: ["Widowed"] },
  divorced: { htcds: ["Divorced"] },
  separated: { htcds: ["Separated"] },
  registered_partnership: { htcds: ["RegisteredPartnership"] },
});
