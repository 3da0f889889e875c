import * as z from "zod";
import { ageBand } from "../../codes/age-band/age-band.codes.js";
import { country } from "../../codes/country/country.codes.js";
import { dataSource } from "../../codes/data-source/data-source.codes.js";
import { educationLevel } from "../../codes/education-level/education-level.codes.js";
import { gender } from "../../codes/gender/gender.codes.js";
import { languageCodeSet } from "../../codes/language/language.code-set.js";
import { majorityStatus } from "../../codes/majority-status/majority-status.codes.js";
import { maritalStatus } from "../../codes/marital-status/marital-status.codes.js";
import { migrationStatus } from "../../codes/migration-status/migration-status.codes.js";
import { sex } from "../../codes/sex/sex.codes.js";
import { vulnerabilityFactor } from "../../codes/vulnerability-factor/vulnerability-factor.codes.js";
import { manyCodes, oneCode } from "../../common/code-field.js";
import { ConsentRecord } from "../../common/consent.js";
import { PersonAddress } from "../../common/place.js";
import { Age, Count, Email, IsoDate, PhoneE164, ShortText, Uuid, Year } from "../../common/primitives.js";
import { recordBase } from "../../common/record-base.js";
import { defineObject, field } from "../../meta/registry.js";
import { AssistanceRecord } from "./assistance.js";
import { Exploitation } from "./exploitation.js";
import { Identification } from "./identification.js";

const personalText = (htcds: string[]) => field(ShortText.optional(), { pii: "direct", mappings: { htcds } });

/**
 * A person identified (or presumed) as a victim of trafficking: IC-TIP's victim unit. Holds demographics,
 * citizenship, identification, exploitation detail, assistance and consent. Ages are kept at
 * recruitment (the first act, which decides child status under Palermo Art. 3(c)/(d)), at exploitation and at
 * identification: a person trafficked as a child stays a child victim.
 */
export const Victim = defineObject("victim", {
  ...recordBase("victim"),
  caseIds: field(z.array(Uuid).optional(), { pii: "none" }),
  salutation: personalText(["prs_Salutation"]),
  givenName: personalText(["prs_FirstName", "prs_First_Name"]),
  middleName: personalText(["prs_MiddleName"]),
  familyName: personalText(["prs_SecondName", "prs_Second_Name"]),
  title: personalText(["prs_Title"]),
  birthDate: field(IsoDate.optional(), { pii: "quasi", mappings: { htcds: ["prs_Birthdate"] } }),
  birthYear: field(Year.optional(), { pii: "quasi" }),
  ageAtIdentification: field(Age.optional(), { pii: "quasi" }),
  ageAtRecruitment: field(Age.optional(), { pii: "quasi", mappings: { htcds: ["vic_AgeWhenTrafficked"] } }),
  ageAtExploitation: field(Age.optional(), { pii: "quasi" }),
  ageBand: oneCode(ageBand, { pii: "quasi", mappings: { ctdc: ["ageBroad"] } }).optional(),
  majorityStatus: oneCode(majorityStatus, {
    pii: "quasi",
    mappings: { ctdc: ["majorityStatus"] },
  }).optional(),
  majorityStatusAtExploitation: oneCode(majorityStatus, {
    pii: "quasi",
    mappings: { ctdc: ["majorityStatusAtExploit"] },
  }).optional(),
  majorityStatusAtEntry: oneCode(majorityStatus, {
    pii: "quasi",
    mappings: { ctdc: ["majorityEntry"] },
  }).optional(),
  sex: oneCode(sex, { pii: "quasi", mappings: { ctdc: ["gender"], glotip: ["sex"] } }).optional(),
  gender: oneCode(gender, { pii: "quasi", mappings: { htcds: ["prs_Gender"], ctdc: ["gender"] } }).optional(),
  deceased: field(z.boolean().optional(), { pii: "sensitive", mappings: { htcds: ["prs_Deceased"] } }),
  maritalStatus: oneCode(maritalStatus, {
    pii: "quasi",
    mappings: { htcds: ["prs_MaritalStatus"] },
  }).optional(),
  numberOfChildren: field(Count.optional(), { pii: "quasi", mappings: { htcds: ["prs_NumberOfChildren"] } }),
  primaryLanguage: oneCode(languageCodeSet, {
    pii: "quasi",
    mappings: { htcds: ["prs_PrimaryLanguage"] },
  }).optional(),
  otherLanguages: manyCodes(languageCodeSet, {
    pii: "quasi",
    mappings: { htcds: ["prs_SecondaryLanguage"] },
  }).optional(),
  educationLevel: oneCode(educationLevel, {
    pii: "quasi",
    mappings: { htcds: ["prs_HighestLevelOfEducation"] },
  }).optional(),
  citizenships: manyCodes(country, {
    pii: "quasi",
    mappings: { htcds: ["prs_Citizenship"], ctdc: ["citizenship"], glotip: ["citizenship"] },
  }).optional(),
  stateless: field(z.boolean().optional(), { pii: "quasi" }),
  migrationStatus: oneCode(migrationStatus, { pii: "sensitive" }).optional(),
  vulnerabilityFactors: manyCodes(vulnerabilityFactor, {
    pii: "sensitive",
    mappings: { htcds: ["vic_Vulnerabilities"] },
  }).optional(),
  identityNumber: personalText(["prs_IdentityNumber"]),
  email: field(Email.optional(), { pii: "direct", mappings: { htcds: ["prs_Email"] } }),
  homePhone: field(PhoneE164.optional(), { pii: "direct", mappings: { htcds: ["prs_HomePhone"] } }),
  mobilePhone: field(PhoneE164.optional(), { pii: "direct", mappings: { htcds: ["prs_MobilePhone"] } }),
  address: field(PersonAddress.optional(), { pii: "direct" }),
  identification: field(Identification.optional(), { pii: "sensitive" }),
  exploitation: field(Exploitation.optional(), { pii: "sensitive" }),
  assistance: field(z.array(AssistanceRecord).optional(), { pii: "sensitive" }),
  consents: field(z.array(ConsentRecord).optional(), { pii: "none", mappings: { htcds: ["con_Consent"] } }),
  yearOfRegistration: field(Year.optional(), { pii: "quasi", mappings: { ctdc: ["yearOfRegistration"] } }),
  dataSource: oneCode(dataSource, { pii: "none", mappings: { ctdc: ["Datasource"] } }).optional(),
});
export type Victim = z.output<typeof Victim>;
