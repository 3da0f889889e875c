import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** The victim's relationship to the recruiter or trafficker (CTDC `recruiterRelation*`, HTCDS `vic_RelationshipToTrafficker`). */
export const recruiterRelation = defineCodeList("recruiter_relation", {
  intimate_partner: { ctdc: ["recruiterRelationIntimatePartner"] },
  friend: { ctdc: ["recruiterRelationFriend"] },
  family: { htcds: ["Familial"], ctdc: ["recruiterRelationFamily"] },
  acquaintance: { htcds: ["Acquainted"] },
  stranger: { htcds: ["Unaquainted"] },
  other: { ctdc: ["recruiterRelationOther"] },
  unknown: { ctdc: ["recruiterRelationUnknown"] },
});

/** A code of the `recruiter_relation` list. */
export type RecruiterRelationCode = CodeOf<typeof recruiterRelation>;
