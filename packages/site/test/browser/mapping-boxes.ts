import type { Page } from "playwright-core";

/**
 * The outside-standard names (`.mapping-name`) of the page that are broken or not fully visible. With `whole`
 * (a wide screen) a name must sit on one line; otherwise (a phone) it may break only where its words meet, at a
 * `<wbr>`: each of its text runs has one line box. A name is cut off when its box passes the right edge of the
 * window or of an ancestor that clips or scrolls its content. Every field entry is opened first, so closed ones
 * are measured too.
 */
export function brokenOrCutNames(page: Page, { whole }: { readonly whole: boolean }): Promise<string[]> {
  return page.evaluate((whole) => {
    for (const details of document.querySelectorAll("details")) details.open = true;
    const problems: string[] = [];
    const range = document.createRange();
    for (const element of document.querySelectorAll<HTMLElement>(".mapping-name")) {
      const name = element.textContent ?? "";
      const lines = element.getClientRects().length;
      if (whole && lines !== 1) problems.push(`${name}: on ${lines} lines`);
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        range.selectNodeContents(node);
        const parts = range.getClientRects().length;
        if (parts !== 1) problems.push(`${name}: "${node.textContent}" broken over ${parts} lines`);
      }
      const box = element.getBoundingClientRect();
      let limit = document.documentElement.clientWidth;
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible")
          limit = Math.min(limit, parent.getBoundingClientRect().right);
      }
      if (box.right > limit + 0.5) problems.push(`${name}: right edge ${box.right} past ${limit}`);
    }
    return problems;
  }, whole);
}
