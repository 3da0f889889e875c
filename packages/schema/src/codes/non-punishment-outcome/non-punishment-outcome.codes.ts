import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** What became of the prosecution of a victim for an offence committed as a result of being trafficked. */
export const nonPunishmentOutcome = defineCodeList("non_punishment_outcome", {
  not_prosecuted: {},
  charges_dropped: {},
  acquitted: {},
  convicted: {},
  pending: {},
});

/** A code of the `non_punishment_outcome` list. */
export type NonPunishmentOutcomeCode = CodeOf<typeof nonPunishmentOutcome>;
