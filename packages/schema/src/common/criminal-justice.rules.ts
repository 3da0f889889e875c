import { datesOutOfOrder, outOfOrderAt } from "../rules/dates.js";
import type { RuleFinding } from "../rules/define-rule.js";
import type { Proceedings } from "./criminal-justice.js";

const CONVICTING_VERDICTS = new Set(["convicted", "plea_agreement"]);

/** A sentence needs a conviction: penalties without a convicting verdict. */
export function sentenceWithoutConviction(
  proceedings: Proceedings | undefined,
  at: string,
  found: RuleFinding[],
): void {
  if (proceedings === undefined || (proceedings.penalties?.length ?? 0) === 0) return;
  if (proceedings.verdict !== undefined && CONVICTING_VERDICTS.has(proceedings.verdict)) return;
  found.push({ path: [at, "penalties"], params: { field: "proceedings.penalties" } });
}

/** A fine given as an amount needs its currency. */
export function penaltyAmountWithoutCurrency(
  proceedings: Proceedings | undefined,
  at: string,
  found: RuleFinding[],
): void {
  const penalties = proceedings?.penalties ?? [];
  for (let index = 0; index < penalties.length; index++) {
    const penalty = penalties[index];
    if (penalty?.amount !== undefined && penalty.currency === undefined) {
      found.push({ path: [at, "penalties", index, "amount"], params: { field: "penalty.currency" } });
    }
  }
}

/** Prosecution comes before the verdict. */
export function proceedingsOutOfOrder(
  proceedings: Proceedings | undefined,
  at: string,
  found: RuleFinding[],
): void {
  // The path is built only for a finding: the rule runs on every record of an export.
  if (datesOutOfOrder(proceedings?.prosecutionStartedOn, proceedings?.verdictDate)) {
    found.push(
      outOfOrderAt([at, "verdictDate"], "proceedings.verdictDate", "proceedings.prosecutionStartedOn"),
    );
  }
}

/** Shared clause texts, so case and perpetrator rules cite the same thing. */
export const CLAUSES = {
  sentence: "A penalty is imposed only on conviction (GLOTIP counts convicted persons)",
  currency: "A monetary amount is meaningless without its ISO 4217 currency",
} as const;
