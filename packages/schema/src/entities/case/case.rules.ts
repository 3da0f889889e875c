import { exploitationForm } from "../../codes/exploitation-form/exploitation-form.codes.js";
import {
  CLAUSES,
  penaltyAmountWithoutCurrency,
  proceedingsOutOfOrder,
  sentenceWithoutConviction,
} from "../../common/criminal-justice.rules.js";
import { checkDatePair, DateOrder, datesOutOfOrder, outOfOrderAt } from "../../rules/dates.js";
import { defineRule, type RuleFinding } from "../../rules/define-rule.js";
import type { Case } from "./case.schema.js";
import type { TraffickingEvent } from "./trafficking-event.js";

/** Order of the process steps an event can record; any other role comes last. */
const ROLE_ORDER: Record<string, number> = { recruitment: 0, transit: 1, exploitation: 2, identification: 3 };
const LAST_RANK = 9;
const RANKS = [...new Set(Object.values(ROLE_ORDER)), LAST_RANK];
const rankOf = (role: string): number => ROLE_ORDER[role] ?? LAST_RANK;

const order = new DateOrder();
const CLOSED_ON = ["closedOn"] as const;

const IDENTIFICATION_RANK = rankOf("identification");

/**
 * Checks the dates of one victim's events (or of the events that name no victim), given by their indices in
 * the order written. A step before identification written after an identification starts a new episode
 * (re-trafficking); within an episode the events go in the order of their roles, and each date must not come
 * before the latest one seen, across episodes too.
 */
function checkTimeline(events: Case["events"] & object, indices: readonly number[], found: RuleFinding[]) {
  order.start();
  let episodeStart = 0;
  while (episodeStart < indices.length) {
    let episodeEnd = episodeStart;
    let identified = false;
    while (episodeEnd < indices.length) {
      const rank = rankOf((events[indices[episodeEnd] as number] as TraffickingEvent).role);
      if (identified && rank < IDENTIFICATION_RANK) break;
      if (rank === IDENTIFICATION_RANK) identified = true;
      episodeEnd++;
    }
    for (const rank of RANKS) {
      for (let k = episodeStart; k < episodeEnd; k++) {
        const index = indices[k] as number;
        const event = events[index] as TraffickingEvent;
        if (rankOf(event.role) !== rank) continue;
        const earlier = order.next("traffickingEvent.date", event.date);
        if (earlier !== undefined) {
          found.push(outOfOrderAt(["events", index, "date"], "traffickingEvent.date", earlier));
        }
      }
    }
    episodeStart = episodeEnd;
  }
}

/** The indices of the events of each victim, in the order written; events naming no victim are one group. */
function eventsByVictim(events: readonly TraffickingEvent[]): Iterable<readonly number[]> {
  if (!events.some((event) => event.victimId !== undefined)) return [events.map((_, index) => index)];
  const groups = new Map<string, number[]>();
  for (let index = 0; index < events.length; index++) {
    const key = events[index]?.victimId ?? "";
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [index]);
    else group.push(index);
  }
  return groups.values();
}

export const caseDatesOutOfOrder = defineRule({
  code: "dates_out_of_order",
  recordType: "case",
  severity: "error",
  clause:
    "Chronology, per victim: recruitment <= transit <= exploitation <= identification, again after identification when re-trafficked; opened <= closed; prosecution <= verdict",
  fields: [
    "traffickingEvent.victimId",
    "traffickingEvent.date",
    "traffickingEvent.endDate",
    "case.openedOn",
    "case.closedOn",
  ],
  check(record: Case, found) {
    const events = record.events ?? [];
    for (const indices of eventsByVictim(events)) checkTimeline(events, indices, found);
    for (let index = 0; index < events.length; index++) {
      const event = events[index];
      if (datesOutOfOrder(event?.date, event?.endDate)) {
        const path = ["events", index, "endDate"];
        found.push(outOfOrderAt(path, "traffickingEvent.endDate", "traffickingEvent.date"));
      }
    }
    checkDatePair(found, "case.openedOn", record.openedOn, "case.closedOn", record.closedOn, CLOSED_ON);
    proceedingsOutOfOrder(record.proceedings, "proceedings", found);
  },
});

export const caseSentenceWithoutConviction = defineRule({
  code: "sentence_without_conviction",
  recordType: "case",
  severity: "error",
  clause: CLAUSES.sentence,
  fields: ["proceedings.penalties", "proceedings.verdict"],
  check: (record: Case, found) => sentenceWithoutConviction(record.proceedings, "proceedings", found),
});

export const caseAmountWithoutCurrency = defineRule({
  code: "amount_without_currency",
  recordType: "case",
  severity: "error",
  clause: CLAUSES.currency,
  fields: ["assetAction.value", "assetAction.currency", "penalty.amount", "penalty.currency"],
  check(record: Case, found) {
    const actions = record.financialInvestigation?.assetActions ?? [];
    for (let index = 0; index < actions.length; index++) {
      const action = actions[index];
      if (action?.value !== undefined && action.currency === undefined) {
        found.push({
          path: ["financialInvestigation", "assetActions", index, "value"],
          params: { field: "assetAction.currency" },
        });
      }
    }
    penaltyAmountWithoutCurrency(record.proceedings, "proceedings", found);
  },
});

/** ICCS 0204 is trafficking in persons; its subcodes the purposes. */
const isTraffickingCode = (code: string): boolean => code.startsWith("0204");

export const iccsCodeMissingForPurpose = defineRule({
  code: "iccs_code_missing_for_purpose",
  recordType: "case",
  severity: "warning",
  clause:
    "ICCS v1.0 0204: a trafficking case classified in ICCS carries the subcode of each purpose it records",
  fields: ["case.purposes", "case.iccsCodes"],
  check(record: Case, found) {
    const codes: readonly string[] = record.iccsCodes ?? [];
    if (!codes.some(isTraffickingCode)) return;
    const purposes = record.purposes ?? [];
    for (let index = 0; index < purposes.length; index++) {
      const purpose = purposes[index];
      if (purpose === undefined) continue;
      // Only trafficking subcodes: forced marriage maps to the offence of its own (020292), not to a 0204 code.
      const expected = (exploitationForm.mappings[purpose]?.iccs ?? []).filter(isTraffickingCode);
      if (expected.length > 0 && !expected.some((code) => codes.includes(code))) {
        found.push({
          path: ["purposes", index],
          params: { field: "case.iccsCodes", code: expected[0] ?? "" },
        });
      }
    }
  },
});

/** Every cross-field rule of a case record. */
export const caseRules = [
  caseDatesOutOfOrder,
  caseSentenceWithoutConviction,
  caseAmountWithoutCurrency,
  iccsCodeMissingForPurpose,
] as const;
