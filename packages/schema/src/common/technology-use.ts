import type * as z from "zod";
import { platform } from "../codes/platform/platform.codes.js";
import { technologyPurpose } from "../codes/technology-purpose/technology-purpose.codes.js";
import { defineObject, field } from "../meta/registry.js";
import { oneCode } from "./code-field.js";
import { ShortText } from "./primitives.js";

/** One use of technology in a case: which platform, for what (recruiting, advertising, control, payments...). */
export const TechnologyUse = defineObject("technologyUse", {
  purpose: oneCode(technologyPurpose, { pii: "none" }),
  platform: oneCode(platform, { pii: "none" }).optional(),
  detail: field(ShortText.optional(), { pii: "sensitive" }),
});
export type TechnologyUse = z.output<typeof TechnologyUse>;
