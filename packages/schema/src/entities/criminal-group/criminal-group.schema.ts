import * as z from "zod";
import { country } from "../../codes/country/country.codes.js";
import { criminalGroupStructure } from "../../codes/criminal-group-structure/criminal-group-structure.codes.js";
import { iccsCode } from "../../codes/iccs-code/iccs-code.codes.js";
import { manyCodes, oneCode } from "../../common/code-field.js";
import { Count, LongText, ShortText, Uuid } from "../../common/primitives.js";
import { recordBase } from "../../common/record-base.js";
import { defineObject, field } from "../../meta/registry.js";
import { AssetAction } from "../case/financial-investigation.js";

/**
 * An organised criminal group (UN Convention against Transnational Organized Crime, Art. 2(a)): its structure
 * after UNODC's typology, the countries it operates in, the offences it is linked to as ICCS codes, its
 * estimated size, the actions taken on its assets, and its perpetrators and cases.
 */
export const CriminalGroup = defineObject("criminalGroup", {
  ...recordBase("criminalGroup"),
  name: field(ShortText.optional(), { pii: "sensitive" }),
  structure: oneCode(criminalGroupStructure, { pii: "none" }).optional(),
  transnational: field(z.boolean().optional(), { pii: "none" }),
  countries: manyCodes(country, { pii: "none" }).optional(),
  offences: manyCodes(iccsCode, { pii: "none" }).optional(),
  estimatedMembers: field(Count.optional(), { pii: "none" }),
  assetActions: field(z.array(AssetAction).optional(), { pii: "none" }),
  perpetratorIds: field(z.array(Uuid).optional(), { pii: "none" }),
  caseIds: field(z.array(Uuid).optional(), { pii: "none" }),
  summary: field(LongText.optional(), { pii: "sensitive" }),
});
export type CriminalGroup = z.output<typeof CriminalGroup>;
