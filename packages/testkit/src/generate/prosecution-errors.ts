import {
  type AssetAction,
  alpha3Of,
  type CountryCode,
  type CriminalGroup,
  type FinancialInquiry,
  type LegalAssistanceRequest,
  type Operation,
  type PreventionActivity,
  type TipRecord,
} from "@tip/schema";
import { type RecordRecipe, recipesOf } from "./record-recipe.js";

const hasAlpha3 = (code: CountryCode | undefined): boolean =>
  code !== undefined && alpha3Of(code) !== undefined;

/** Whether a record's first asset action gives a value with its currency (so leaving the currency out breaks it). */
const firstValueWithCurrency = (actions: readonly AssetAction[] | undefined): boolean =>
  actions?.[0]?.value !== undefined && actions[0].currency !== undefined;

const dropFirstCurrency = (actions: AssetAction[] | undefined): void => {
  const first = actions?.[0];
  if (first !== undefined) delete first.currency;
};

/** Whether two dates are given, the second strictly later (so swapping them breaks their order). */
const inOrder = (first: string | undefined, second: string | undefined): boolean =>
  first !== undefined && second !== undefined && first < second;

const OPERATION = recipesOf<Operation>("operation", [
  {
    kind: "operation_dates_swapped",
    code: "dates_out_of_order",
    path: "/endedOn",
    description: "An operation whose start and end dates were swapped",
    applies: (operation) => inOrder(operation.startedOn, operation.endedOn),
    apply: (copy) => {
      [copy.startedOn, copy.endedOn] = [copy.endedOn, copy.startedOn];
    },
  },
  {
    kind: "alpha3_operation_country",
    code: "invalid_code",
    path: "/countries/0",
    description: "A country of an operation given as an ISO alpha-3 code where the model takes alpha-2",
    applies: (operation) => hasAlpha3(operation.countries?.[0]),
    apply: (copy) => {
      const countries = copy.countries as string[];
      countries[0] = alpha3Of(countries[0] as CountryCode) as string;
    },
  },
]);

const INQUIRY = recipesOf<FinancialInquiry>("financialInquiry", [
  {
    kind: "inquiry_dates_swapped",
    code: "dates_out_of_order",
    path: "/closedOn",
    description: "A financial inquiry whose opening and closing dates were swapped",
    applies: (inquiry) => inOrder(inquiry.openedOn, inquiry.closedOn),
    apply: (copy) => {
      [copy.openedOn, copy.closedOn] = [copy.closedOn, copy.openedOn];
    },
  },
  {
    kind: "inquiry_asset_without_currency",
    code: "amount_without_currency",
    path: "/assetActions/0/value",
    description: "The value of an asset identified in a financial inquiry without its currency",
    applies: (inquiry) => firstValueWithCurrency(inquiry.assetActions),
    apply: (copy) => dropFirstCurrency(copy.assetActions),
  },
  {
    kind: "alpha3_inquiry_country",
    code: "invalid_code",
    path: "/country",
    description:
      "The country of a financial inquiry given as an ISO alpha-3 code where the model takes alpha-2",
    applies: (inquiry) => hasAlpha3(inquiry.country),
    apply: (copy) => {
      (copy as Record<string, unknown>).country = alpha3Of(copy.country as CountryCode);
    },
  },
]);

const REQUEST = recipesOf<LegalAssistanceRequest>("legalAssistanceRequest", [
  {
    kind: "request_to_own_country",
    code: "legal_assistance_same_country",
    path: "/requestedCountry",
    description: "A mutual legal assistance request whose requested country is the requesting one",
    applies: (request) =>
      request.requestingCountry !== undefined && request.requestedCountry !== request.requestingCountry,
    apply: (copy) => {
      copy.requestedCountry = copy.requestingCountry;
    },
  },
  {
    kind: "request_received_before_sent",
    code: "dates_out_of_order",
    path: "/receivedOn",
    description: "A mutual legal assistance request whose dates sent and received were swapped",
    applies: (request) =>
      inOrder(request.sentOn, request.receivedOn) &&
      (request.closedOn === undefined || (request.receivedOn as string) <= request.closedOn),
    apply: (copy) => {
      [copy.sentOn, copy.receivedOn] = [copy.receivedOn, copy.sentOn];
    },
  },
]);

const GROUP = recipesOf<CriminalGroup>("criminalGroup", [
  {
    kind: "group_asset_without_currency",
    code: "amount_without_currency",
    path: "/assetActions/0/value",
    description: "The value of an asset of a criminal group without its currency",
    applies: (group) => firstValueWithCurrency(group.assetActions),
    apply: (copy) => dropFirstCurrency(copy.assetActions),
  },
  {
    kind: "members_as_text",
    code: "invalid_type",
    path: "/estimatedMembers",
    description: "The estimated members of a criminal group given as text, as spreadsheets export it",
    applies: (group) => group.estimatedMembers !== undefined,
    apply: (copy) => {
      (copy as Record<string, unknown>).estimatedMembers = String(copy.estimatedMembers);
    },
  },
  {
    kind: "structure_outside_typology",
    code: "invalid_code",
    path: "/structure",
    description: "A criminal group's structure written as hierarchy, not one of UNODC's five structures",
    applies: (group) => group.structure !== undefined,
    apply: (copy) => {
      (copy as Record<string, unknown>).structure = "hierarchy";
    },
  },
]);

const ACTIVITY = recipesOf<PreventionActivity>("preventionActivity", [
  {
    kind: "platforms_without_online",
    code: "platforms_without_online_channel",
    path: "/channels",
    description: "A campaign that names the online platforms it used but leaves the online channel out",
    applies: (activity) =>
      (activity.platforms?.length ?? 0) > 0 && activity.channels?.includes("online") === true,
    apply: (copy) => {
      const offline = (copy.channels ?? []).filter((channel) => channel !== "online");
      copy.channels = offline.length > 0 ? offline : ["television"];
    },
  },
  {
    kind: "activity_dates_swapped",
    code: "dates_out_of_order",
    path: "/endedOn",
    description: "A prevention activity whose start and end dates were swapped",
    applies: (activity) => inOrder(activity.startedOn, activity.endedOn),
    apply: (copy) => {
      [copy.startedOn, copy.endedOn] = [copy.endedOn, copy.startedOn];
    },
  },
  {
    kind: "alpha3_activity_country",
    code: "invalid_code",
    path: "/country",
    description:
      "The country of a prevention activity given as an ISO alpha-3 code where the model takes alpha-2",
    applies: (activity) => hasAlpha3(activity.country),
    apply: (copy) => {
      (copy as Record<string, unknown>).country = alpha3Of(copy.country as CountryCode);
    },
  },
]);

/** The mistakes of operations, financial inquiries, legal assistance requests, groups and prevention activities. */
export const PROSECUTION_RECIPES: readonly RecordRecipe<TipRecord>[] = [
  ...OPERATION,
  ...INQUIRY,
  ...REQUEST,
  ...GROUP,
  ...ACTIVITY,
];
