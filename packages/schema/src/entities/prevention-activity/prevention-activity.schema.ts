import type { z } from "zod";
import { country } from "../../codes/country/country.codes.js";
import { platform } from "../../codes/platform/platform.codes.js";
import { preventionAudience } from "../../codes/prevention-audience/prevention-audience.codes.js";
import { preventionChannel } from "../../codes/prevention-channel/prevention-channel.codes.js";
import { preventionKind } from "../../codes/prevention-kind/prevention-kind.codes.js";
import { manyCodes, oneCode } from "../../common/code-field.js";
import { Count, IsoDate, LongText, ShortText, Uuid } from "../../common/primitives.js";
import { recordBase } from "../../common/record-base.js";
import { defineObject, field } from "../../meta/registry.js";

/**
 * An awareness campaign, a training of officials or another prevention activity (Palermo Protocol Arts. 9 and
 * 10(2)): whom it was for, how many it reached or trained, through which channels and online platforms, when,
 * where and by which agency, so prevention can be counted.
 */
export const PreventionActivity = defineObject("preventionActivity", {
  ...recordBase("preventionActivity"),
  kind: oneCode(preventionKind, { pii: "none" }),
  title: field(ShortText.optional(), { pii: "none" }),
  audiences: manyCodes(preventionAudience, { pii: "none" }).optional(),
  peopleReached: field(Count.optional(), { pii: "none" }),
  trainees: field(Count.optional(), { pii: "none" }),
  channels: manyCodes(preventionChannel, { pii: "none" }).optional(),
  platforms: manyCodes(platform, { pii: "none" }).optional(),
  startedOn: field(IsoDate.optional(), { pii: "none" }),
  endedOn: field(IsoDate.optional(), { pii: "none" }),
  country: oneCode(country, { pii: "none" }),
  organiserAgencyId: field(Uuid.optional(), { pii: "none" }),
  description: field(LongText.optional(), { pii: "none" }),
});
export type PreventionActivity = z.output<typeof PreventionActivity>;
