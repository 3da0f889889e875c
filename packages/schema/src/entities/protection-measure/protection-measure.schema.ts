import type * as z from "zod";
import { protectionMeasureKind } from "../../codes/protection-measure-kind/protection-measure-kind.codes.js";
import { oneCode } from "../../common/code-field.js";
import { LongText, Uuid } from "../../common/primitives.js";
import { recordBase } from "../../common/record-base.js";
import { defineObject, field } from "../../meta/registry.js";
import {
  CompensationDetail,
  NonPunishmentDetail,
  ReintegrationDetail,
  ResidenceDetail,
} from "./protection-measure-parts.js";

/**
 * One protection measure for a victim of trafficking, of one `kind`: compensation or restitution (Palermo
 * Protocol Art. 6(6)), a residence permit or a reflection period (Art. 7), return and reintegration (Art. 8), or
 * non-punishment for offences the person committed as a result of being trafficked. The detail of the kind sits
 * in its own part (`compensation`, `residence`, `reintegration`, `nonPunishment`); cross-field rules require the
 * part of the kind and no other.
 */
export const ProtectionMeasure = defineObject("protectionMeasure", {
  ...recordBase("protectionMeasure"),
  kind: oneCode(protectionMeasureKind, { pii: "sensitive" }),
  victimId: field(Uuid, { pii: "none" }),
  caseId: field(Uuid.optional(), { pii: "none" }),
  agencyId: field(Uuid.optional(), { pii: "none" }),
  compensation: field(CompensationDetail.optional(), { pii: "sensitive" }),
  residence: field(ResidenceDetail.optional(), { pii: "sensitive" }),
  reintegration: field(ReintegrationDetail.optional(), { pii: "sensitive" }),
  nonPunishment: field(NonPunishmentDetail.optional(), { pii: "sensitive" }),
  notes: field(LongText.optional(), { pii: "sensitive" }),
});
export type ProtectionMeasure = z.output<typeof ProtectionMeasure>;
