import { ageBandOf, ageInYears, CODE_LISTS } from "@tip/schema";
import { isPlainObject } from "../model/record-object.js";

type Mutable = Record<string, unknown>;

/** The age band of a victim: the recorded one, else from the age at identification or the birth date. */
function ageBandOfVictim(victim: Mutable): string | undefined {
  if (CODE_LISTS.age_band.has(victim.ageBand)) return victim.ageBand;
  if (typeof victim.ageAtIdentification === "number") return ageBandOf(victim.ageAtIdentification);
  const identification = isPlainObject(victim.identification) ? victim.identification : {};
  if (typeof victim.birthDate === "string" && typeof identification.date === "string") {
    return ageBandOf(ageInYears(victim.birthDate, identification.date));
  }
  return undefined;
}

/** Birth date to birth year, on a victim record (changed in place). */
function birthDateToYear(record: Mutable): void {
  if (typeof record.birthDate !== "string") return;
  const year = Number(record.birthDate.slice(0, 4));
  if (record.birthYear === undefined && Number.isInteger(year)) record.birthYear = year;
  delete record.birthDate;
}

/**
 * Generalises birth and age fields of a victim or perpetrator record, changed in place. With `"ageBand"`
 * a victim keeps its CTDC age band (derived if missing) and majority status; a perpetrator, which has no age
 * band field, loses its birth year and age.
 */
export function generalizeBirth(record: Mutable, level: "year" | "ageBand"): void {
  if (record.recordType === "victim") {
    if (level === "year") {
      birthDateToYear(record);
      return;
    }
    const band = ageBandOfVictim(record);
    for (const key of ["birthDate", "birthYear", "ageAtIdentification", "ageAtExploitation", "ageBand"]) {
      delete record[key];
    }
    if (band !== undefined) record.ageBand = band;
  } else if (record.recordType === "perpetrator" && level === "ageBand") {
    delete record.birthYear;
    delete record.age;
  }
}
