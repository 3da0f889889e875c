import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** The channels through which a prevention activity reached people; the platforms used online are in the `platform` list. */
export const preventionChannel = defineCodeList("prevention_channel", {
  radio: {},
  television: {},
  print: {},
  in_person: {},
  online: {},
  other: {},
});

/** A code of the `prevention_channel` list. */
export type PreventionChannelCode = CodeOf<typeof preventionChannel>;
