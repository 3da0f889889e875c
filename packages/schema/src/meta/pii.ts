/**
 * How personal a field is. Drives redaction, report safety and documentation.
 * - `direct`: identifies a person on its own (name, identity number, phone, exact address).
 * - `quasi`: identifies in combination with other fields (birth date, citizenship, sex, places).
 * - `sensitive`: reveals intimate facts about a person (forms of exploitation, health, consent detail).
 * - `none`: carries nothing about a person (codes of agencies, record ids of the envelope, counts).
 */
export const PII_CLASSES = ["direct", "quasi", "sensitive", "none"] as const;

/** The personal-data class of a field. */
export type PiiClass = (typeof PII_CLASSES)[number];
