import type { Agency, ConsentRecord, CountryCode } from "@tip/schema";
import type { Random } from "../random/random.js";
import type { Directory } from "./agencies.js";
import { dateOf } from "./calendar.js";
import type { Code } from "./codes.js";
import { CROSS_BORDER_REASON, DOMESTIC_REASON } from "./distributions.js";

/** A referral decided while generating a victim, so the victim's consent can name its recipient. */
export interface ReferralPlan {
  readonly crossBorder: boolean;
  readonly from: Agency;
  readonly to: Agency;
  readonly reasons: readonly Code<"referral_reason">[];
  readonly consent: ConsentRecord;
  /** Day the consent was given (day number); the referral is drafted after it. */
  readonly consentDay: number;
}

/** Facts a referral decision depends on. */
export interface ReferralContext {
  readonly directory: Directory;
  readonly citizenships: readonly CountryCode[];
  readonly foreign: boolean;
  readonly child: boolean;
  readonly identificationDay: number;
  /** The domestic agency that identified the victim. */
  readonly identifiedBy: string | undefined;
}

/**
 * Decides whether a victim is referred: foreign victims from a partner country often across the border (return
 * or continued assistance in the country of origin), nationals sometimes to another domestic service.
 */
export function planReferral(random: Random, context: ReferralContext): ReferralPlan | undefined {
  const { directory } = context;
  const partner = context.citizenships
    .map((code) => directory.partners.get(code))
    .find((agency) => agency !== undefined);
  const crossBorder = context.foreign && partner !== undefined && random.chance(0.4);
  if (!crossBorder && (context.foreign || !random.chance(0.15))) return undefined;
  const domestic = Object.values(directory.domestic);
  const from = domestic.find((agency) => agency.id === context.identifiedBy) ?? directory.domestic.police;
  const to = crossBorder
    ? (partner as Agency)
    : random.pick(
        [directory.domestic.shelter, directory.domestic.social, directory.domestic.child].filter(
          (agency) => agency.id !== from.id,
        ),
      );
  const reasons = [random.weighted(crossBorder ? CROSS_BORDER_REASON : DOMESTIC_REASON)];
  const consentDay = context.identificationDay + random.int(1, 20);
  const purposes: Code<"consent_purpose">[] = [
    "assistance",
    crossBorder ? "referral_transnational" : "referral_national",
  ];
  if (reasons.includes("safe_return")) purposes.push("return");
  const consent: ConsentRecord = {
    id: random.uuid(),
    given: true,
    givenOn: dateOf(consentDay),
    purposes,
    recipientAgencyIds: [to.id],
    recipientCountries: crossBorder ? [to.country] : undefined,
    recordedByAgencyId: from.id,
    informedOfPurpose: true,
    informedOfDataUse: true,
    informedOfWithdrawal: true,
    informedOfRightOfAccess: random.chance(0.7) ? true : undefined,
  };
  return { crossBorder, from, to, reasons, consent, consentDay };
}

/** A consent to assistance (and sometimes research) for a victim who is not referred. */
export function drawAssistanceConsent(random: Random, context: ReferralContext): ConsentRecord | undefined {
  if (!random.chance(0.55)) return undefined;
  const purposes: Code<"consent_purpose">[] = random.chance(0.3)
    ? ["assistance", "research_statistics"]
    : ["assistance"];
  return {
    id: random.uuid(),
    given: true,
    givenOn: dateOf(context.identificationDay + random.int(0, 10)),
    purposes,
    recordedByAgencyId: context.identifiedBy,
    informedOfPurpose: true,
    informedOfDataUse: random.chance(0.8) ? true : undefined,
    informedOfResearchUse: purposes.includes("research_statistics") ? true : undefined,
  };
}
