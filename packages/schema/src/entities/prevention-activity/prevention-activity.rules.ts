import { checkDatePair } from "../../rules/dates.js";
import { defineRule } from "../../rules/define-rule.js";
import type { PreventionActivity } from "./prevention-activity.schema.js";

const END_PATH = ["endedOn"] as const;

export const preventionDatesOutOfOrder = defineRule({
  code: "dates_out_of_order",
  recordType: "preventionActivity",
  severity: "error",
  clause: "Chronology: an activity ends on or after the day it starts",
  fields: ["preventionActivity.startedOn", "preventionActivity.endedOn"],
  check(record: PreventionActivity, found) {
    const { startedOn, endedOn } = record;
    checkDatePair(
      found,
      "preventionActivity.startedOn",
      startedOn,
      "preventionActivity.endedOn",
      endedOn,
      END_PATH,
    );
  },
});

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
