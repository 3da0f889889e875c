import { defineCodeList } from "../define-code-list.js";

/** Role a place plays in a trafficking event (HTCDS hte_Type, plus where the victim was identified). */
export const placeRole = defineCodeList("place_role", {
  recruitment: { htcds: ["Recruitment"] },
  transit: { htcds: ["Transit"] },
  exploitation: { htcds: ["Exploitation"] },
  identification: {},
});
