import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** An axe-core violation, as the tests report it: rule, impact and where. */
export interface AxeProblem {
  readonly rule: string;
  readonly impact: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core (WCAG 2 A and AA rules and best practices) on the page as it is and returns the violations
 * whose impact is serious or critical, one per rule, with up to three of the elements at fault.
 */
export async function seriousViolations(page: Page): Promise<AxeProblem[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<never> } }
    ).axe;
    const results: {
      violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
    } = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? "",
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
    }));
  });
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}
