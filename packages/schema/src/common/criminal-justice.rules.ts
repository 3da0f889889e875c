import { outOfOrder } from "../rules/dates.js";
import type { RuleFinding } from "../rules/define-rule.js";
import type { Proceedings } from "./criminal-justice.js";

const CONVICTING_VERDICTS = new Set(["convicted", "plea_agreement"]);

/** A sentence needs a conviction: penalties without a convicting verdict. */
export function* sentenceWithoutConviction(
  proceedings: Proceedings | undefined,
  at: string,
): Iterable<RuleFinding> {
  if (proceedings === undefined || (proceedings.penalties?.length ?? 0) === 0) return;
  if (proceedings.verdict !== undefined && CONVICTING_VERDICTS.has(proceedings.verdict)) return;
  yield { path: [at, "penalties"], params: { field: "proceedings.penalties" } };
}

/** A fine given as an amount needs its currency. */
export function* penaltyAmountWithoutCurrency(
  proceedings: Proceedings | undefined,
  at: string,
): Iterable<RuleFinding> {
  for (const [index, penalty] of (proceedings?.penalties ?? []).entries()) {
    if (penalty.amount !== undefined && penalty.currency === undefined) {
      yield { path: [at, "penalties", index, "amount"], params: { field: "penalty.currency" } };
    }
  }
}

/** Charges come before prosecution, prosecution before the verdict. */
export function proceedingsOutOfOrder(
  proceedings: Proceedings | undefined,
  at: string,
): Iterable<RuleFinding> {
  return outOfOrder([
    {
      field: "proceedings.prosecutionStartedOn",
      path: [at, "prosecutionStartedOn"],
      date: proceedings?.prosecutionStartedOn,
    },
    { field: "proceedings.verdictDate", path: [at, "verdictDate"], date: proceedings?.verdictDate },
  ]);
}

/** Shared clause texts, so case and perpetrator rules cite the same thing. */
export const CLAUSES = {
  sentence: "A penalty is imposed only on conviction (GLOTIP counts convicted persons)",
  currency: "A monetary amount is meaningless without its ISO 4217 currency",
} as const;
