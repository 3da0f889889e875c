import type { Referral, RiskAssessment } from "@tip/schema";
import type { Random } from "../random/random.js";
import { dateOf } from "./calendar.js";
import type { Code } from "./codes.js";
import { prune } from "./prune.js";
import { walkLifecycle } from "./referral-lifecycle.js";
import type { ReferralPlan } from "./referral-plan.js";

/** The TRM stage a referral serves, from its first reason. */
function stageOf(plan: ReferralPlan): Code<"trm_stage"> {
  const reason = plan.reasons[0];
  if (reason === "safe_return") return "return_and_social_inclusion";
  if (reason === "criminal_proceedings") return "criminal_and_civil_proceedings";
  if (reason === "additional_services_required") return "first_assistance_and_protection";
  return "long_term_assistance_and_social_inclusion";
}

function drawRiskAssessment(random: Random, plan: ReferralPlan, day: number): RiskAssessment {
  const level = random.weighted<Code<"risk_level">>([
    ["low", 40],
    ["medium", 40],
    ["high", 15],
    ["unknown", 5],
  ]);
  const joint = random.chance(0.7);
  return {
    conductedOn: dateOf(day),
    level,
    jointWithOrigin: joint,
    assessingAgencyIds: joint ? [plan.from.id, plan.to.id] : [plan.from.id],
    lifeOrSafetyRisk: level === "high" && random.chance(0.5),
  };
}

/**
 * Builds the referral record of a plan: drafted after the consent, walked through the lifecycle, with a joint
 * risk assessment before any return and dates that follow the status history.
 */
export function buildReferral(
  random: Random,
  plan: ReferralPlan,
  victimId: string,
  caseId: string,
): Referral {
  const draftDay = plan.consentDay + random.int(1, 20);
  const steps = walkLifecycle(random, draftDay, (status) =>
    status === "draft" || status === "sent" || status === "withdrawn" ? plan.from.id : plan.to.id,
  );
  const dayOf = (status: Code<"referral_status">) => steps.find((step) => step.status === status)?.day;
  const dateAt = (status: Code<"referral_status">) => {
    const day = dayOf(status);
    return day === undefined ? undefined : dateOf(day);
  };
  const trmStage = stageOf(plan);
  const isReturn = trmStage === "return_and_social_inclusion";
  const acceptedDay = dayOf("accepted");
  const services = plan.to.services ?? [];
  return prune({
    recordType: "referral",
    id: random.uuid(),
    victimId,
    caseId,
    from: { agencyId: plan.from.id, country: plan.from.country },
    to: { agencyId: plan.to.id, country: plan.to.country },
    crossBorder: plan.crossBorder,
    reasons: [...plan.reasons],
    trmStage,
    servicesRequested: services.length > 0 ? random.sample(services, random.int(1, 3)) : undefined,
    consentId: plan.consent.id,
    riskAssessment: isReturn && plan.crossBorder ? drawRiskAssessment(random, plan, draftDay) : undefined,
    sentOn: dateAt("sent"),
    receivedOn: dateAt("received"),
    plannedArrivalOn:
      isReturn && acceptedDay !== undefined ? dateOf(acceptedDay + random.int(7, 30)) : undefined,
    reflectionPeriodDays: plan.crossBorder && random.chance(0.4) ? random.pick([30, 45, 60, 90]) : undefined,
    status: steps.at(-1)?.status ?? "draft",
    statusHistory: steps.map((step) => step.change),
  } satisfies Referral);
}
