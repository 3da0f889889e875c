import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Acts of trafficking under the Palermo Protocol, Art. 3(a). */
export const act = defineCodeList("act", {
  recruitment: {},
  transportation: {},
  transfer: {},
  harbouring: {},
  receipt: {},
});

/** A code of the `act` list. */
export type ActCode = CodeOf<typeof act>;
