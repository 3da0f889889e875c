import { defineCodeList } from "../define-code-list.js";

/** Action taken on assets linked to trafficking offenders or proceeds, as recorded in financial investigations. */
export const assetAction = defineCodeList("asset_action", {
  identified: {},
  frozen: {},
  seized: {},
  confiscated: {},
  returned_to_victim: {},
});
