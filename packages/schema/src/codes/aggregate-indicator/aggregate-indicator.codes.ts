import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** What an aggregate figure counts: the indicators of UNODC's GLOTIP questionnaire and data export. */
export const aggregateIndicator = defineCodeList("aggregate_indicator", {
  detected_victims: { glotip: ["Detected trafficking victims"] },
  persons_formal_contact: { glotip: ["Persons brought into formal contact"] },
  persons_prosecuted: { glotip: ["Persons prosecuted"] },
  persons_convicted: { glotip: ["Persons convicted"] },
  offences: { glotip: ["Offences of trafficking in persons"] },
});

/** A code of the `aggregate_indicator` list. */
export type AggregateIndicatorCode = CodeOf<typeof aggregateIndicator>;
