import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/**
 * The browser: `CHROME_PATH`, which `npm run test:browser` sets to the Chrome or Chromium it finds
 * (scripts/test/browser-tests.mjs), else Debian's Chromium as CI installs it (`.ci/install-chromium.sh`).
 */
export const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** A headless Chromium with a fresh profile; `close` also deletes the profile. */
export interface Browser {
  readonly context: BrowserContext;
  readonly close: () => Promise<void>;
}

/**
 * Starts Chromium. Fails, never skips, when it is missing: the browser test is part of CI, which installs it.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}. Run the browser tests with \`npm run test:browser\`, which finds Chrome or Chromium (or set CHROME_PATH); \`sudo .ci/install-chromium.sh\` installs Debian's. The test itself is never skipped.`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "tip-site-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
