import {
  PROTECTION_DETAIL_OF_KIND as DETAIL_OF_KIND,
  type HelplineContact,
  type ProtectionMeasure,
  type Screening,
  type SgbvIncident,
  type TipRecord,
} from "@tip/schema";
import { type RecordRecipe, recipesOf } from "./record-recipe.js";

const CONTACT = recipesOf<HelplineContact>("helplineContact", [
  {
    kind: "channel_in_words",
    code: "invalid_code",
    path: "/channel",
    description: "The channel of a helpline contact written in words (telephone) instead of its code",
    applies: () => true,
    apply: (copy) => {
      (copy as Record<string, unknown>).channel = "telephone";
    },
  },
  {
    kind: "anonymous_caller_named",
    code: "anonymous_contact_with_identity",
    path: "/callerName",
    description: "A contact marked anonymous that still records the caller's name and phone number",
    applies: (contact) => contact.callerName !== undefined && contact.contactor !== "anonymous",
    apply: (copy) => {
      copy.contactor = "anonymous";
    },
  },
]);

const SCREENING = recipesOf<Screening>("screening", [
  {
    kind: "indicator_entered_twice",
    code: "screening_indicator_repeated",
    path: "/indicators/1/indicator",
    description: "The first indicator of a screening entered again, second, with another strength",
    applies: (screening) => (screening.indicators?.length ?? 0) > 0,
    apply: (copy) => {
      const indicators = copy.indicators ?? [];
      const [first] = indicators;
      if (first === undefined) return;
      const strength = first.strength === "strong" ? "medium" : "strong";
      indicators.splice(1, 0, { indicator: first.indicator, strength });
    },
  },
  {
    kind: "strength_as_scale",
    code: "invalid_code",
    path: "/indicators/0/strength",
    description:
      "An indicator's strength written as high (another tool's scale) instead of strong, medium or weak",
    applies: (screening) => (screening.indicators?.length ?? 0) > 0,
    apply: (copy) => {
      const first = copy.indicators?.[0] as Record<string, unknown> | undefined;
      if (first !== undefined) first.strength = "high";
    },
  },
]);

const MEASURE = recipesOf<ProtectionMeasure>("protectionMeasure", [
  {
    kind: "measure_without_detail",
    code: "protection_detail_missing",
    path: "/kind",
    description: "A protection measure that gives its kind but leaves out the detail of that kind",
    applies: (measure) => measure[DETAIL_OF_KIND[measure.kind]] !== undefined,
    apply: (copy) => {
      delete copy[DETAIL_OF_KIND[copy.kind]];
    },
  },
  {
    kind: "paid_without_award",
    code: "compensation_paid_not_awarded",
    path: "/compensation/awarded",
    description: "Compensation recorded as paid while the award is recorded as not made",
    applies: (measure) => measure.compensation?.paid === true && measure.compensation.awarded === true,
    apply: (copy) => {
      if (copy.compensation) copy.compensation.awarded = false;
    },
  },
  {
    kind: "compensation_without_currency",
    code: "amount_without_currency",
    path: "/compensation/amountAwarded",
    description: "An amount of compensation awarded without its currency",
    applies: (measure) =>
      measure.compensation?.amountAwarded !== undefined && measure.compensation.currency !== undefined,
    apply: (copy) => {
      if (copy.compensation) delete copy.compensation.currency;
    },
  },
  {
    kind: "currency_as_symbol",
    code: "invalid_format",
    path: "/compensation/currency",
    description: "The currency of a compensation written as a symbol (US$) instead of its ISO 4217 code",
    applies: (measure) => measure.compensation?.currency !== undefined,
    apply: (copy) => {
      if (copy.compensation) (copy.compensation as Record<string, unknown>).currency = "US$";
    },
  },
  {
    kind: "permit_ends_before_start",
    code: "dates_out_of_order",
    path: "/residence/endDate",
    description: "A residence permit or reflection period whose start and end dates were swapped",
    applies: (measure) => {
      const { startDate, endDate } = measure.residence ?? {};
      return startDate !== undefined && endDate !== undefined && startDate < endDate;
    },
    apply: (copy) => {
      const residence = copy.residence;
      if (residence === undefined) return;
      [residence.startDate, residence.endDate] = [residence.endDate, residence.startDate];
    },
  },
]);

const INCIDENT = recipesOf<SgbvIncident>("sgbvIncident", [
  {
    kind: "unknown_perpetrator_with_known",
    code: "perpetrator_unknown_with_others",
    path: "/perpetratorKinds",
    description: "An SGBV incident whose perpetrator is both unknown and of a known kind",
    applies: (incident) => incident.perpetratorKinds !== undefined,
    apply: (copy) => {
      const kinds = copy.perpetratorKinds ?? [];
      copy.perpetratorKinds = kinds.includes("unknown") ? [...kinds, "smuggler"] : [...kinds, "unknown"];
    },
  },
  {
    kind: "incident_type_umbrella",
    code: "invalid_code",
    path: "/type",
    description:
      "An SGBV incident typed as sexual violence, the umbrella term, not one of the six GBVIMS types",
    applies: () => true,
    apply: (copy) => {
      (copy as Record<string, unknown>).type = "sexual_violence";
    },
  },
]);

/** The mistakes of helpline contacts, screenings, protection measures and SGBV incidents. */
export const PROTECTION_RECIPES: readonly RecordRecipe<TipRecord>[] = [
  ...CONTACT,
  ...SCREENING,
  ...MEASURE,
  ...INCIDENT,
];
