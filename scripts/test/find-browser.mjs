// Where the browser tests find Chrome or Chromium: `CHROME_PATH` when set, else the usual install places
// (Debian's chromium package, which `.ci/install-chromium.sh` installs in CI; Chrome and Chromium elsewhere).
import { accessSync, constants } from "node:fs";

/** Install places tried, in order, when `CHROME_PATH` is not set. */
export const BROWSER_PLACES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/**
 * The browser to test with: `{ path, from }`, or `{ path: undefined, reason, misconfigured }` when there is
 * none. A `CHROME_PATH` that names no executable file is a mistake (`misconfigured`), never a fallback.
 */
export function findBrowser(env = process.env, places = BROWSER_PLACES) {
  const asked = env.CHROME_PATH;
  if (asked !== undefined && asked !== "") {
    if (isExecutable(asked)) return { path: asked, from: "CHROME_PATH" };
    return {
      path: undefined,
      reason: `CHROME_PATH is set to ${asked}, which is not an executable file`,
      misconfigured: true,
    };
  }
  const found = places.find(isExecutable);
  if (found) return { path: found, from: "default place" };
  return {
    path: undefined,
    reason: `no Chrome or Chromium found (CHROME_PATH is not set; looked in ${places.join(", ")})`,
    misconfigured: false,
  };
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
