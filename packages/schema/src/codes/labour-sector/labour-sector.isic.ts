import type { IsicSectionCode } from "../isic-section/isic-section.codes.js";
import type { LabourSectorCode } from "./labour-sector.codes.js";

/**
 * The ISIC Rev.4 section a CTDC labour sector falls in, where that is unambiguous; `null` where the sector
 * cuts across sections (begging, illicit activities, other). Aquafarming is ISIC division 03 (section A),
 * domestic work division 97 (T), street peddling retail trade outside shops (G), drilling for oil and gas
 * division 06 (B).
 */
export const labourSectorToIsic: Readonly<Record<LabourSectorCode, IsicSectionCode | null>> = {
  agriculture: "A",
  aquafarming: "A",
  begging: null,
  construction: "F",
  domestic_work: "T",
  hospitality: "I",
  illicit_activities: null,
  manufacturing: "C",
  mining_or_drilling: "B",
  peddling: "G",
  transportation: "H",
  other: null,
};
