import type { Page } from "playwright-core";

/**
 * The outside-standard names (`.mapping-name`) of the page that are broken over lines or not fully visible:
 * a name has one line box when whole; it is cut off when its box passes the right edge of the window or of an
 * ancestor that clips or scrolls its content. Opens every field entry first, so closed ones are measured too.
 */
export function brokenOrCutNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = true;
    const problems: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(".mapping-name")) {
      const name = element.textContent ?? "";
      const lines = element.getClientRects().length;
      if (lines !== 1) problems.push(`${name}: ${lines} line boxes`);
      const box = element.getBoundingClientRect();
      let limit = document.documentElement.clientWidth;
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible")
          limit = Math.min(limit, parent.getBoundingClientRect().right);
      }
      if (box.right > limit + 0.5) problems.push(`${name}: right edge ${box.right} past ${limit}`);
    }
    return problems;
  });
}
