import * as z from "zod";
import { field } from "../meta/registry.js";
import { Extensions } from "./extensions.js";
import { ExternalId } from "./external-id.js";
import { IsoDateTime, Uuid } from "./primitives.js";

/** The properties every record of the model starts with. */
export function recordBase<const T extends string>(recordType: T) {
  return {
    recordType: field(z.literal(recordType), { pii: "none" }),
    id: field(Uuid, { pii: "none" }),
    externalIds: field(z.array(ExternalId).optional(), { pii: "direct" }),
    createdAt: field(IsoDateTime.optional(), { pii: "none" }),
    updatedAt: field(IsoDateTime.optional(), { pii: "none" }),
    extensions: field(Extensions.optional(), { pii: "sensitive" }),
  };
}
