import type { Page } from "playwright-core";

/** Collects what a page reports as broken: console errors, uncaught exceptions and failed requests. */
export function watchConsole(page: Page): { readonly take: () => string[] } {
  let problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    /** The problems seen since the last call. */
    take: () => {
      const seen = problems;
      problems = [];
      return seen;
    },
  };
}
