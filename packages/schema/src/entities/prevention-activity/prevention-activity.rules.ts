import { datePairRule } from "../../rules/dates.js";
import { defineRule } from "../../rules/define-rule.js";
import type { PreventionActivity } from "./prevention-activity.schema.js";

export const preventionDatesOutOfOrder = datePairRule<PreventionActivity>(
  "preventionActivity",
  "Chronology: an activity ends on or after the day it starts",
  "startedOn",
  "endedOn",
);

export const platformsWithoutOnlineChannel = defineRule({
  code: "platforms_without_online_channel",
  recordType: "preventionActivity",
  severity: "error",
  clause: "Online platforms are used only through the online channel",
  fields: ["preventionActivity.platforms", "preventionActivity.channels"],
  check(record: PreventionActivity, found) {
    const { platforms, channels } = record;
    if (
      platforms !== undefined &&
      platforms.length > 0 &&
      channels !== undefined &&
      !channels.includes("online")
    ) {
      found.push({ path: ["channels"], params: { field: "preventionActivity.channels" } });
    }
  },
});

/** Every cross-field rule of a prevention activity record. */
export const preventionActivityRules = [preventionDatesOutOfOrder, platformsWithoutOnlineChannel] as const;
