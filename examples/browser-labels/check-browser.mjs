// Opens index.html in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) and checks the
// page shows the Spanish labels without console errors. Skipped when Chromium is not installed, except in CI.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { es } from "@tip/schema/locales/es";
import { chromium } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: run .ci/install-chromium.sh`);
  console.log(`browser check skipped: ${CHROMIUM} is not installed`);
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
