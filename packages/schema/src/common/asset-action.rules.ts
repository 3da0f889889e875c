import type { AssetAction } from "../entities/case/financial-investigation.js";
import type { RuleFinding } from "../rules/define-rule.js";

/**
 * Reports each action on assets (a list under `assetActions` at the top of a record) whose value is given
 * without its currency; shared by the record types that carry such a list.
 */
export function assetValuesWithoutCurrency(
  actions: readonly AssetAction[] | undefined,
  found: RuleFinding[],
): void {
  if (actions === undefined) return;
  for (let index = 0; index < actions.length; index++) {
    const action = actions[index];
    if (action?.value !== undefined && action.currency === undefined) {
      found.push({ path: ["assetActions", index, "value"], params: { field: "assetAction.currency" } });
    }
  }
}
