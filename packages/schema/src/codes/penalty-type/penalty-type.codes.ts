import { defineCodeList } from "../define-code-list.js";

/** Kind of sanction imposed on a convicted person. */
export const penaltyType = defineCodeList("penalty_type", {
  imprisonment: {},
  suspended_sentence: {},
  fine: {},
  community_service: {},
  asset_confiscation: {},
  deportation: {},
  other: {},
});
