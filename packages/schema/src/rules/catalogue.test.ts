import { describe, expect, it } from "vitest";
import { checkRecord } from "../issues/check-record.js";
import { en } from "../locales/en.js";
import { EXAMPLES } from "../model/examples.js";
import { ALL_RULES, RULE_SEVERITIES } from "./catalogue.js";

/** The example victim with neither Palermo means nor means of control: an adult victim without means. */
function adultWithoutMeans(): Record<string, unknown> {
  const victim = structuredClone(EXAMPLES.victim) as Record<string, unknown> & {
    exploitation: Record<string, unknown>;
  };
  delete victim.exploitation.palermoMeans;
  delete victim.exploitation.meansOfControl;
  return victim;
}

const codesOf = (result: ReturnType<typeof checkRecord>) =>
  result.issues.map((issue) => [issue.code, issue.severity]);

describe("RULE_SEVERITIES", () => {
  it("gives every rule code one severity, the one of each rule that has the code", () => {
    for (const rule of ALL_RULES)
      expect(RULE_SEVERITIES[rule.code as keyof typeof RULE_SEVERITIES]).toBe(rule.severity);
  });

  it("makes an adult victim without means a warning in core", () => {
    expect(RULE_SEVERITIES.adult_victim_without_means).toBe("warning");
    const result = checkRecord(adultWithoutMeans(), { locale: en });
    expect(result.ok).toBe(true);
    expect(codesOf(result)).toEqual([["adult_victim_without_means", "warning"]]);
  });
});
