import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** The six core types of gender-based violence of the GBVIMS GBV Classification Tool (GBVIMS User Guide, 2010, chapter 3, by IRC, UNHCR and UNFPA: https://www.gbvims.com/gbvims-tools/user-guide/). Each incident takes one type, defined only by the act; contexts such as intimate partner violence or sexual exploitation are not types. */
export const gbvIncidentType = defineCodeList("gbv_incident_type", {
  rape: {},
  sexual_assault: {},
  physical_assault: {},
  forced_marriage: {},
  denial_of_resources: {},
  psychological_abuse: {},
});

/** A code of the `gbv_incident_type` list. */
export type GbvIncidentTypeCode = CodeOf<typeof gbvIncidentType>;
