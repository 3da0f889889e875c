import { defineCodeList } from "../define-code-list.js";

/** Whether a person has been identified as a victim of trafficking (HTCDS vic_TraffickingStatus). */
export const identificationStatus = defineCodeList("identification_status", {
  presumed: { htcds: ["PossibleVictimOfTrafficking"] },
  identified: { htcds: ["ActualVictimOfTrafficking"] },
  not_a_victim: { htcds: ["NotAVictimOfTrafficking"] },
});
