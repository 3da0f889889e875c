import * as z from "zod";
import { languageCodeSet } from "../../codes/language/language.code-set.js";
import { manyCodes } from "../../common/code-field.js";
import { Email, PhoneE164, ShortText } from "../../common/primitives.js";
import { defineObject, field } from "../../meta/registry.js";

/** A focal point of an agency. A staff member's name is personal data even in a directory. */
export const ContactPoint = defineObject("contactPoint", {
  name: field(ShortText.optional(), { pii: "direct" }),
  role: field(ShortText.optional(), { pii: "none" }),
  email: field(Email.optional(), { pii: "direct" }),
  phone: field(PhoneE164.optional(), { pii: "direct" }),
  languages: manyCodes(languageCodeSet, { pii: "none" }).optional(),
  available24h: field(z.boolean().optional(), { pii: "none" }),
});
export type ContactPoint = z.output<typeof ContactPoint>;
