import * as z from "zod";
import { defineObject, field } from "../meta/registry.js";

/** An identifier of the same record in another system (a national case number, an HTCDS id). */
export const ExternalId = defineObject("externalId", {
  system: field(z.string().min(1).max(200), { pii: "none" }),
  value: field(z.string().min(1).max(200), { pii: "direct" }),
});
export type ExternalId = z.output<typeof ExternalId>;
