#!/usr/bin/env node
// Runs a package's browser tests (the `test:browser` task) with `CHROME_PATH` set to the browser found by
// find-browser.mjs. Without a browser:
// - in CI (`CI` set, as .ci/run does), it fails: CI installs Chromium and the browser tests must run there;
// - with a `CHROME_PATH` that names no executable file, it fails: the browser asked for is not there;
// - elsewhere, it prints why the browser tests did not run and how to run them, and exits 0, so `npm test`
//   works on a machine without Chrome (the tests themselves never skip).
//
//   node ../../scripts/test/browser-tests.mjs <command> [args...]    e.g. vitest run browser
import { spawnSync } from "node:child_process";
import { findBrowser } from "./find-browser.mjs";

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error("browser-tests: give the command that runs the browser tests, e.g. `vitest run browser`");
  process.exit(2);
}
const inCi = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false";
const browser = findBrowser();

if (browser.path === undefined) {
  if (inCi || browser.misconfigured) {
    console.error(`browser tests: ${browser.reason}.`);
    console.error(
      browser.misconfigured
        ? "Point CHROME_PATH at a Chrome or Chromium executable, or unset it."
        : "CI must run them: install Chromium (.ci/install-chromium.sh) or set CHROME_PATH.",
    );
    process.exit(1);
  }
  console.log(`browser tests SKIPPED: ${browser.reason}.`);
  console.log(
    "They run in CI. To run them here, install Chrome or Chromium, or set CHROME_PATH to its executable.",
  );
  process.exit(0);
}

console.log(`browser tests: ${browser.path} (${browser.from})`);
const result = spawnSync(command[0], command.slice(1), {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: { ...process.env, CHROME_PATH: browser.path },
});
if (result.error) {
  console.error(`browser tests: could not start ${command[0]}: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
