import { exploitationForm } from "../../codes/exploitation-form/exploitation-form.codes.js";
import {
  CLAUSES,
  penaltyAmountWithoutCurrency,
  proceedingsOutOfOrder,
  sentenceWithoutConviction,
} from "../../common/criminal-justice.rules.js";
import { outOfOrder } from "../../rules/dates.js";
import { defineRule } from "../../rules/define-rule.js";
import type { Case } from "./case.schema.js";

/** Order of the process steps an event can record. */
const ROLE_ORDER: Record<string, number> = { recruitment: 0, transit: 1, exploitation: 2, identification: 3 };

export const caseDatesOutOfOrder = defineRule({
  code: "dates_out_of_order",
  recordType: "case",
  severity: "error",
  clause:
    "Chronology: recruitment <= transit <= exploitation <= identification; opened <= closed; prosecution <= verdict",
  fields: ["traffickingEvent.date", "traffickingEvent.endDate", "case.openedOn", "case.closedOn"],
  *check(record: Case) {
    const events = (record.events ?? [])
      .map((event, index) => ({ event, index }))
      .filter(({ event }) => event.date !== undefined)
      .sort((a, b) => (ROLE_ORDER[a.event.role] ?? 9) - (ROLE_ORDER[b.event.role] ?? 9));
    yield* outOfOrder(
      events.map(({ event, index }) => ({
        field: "traffickingEvent.date",
        path: ["events", index, "date"],
        date: event.date,
      })),
    );
    for (const [index, event] of (record.events ?? []).entries()) {
      yield* outOfOrder([
        { field: "traffickingEvent.date", path: ["events", index, "date"], date: event.date },
        { field: "traffickingEvent.endDate", path: ["events", index, "endDate"], date: event.endDate },
      ]);
    }
    yield* outOfOrder([
      { field: "case.openedOn", path: ["openedOn"], date: record.openedOn },
      { field: "case.closedOn", path: ["closedOn"], date: record.closedOn },
    ]);
    yield* proceedingsOutOfOrder(record.proceedings, "proceedings");
  },
});

export const caseSentenceWithoutConviction = defineRule({
  code: "sentence_without_conviction",
  recordType: "case",
  severity: "error",
  clause: CLAUSES.sentence,
  fields: ["proceedings.penalties", "proceedings.verdict"],
  check: (record: Case) => sentenceWithoutConviction(record.proceedings, "proceedings"),
});

export const caseAmountWithoutCurrency = defineRule({
  code: "amount_without_currency",
  recordType: "case",
  severity: "error",
  clause: CLAUSES.currency,
  fields: ["assetAction.value", "assetAction.currency", "penalty.amount", "penalty.currency"],
  *check(record: Case) {
    for (const [index, action] of (record.financialInvestigation?.assetActions ?? []).entries()) {
      if (action.value !== undefined && action.currency === undefined) {
        yield {
          path: ["financialInvestigation", "assetActions", index, "value"],
          params: { field: "assetAction.currency" },
        };
      }
    }
    yield* penaltyAmountWithoutCurrency(record.proceedings, "proceedings");
  },
});

export const iccsCodeMissingForPurpose = defineRule({
  code: "iccs_code_missing_for_purpose",
  recordType: "case",
  severity: "warning",
  clause:
    "ICCS v1.0 0204: a trafficking case classified in ICCS carries the subcode of each purpose it records",
  fields: ["case.purposes", "case.iccsCodes"],
  *check(record: Case) {
    const codes = record.iccsCodes ?? [];
    if (!codes.some((code) => code.startsWith("0204"))) return;
    for (const [index, purpose] of (record.purposes ?? []).entries()) {
      const expected = exploitationForm.mappings[purpose]?.iccs ?? [];
      if (expected.length > 0 && !expected.some((code) => (codes as readonly string[]).includes(code))) {
        yield { path: ["purposes", index], params: { field: "case.iccsCodes", code: expected[0] ?? "" } };
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
