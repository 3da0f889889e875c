import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Who contacted a helpline. HTCDS's helpline guidance notes that calls come from potential victims, members of the public, businesses and public bodies. */
export const helplineContactor = defineCodeList("helpline_contactor", {
  victim: {},
  family_member: {},
  third_party: {},
  professional: {},
  anonymous: {},
});

/** A code of the `helpline_contactor` list. */
export type HelplineContactorCode = CodeOf<typeof helplineContactor>;
