import { ageInYears } from "../../codes/age-band/age-band.derive.js";
import type { Victim } from "./victim.schema.js";

/**
 * The victim's age at recruitment, the first act: `ageAtRecruitment` when given, else derived from the birth
 * date and the recruitment date when both are full dates; `undefined` when neither is possible. Child status
 * under Palermo Art. 3(c)/(d) is decided at the act, not at exploitation.
 */
export function ageAtRecruitmentOf(
  victim: Pick<Victim, "ageAtRecruitment" | "birthDate" | "exploitation">,
): number | undefined {
  if (victim.ageAtRecruitment !== undefined) return victim.ageAtRecruitment;
  const birth = victim.birthDate;
  const recruited = victim.exploitation?.recruitmentDate;
  if (birth === undefined || recruited === undefined) return undefined;
  const age = ageInYears(birth, recruited);
  return Number.isFinite(age) && age >= 0 ? age : undefined;
}
