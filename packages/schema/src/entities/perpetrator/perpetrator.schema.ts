import * as z from "zod";
import { country } from "../../codes/country/country.codes.js";
import { gender } from "../../codes/gender/gender.codes.js";
import { organisedCrimeInvolvement } from "../../codes/organised-crime-involvement/organised-crime-involvement.codes.js";
import { perpetratorRole } from "../../codes/perpetrator-role/perpetrator-role.codes.js";
import { recruiterRelation } from "../../codes/recruiter-relation/recruiter-relation.codes.js";
import { sex } from "../../codes/sex/sex.codes.js";
import { manyCodes, oneCode } from "../../common/code-field.js";
import { Proceedings } from "../../common/criminal-justice.js";
import { Age, LongText, ShortText, Uuid, Year } from "../../common/primitives.js";
import { recordBase } from "../../common/record-base.js";
import { defineObject, field } from "../../meta/registry.js";

/** How a perpetrator relates to one victim of the case. */
export const VictimRelation = defineObject("victimRelation", {
  victimId: field(Uuid, { pii: "none" }),
  relation: oneCode(recruiterRelation, { pii: "sensitive" }),
});
export type VictimRelation = z.output<typeof VictimRelation>;

/**
 * A person suspected, prosecuted or convicted (IC-TIP's perpetrator unit): role in the process, relation to
 * victims, citizenship, sex, and where criminal justice stands for them (GLOTIP counts these persons).
 */
export const Perpetrator = defineObject("perpetrator", {
  ...recordBase("perpetrator"),
  caseIds: field(z.array(Uuid).optional(), { pii: "none" }),
  givenName: field(ShortText.optional(), { pii: "direct" }),
  familyName: field(ShortText.optional(), { pii: "direct" }),
  alias: field(ShortText.optional(), { pii: "direct" }),
  sex: oneCode(sex, { pii: "quasi", mappings: { glotip: ["sex"] } }).optional(),
  gender: oneCode(gender, { pii: "quasi" }).optional(),
  birthYear: field(Year.optional(), { pii: "quasi" }),
  age: field(Age.optional(), { pii: "quasi" }),
  citizenships: manyCodes(country, { pii: "quasi", mappings: { glotip: ["citizenship"] } }).optional(),
  roles: manyCodes(perpetratorRole, {
    pii: "sensitive",
    mappings: { htcds: ["per_RoleInProcess"] },
  }).optional(),
  roleDetails: field(LongText.optional(), { pii: "sensitive", mappings: { htcds: ["per_RoleDetails"] } }),
  isLegalPerson: field(z.boolean().optional(), { pii: "none" }),
  victimRelations: field(z.array(VictimRelation).optional(), { pii: "sensitive" }),
  organisedCrime: oneCode(organisedCrimeInvolvement, { pii: "sensitive" }).optional(),
  proceedings: field(Proceedings.optional(), { pii: "sensitive" }),
});
export type Perpetrator = z.output<typeof Perpetrator>;
