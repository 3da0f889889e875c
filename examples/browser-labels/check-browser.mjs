// Opens index.html in headless Chromium (driven by playwright-core) and checks the page shows the Spanish
// labels without console errors. The browser: CHROME_PATH, else Debian's /usr/bin/chromium or another usual
// place. Skipped with a message when there is none, except in CI (or when CHROME_PATH names nothing).
import assert from "node:assert/strict";
import { accessSync, constants } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { es } from "@tip/schema/locales/es";
import { chromium } from "playwright-core";

const PLACES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];
const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const asked = process.env.CHROME_PATH || undefined;
const CHROMIUM = asked ?? PLACES.find(isExecutable);
if (CHROMIUM === undefined || !isExecutable(CHROMIUM)) {
  if (asked) throw new Error(`CHROME_PATH is set to ${asked}, which is not an executable file`);
  const why = "no Chrome or Chromium found (set CHROME_PATH to one)";
  const inCi = (process.env.CI ?? "") !== "" && process.env.CI !== "false";
  if (inCi) throw new Error(`${why}; CI installs it with .ci/install-chromium.sh`);
  console.log(`browser check SKIPPED: ${why}`);
  process.exit(0);
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(pathToFileURL(resolve("index.html")).href);
  await page.waitForSelector("[data-list=exploitation_form] dt");

  const lang = await page.evaluate(() => document.documentElement.lang);
  const labels = await page.$$eval("[data-list=exploitation_form] dt", (nodes) =>
    nodes.map((node) => [node.dataset.code, node.textContent]),
  );
  assert.equal(lang, "es");
  assert.deepEqual(
    labels,
    Object.entries(es.codes.exploitation_form).map(([code, text]) => [code, text.label]),
  );
  assert.deepEqual(errors, [], "console errors");
  console.log(`Chromium shows ${labels.length} forms of exploitation in Spanish, e.g. "${labels[0][1]}"`);
} finally {
  await browser.close();
}
